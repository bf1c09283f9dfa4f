//! "Existing links" in a real browser: what the page shows from the list Unleash returns.

#![cfg(target_arch = "wasm32")]

mod support;

use chrono::TimeDelta;
use leptos::prelude::*;
use support::*;
use unleash_invite_links::components::InviteLinksPage;
use unleash_invite_links::config::ApiConfig;
use unleash_invite_links::local_time;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn token_json(
    name: &str,
    created_days_ago: i64,
    expires_in_days: i64,
    enabled: bool,
) -> serde_json::Value {
    let now = local_time::now();
    serde_json::json!({
        "secret": format!("secret-{name}"),
        "name": name,
        "url": format!("http://127.0.0.1:4242/new-user?invite=secret-{name}"),
        "expiresAt": (now + TimeDelta::days(expires_in_days)).to_rfc3339(),
        "enabled": enabled,
        "createdAt": (now - TimeDelta::days(created_days_ago)).to_rfc3339(),
        "createdBy": "admin",
        "role": {"id": 3, "name": "Viewer", "type": "root"},
        "users": null,
    })
}

fn page_with_list(status: u16, body: &str) -> Mounted {
    install_fetch_stub();
    set_list_answer(status, body, 0);
    mount(|| view! { <InviteLinksPage config=ApiConfig::new("") /> })
}

fn card_titles(page: &Mounted) -> Vec<String> {
    all(&page.root, ".uil-card h3")
        .iter()
        .map(|h| h.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn links_are_listed_newest_first_with_their_state() {
    let list = serde_json::json!({"tokens": [
        token_json("old and expired", 40, -10, true),
        token_json("newest", 1, 5, true),
        token_json("switched off", 3, 5, false),
    ]});
    let page = page_with_list(200, &list.to_string());
    soon("the list is shown", || card_titles(&page).len() == 3).await;
    assert_eq!(
        card_titles(&page),
        [
            "Invite link “newest”",
            "Invite link “switched off”",
            "Invite link “old and expired”"
        ]
    );
    let cards = all(&page.root, ".uil-card");
    assert_eq!(fact(&cards[0], "State"), "Active");
    assert_eq!(fact(&cards[1], "State"), "Disabled");
    assert_eq!(fact(&cards[1], "Enabled"), "No");
    assert_eq!(fact(&cards[2], "State"), "Expired");
    assert_eq!(
        fact(&cards[2], "Enabled"),
        "No",
        "expired although the server says enabled"
    );
    assert!(button(&cards[1], "Copy link").has_attribute("disabled"));
    assert!(!button(&cards[0], "Copy link").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn an_empty_list_says_so() {
    let page = page_with_list(200, r#"{"tokens":[]}"#);
    soon("empty state", || {
        text(&page.root).contains("No invite links yet.")
    })
    .await;
}

#[wasm_bindgen_test]
async fn without_a_session_the_page_offers_sign_in_and_then_loads_the_list() {
    let page = page_with_list(
        401,
        r#"{"name":"AuthenticationRequired","message":"You must log in to use Unleash."}"#,
    );
    soon("sign-in offered", || {
        text(&page.root).contains("Sign in to see and create invite links.")
    })
    .await;
    set_list_answer(
        200,
        &serde_json::json!({"tokens": [token_json("after sign-in", 1, 5, true)]}).to_string(),
        0,
    );
    queue_answer(200, "{}", "{}", 0);
    type_into(&field(&page.root, "User name"), "admin");
    type_into(&field(&page.root, "Password"), "secret");
    button(&page.root, "Sign in").click();
    soon("the list loads", || {
        card_titles(&page) == ["Invite link “after sign-in”"]
    })
    .await;
    assert!(!text(&page.root).contains("Sign in to see"));
}

#[wasm_bindgen_test]
async fn a_viewer_is_told_the_admin_role_is_needed() {
    let page = page_with_list(
        403,
        r#"{"name":"PermissionError","message":"You don't have the required permissions"}"#,
    );
    soon("403 explained", || {
        text(&page.root).contains("You need the Admin role")
    })
    .await;
}

#[wasm_bindgen_test]
async fn an_unreadable_list_is_reported_not_a_crash() {
    let page = page_with_list(200, "<html>proxy page</html>");
    soon("unreadable explained", || {
        text(&page.root).contains("could not be read")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_link_created_while_the_list_loads_stays_on_the_list() {
    install_fetch_stub();
    set_list_answer(
        200,
        &serde_json::json!({"tokens": [token_json("older", 2, 5, true)]}).to_string(),
        400,
    );
    let page = mount(|| view! { <InviteLinksPage config=ApiConfig::new("") /> });
    let created = token_json("made during the load", 0, 7, true);
    queue_answer(201, &created.to_string(), "{}", 0);
    button(&page.root, "Create invite link").click();
    soon("the dialog opens", || dialog_open(&page.root)).await;
    type_into(&field(&page.root, "Name"), "made during the load");
    button(&page.root, "Create").click();
    soon("the new card", || {
        card_titles(&page).contains(&"Invite link “made during the load”".to_owned())
    })
    .await;
    soon("the list arrives", || card_titles(&page).len() == 2).await;
    assert_eq!(
        card_titles(&page),
        ["Invite link “made during the load”", "Invite link “older”"]
    );
}

#[wasm_bindgen_test]
async fn a_host_page_mounts_it_from_javascript_and_a_refused_token_is_named_as_such() {
    install_fetch_stub();
    set_list_answer(401, r#"{"message":"You must log in to use Unleash."}"#, 0);
    let host = mount(|| view! { <div /> });
    let mut mounted = unleash_invite_links::mount_invite_links(
        host.root.clone(),
        "https://unleash.example".into(),
        Some("user:abc".into()),
    );
    soon("the page renders", || {
        text(&host.root).contains("Unleash refused the API token")
    })
    .await;
    assert!(
        all(&host.root, "input[type=password]").is_empty(),
        "the host signs users in, not this page"
    );
    let list = &recorded_requests()[0];
    assert_eq!(
        list.url,
        "https://unleash.example/api/admin/invite-link/tokens"
    );
    assert_eq!(list.headers["authorization"], "user:abc");
    mounted.unmount();
    soon("the page is gone", || {
        !text(&host.root).contains("Invite links")
    })
    .await;
}

#[wasm_bindgen_test]
async fn two_pages_in_one_document_have_no_id_in_common() {
    install_fetch_stub();
    let page = mount(|| {
        view! {
            <InviteLinksPage config=ApiConfig::new("") />
            <InviteLinksPage config=ApiConfig::new("") />
        }
    });
    soon("both render", || all(&page.root, "dialog").len() == 2).await;
    let ids: Vec<String> = all(&page.root, "[id]")
        .iter()
        .map(|element| element.id())
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "repeated ids in {ids:?}");
    let radio_groups: Vec<String> = all(&page.root, "input[type=radio]")
        .iter()
        .filter_map(|radio| radio.get_attribute("name"))
        .collect();
    assert_eq!(
        radio_groups
            .iter()
            .filter(|name| **name == radio_groups[0])
            .count(),
        4
    );
}

#[wasm_bindgen_test]
async fn a_token_the_page_cannot_read_does_not_hide_the_others() {
    let mut broken = token_json("broken", 1, 5, true);
    broken.as_object_mut().unwrap().remove("secret");
    let list = serde_json::json!({"tokens": [token_json("readable", 1, 5, true), broken]});
    let page = page_with_list(200, &list.to_string());
    soon("the readable link", || {
        card_titles(&page) == ["Invite link “readable”"]
    })
    .await;
    assert!(text(&page.root)
        .contains("Unleash sent 1 invite link that this page could not read; it is not shown."));
}
