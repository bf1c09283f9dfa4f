//! One link's details in a real browser, opened at its own address under a host's base path: every
//! fact, who joined, copy, change expiry, disable and enable, and Unleash's own "does it work now".

use crate::support::*;
use chrono::{DateTime, TimeDelta, Utc};
use leptos::prelude::Set;
use serde_json::json;
use unleash_invite_links::testing::link_key;
use unleash_invite_links::testing::local_time;
use unleash_invite_links::testing::Clock;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

const BASE: &str = "/admin/settings/invite-links";

fn address_of(token: &Token) -> String {
    format!("{BASE}/links/{}", link_key(&token.secret()))
}

/// The details of `token`, opened at its address, with `token` the only link Unleash lists.
async fn details_of(token: &Token) -> Mounted {
    install_fetch_stub();
    Reply::list(std::slice::from_ref(token)).for_the_list();
    shown(mount_page_under(BASE, &address_of(token))).await
}

/// [`details_of`], with the page's clock reading `instant` now.
async fn details_at(token: &Token, instant: DateTime<Utc>) -> Mounted {
    install_fetch_stub();
    Reply::list(std::slice::from_ref(token)).for_the_list();
    shown(mount_page_under_at(BASE, &address_of(token), instant)).await
}

async fn shown(page: Mounted) -> Mounted {
    soon("the details", || {
        text(&page.root).contains("Does it work right now?")
    })
    .await;
    page
}

fn puts() -> Vec<RecordedRequest> {
    recorded_requests()
        .into_iter()
        .filter(|request| request.method == "PUT")
        .collect()
}

#[wasm_bindgen_test]
async fn every_fact_and_everyone_who_joined_is_shown() {
    let midnight = next_utc_midnight();
    let token = Token::named("Team A")
        .expiring_at(midnight + TimeDelta::days(5))
        .joined_by(json!([
            {"id": 7, "name": "Ann Smith", "username": "ann"},
            {"id": 8, "name": null, "username": "bo"},
            {"id": 9, "name": "Cy", "username": null},
        ]));
    let page = details_at(&token, midnight - TimeDelta::hours(1)).await;
    assert!(text(&page.root).contains("Invite link “Team A”"));
    assert_eq!(field(&page.root, "Invite link").value(), token.url());
    assert_eq!(fact(&page.root, "Name"), "Team A");
    assert_eq!(fact(&page.root, "State"), "Active");
    assert_eq!(fact(&page.root, "Enabled"), "Yes");
    assert!(fact(&page.root, "Expires").ends_with("(expires in 5 days)"));
    assert!(fact(&page.root, "Created").ends_with("by admin"));
    assert_eq!(fact(&page.root, "Role"), "Viewer");
    assert_eq!(fact(&page.root, "Joined"), "3 people");
    let people: Vec<String> = all(&page.root, ".uil-joined tbody tr")
        .iter()
        .map(text)
        .collect();
    assert_eq!(people, ["Ann Smithann7", "Not setbo8", "CyNot set9"]);
    assert!(!current_path().contains(&token.secret()));
}

#[wasm_bindgen_test]
async fn nobody_joined_yet_is_said_in_words() {
    let page = details_of(&Token::named("quiet")).await;
    assert!(text(&page.root).contains("Nobody has joined through this link yet."));
}

#[wasm_bindgen_test]
async fn an_expired_link_reads_expired_and_not_enabled_although_the_server_says_enabled() {
    let midnight = next_utc_midnight();
    let token = Token::named("old").expiring_at(midnight);
    let page = details_at(&token, midnight + TimeDelta::hours(3)).await;
    assert_eq!(fact(&page.root, "State"), "Expired");
    assert_eq!(fact(&page.root, "Enabled"), "No");
    assert!(fact(&page.root, "Expired").ends_with("(expired 3 hours ago)"));
    assert!(button(&page.root, "Copy link").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn a_link_that_expires_while_on_screen_turns_expired() {
    let midnight = next_utc_midnight();
    let token = Token::named("ending").expiring_at(midnight);
    let (clock, set_time) = Clock::stopped_at(midnight - TimeDelta::seconds(1));
    install_fetch_stub();
    Reply::list(std::slice::from_ref(&token)).for_the_list();
    let page = shown(mount_page_under_with_clock(
        BASE,
        &address_of(&token),
        clock,
    ))
    .await;
    assert_eq!(fact(&page.root, "State"), "Active");
    assert_eq!(fact(&page.root, "Enabled"), "Yes");
    set_time.set(midnight + TimeDelta::seconds(1));
    soon("it expires on screen", || {
        fact(&page.root, "State") == "Expired"
    })
    .await;
    assert_eq!(fact(&page.root, "Enabled"), "No");
    assert!(button(&page.root, "Copy link").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn missing_fields_are_explained_not_left_blank() {
    let token = Token::named("sparse")
        .with("createdBy", json!(null))
        .with("role", json!({}))
        .with("url", json!(null))
        .with("users", json!(null));
    let page = details_of(&token).await;
    assert!(fact(&page.root, "Created").ends_with("by an unknown user"));
    assert_eq!(fact(&page.root, "Role"), "Not reported by Unleash");
    assert_eq!(fact(&page.root, "Joined"), "0 people");
    assert!(text(&page.root).contains("Unleash returned no address for this link"));
}

#[wasm_bindgen_test]
async fn a_name_with_html_is_shown_as_text() {
    let hostile = "<img src=x onerror=\"window.__uilInjected=1\">";
    let page = details_of(&Token::named(hostile)).await;
    assert!(all(&page.root, "img").is_empty());
    assert_eq!(fact(&page.root, "Name"), hostile);
    assert!(run_js("window.__uilInjected").is_undefined());
}

#[wasm_bindgen_test]
async fn copy_link_puts_the_link_on_the_clipboard_and_says_copied() {
    let token = Token::named("to copy");
    let page = details_of(&token).await;
    button(&page.root, "Copy link").click();
    soon("copied", || text(&page.root).contains("Copied")).await;
    let pasted = await_js("navigator.clipboard.readText()")
        .await
        .expect("clipboard readable");
    assert_eq!(pasted.as_string(), Some(token.url()));
}

#[wasm_bindgen_test]
async fn without_a_clipboard_the_link_is_selected_for_ctrl_c() {
    let _no_clipboard = WithoutClipboardApi::nor_copy_command();
    let token = Token::named("manual");
    let page = details_of(&token).await;
    button(&page.root, "Copy link").click();
    soon("manual copy asked", || {
        text(&page.root).contains("press Ctrl+C")
    })
    .await;
    let input: web_sys::HtmlInputElement = field(&page.root, "Invite link").unchecked_into();
    assert_eq!(input.selection_start().unwrap(), Some(0));
    assert_eq!(
        input.selection_end().unwrap(),
        Some(token.url().len() as u32)
    );
}

#[wasm_bindgen_test]
async fn an_unknown_address_says_so_with_the_way_back() {
    install_fetch_stub();
    Reply::list(&[Token::named("exists")]).for_the_list();
    let page = mount_page_under(BASE, &format!("{BASE}/links/0000000000000000"));
    soon("not found", || {
        text(&page.root).contains("Invite link not found")
    })
    .await;
    let back: web_sys::HtmlElement = page
        .root
        .query_selector(".uil-back a")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(back.get_attribute("href").as_deref(), Some(BASE));
    back.click();
    soon("the list", || text(&page.root).contains("All links")).await;
    assert_eq!(current_path(), BASE);
}

#[wasm_bindgen_test]
async fn a_base_path_with_a_space_and_an_accent_opens_a_links_details_in_the_page() {
    install_fetch_stub();
    let token = Token::named("accented");
    Reply::list(std::slice::from_ref(&token)).for_the_list();
    let page = mount_page_under("/équipe/invite links", "/équipe/invite links");
    soon("the list", || has_button(&page.root, "Copy link")).await;
    open_first_link(&page.root).await;
    assert_eq!(
        current_path(),
        format!(
            "/%C3%A9quipe/invite%20links/links/{}",
            link_key(&token.secret())
        )
    );
}

#[wasm_bindgen_test]
async fn back_and_forward_move_between_the_list_and_the_details() {
    install_fetch_stub();
    let token = Token::named("travel");
    Reply::list(std::slice::from_ref(&token)).for_the_list();
    let page = mount_page_under(BASE, BASE);
    soon("the list", || has_button(&page.root, "Copy link")).await;
    open_first_link(&page.root).await;
    assert_eq!(current_path(), address_of(&token));
    soon("the details' heading has the focus", || {
        focused_text().contains("Invite link “travel”")
    })
    .await;
    run_js("history.back()");
    soon("the list again", || text(&page.root).contains("All links")).await;
    run_js("history.forward()");
    soon("the details again", || {
        text(&page.root).contains("Does it work right now?")
    })
    .await;
    let lists_read = recorded_requests()
        .iter()
        .filter(|r| r.method == "GET" && r.url.ends_with("/invite-link/tokens"))
        .count();
    assert_eq!(
        lists_read, 1,
        "moving between views does not read the list again"
    );
}

#[wasm_bindgen_test]
async fn change_expiry_sends_only_the_new_expiry_and_keeps_the_role() {
    let token = Token::named("extend me").expiring_in(-TimeDelta::days(2));
    let page = details_of(&token).await;
    let extended_to = (local_time::now() + TimeDelta::days(8))
        .date_naive()
        .and_time(chrono::NaiveTime::MIN)
        .and_utc();
    Reply::token(
        &token
            .clone()
            .expiring_at(extended_to)
            .with("role", json!({})),
    )
    .queue();
    button(&page.root, "Change expiry").click();
    soon("the dialog opens", || dialog_open(&page.root)).await;
    assert!(text(&page.root).contains("at most one month"));
    button(&page.root, "Save expiry").click();
    soon("the new expiry is shown", || {
        fact(&page.root, "State") == "Active"
    })
    .await;
    assert!(!dialog_open(&page.root));
    let sent = puts();
    assert_eq!(sent.len(), 1);
    assert!(sent[0]
        .url
        .ends_with(&format!("/api/admin/invite-link/tokens/{}", token.secret())));
    let body: serde_json::Value = serde_json::from_str(&sent[0].body).unwrap();
    let keys: Vec<&String> = body.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["expiresAt"]);
    let sent_expiry: chrono::DateTime<Utc> = body["expiresAt"].as_str().unwrap().parse().unwrap();
    assert_eq!(
        sent_expiry, extended_to,
        "one week from now, at the next UTC midnight"
    );
    assert_eq!(
        fact(&page.root, "Role"),
        "Viewer",
        "kept although the answer's role is {{}}"
    );
    assert!(text(&page.root).contains("Expiry changed."));
}

#[wasm_bindgen_test]
async fn change_expiry_refuses_more_than_a_month_and_sends_nothing() {
    let page = details_of(&Token::named("too long")).await;
    button(&page.root, "Change expiry").click();
    soon("the dialog opens", || dialog_open(&page.root)).await;
    choose(&field(&page.root, "Custom"));
    soon("the date input", || {
        text(&page.root).contains("Expiry date and time")
    })
    .await;
    let far = local_time::to_input_value(local_time::now() + TimeDelta::days(40));
    type_into(&field(&page.root, "Expiry date and time"), &far);
    button(&page.root, "Save expiry").click();
    soon("refused", || {
        text(&page.root).contains("Unleash allows at most one month")
    })
    .await;
    assert!(dialog_open(&page.root));
    assert!(puts().is_empty());
}

#[wasm_bindgen_test]
async fn a_failed_change_keeps_the_dialog_open_and_says_why() {
    let page = details_of(&Token::named("server trouble")).await;
    Reply::status(500).queue();
    button(&page.root, "Change expiry").click();
    soon("the dialog opens", || dialog_open(&page.root)).await;
    button(&page.root, "Save expiry").click();
    soon("the failure", || text(&page.root).contains("HTTP 500")).await;
    assert!(dialog_open(&page.root));
}

#[wasm_bindgen_test]
async fn disabling_asks_first_and_says_who_keeps_their_account() {
    let token = Token::named("switch off");
    let page = details_of(&token).await;
    button(&page.root, "Disable link").click();
    soon("the confirmation", || dialog_open(&page.root)).await;
    assert!(text(&page.root).contains("People who already joined through it keep their accounts."));
    button(&page.root, "Keep it enabled").click();
    soon("closed", || !dialog_open(&page.root)).await;
    assert!(puts().is_empty(), "nothing is sent without confirmation");

    Reply::token(&token.clone().disabled().with("role", json!({}))).queue();
    button(&page.root, "Disable link").click();
    soon("the confirmation", || dialog_open(&page.root)).await;
    let confirm = all(&page.root, "dialog[open] button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default() == "Disable link")
        .unwrap();
    confirm.unchecked_into::<web_sys::HtmlElement>().click();
    soon("disabled", || fact(&page.root, "State") == "Disabled").await;
    assert_eq!(fact(&page.root, "Enabled"), "No");
    assert_eq!(fact(&page.root, "Role"), "Viewer");
    assert_eq!(puts()[0].body, r#"{"enabled":false}"#);
    assert!(has_button(&page.root, "Enable link"));
}

/// Answers the next request with 401, then the sign-in with 200.
fn signed_out_then_signed_in() {
    Reply::error(401, json!({"message": "You must log in to use Unleash."})).queue();
    Reply::status(200)
        .body(r#"{"id":1,"username":"admin"}"#)
        .queue();
}

#[wasm_bindgen_test]
async fn on_401_signing_in_carries_out_the_disable_exactly_once() {
    let token = Token::named("switch off after sign-in");
    let page = details_of(&token).await;
    signed_out_then_signed_in();
    Reply::token(&token.clone().disabled()).queue();
    button(&page.root, "Disable link").click();
    soon("the confirmation", || dialog_open(&page.root)).await;
    let confirm = all(&page.root, "dialog[open] button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default() == "Disable link")
        .unwrap();
    confirm.unchecked_into::<web_sys::HtmlElement>().click();
    let reads = list_reads();
    sign_in_from(&page.root).await;
    soon("disabled without asking again", || {
        fact(&page.root, "State") == "Disabled"
    })
    .await;
    list_read_after(reads).await;
    let bodies: Vec<String> = puts().into_iter().map(|put| put.body).collect();
    assert_eq!(
        bodies, [r#"{"enabled":false}"#; 2],
        "the refused PUT and exactly one after sign-in"
    );
}

#[wasm_bindgen_test]
async fn on_401_signing_in_saves_the_chosen_expiry_exactly_once() {
    let token = Token::named("extend after sign-in").expiring_in(TimeDelta::days(-2));
    let page = details_of(&token).await;
    signed_out_then_signed_in();
    Reply::token(&token.clone().expiring_in(TimeDelta::days(7))).queue();
    button(&page.root, "Change expiry").click();
    soon("the dialog opens", || dialog_open(&page.root)).await;
    button(&page.root, "Save expiry").click();
    let reads = list_reads();
    sign_in_from(&page.root).await;
    soon("saved without pressing Save again", || {
        fact(&page.root, "State") == "Active"
    })
    .await;
    list_read_after(reads).await;
    assert_eq!(
        puts().len(),
        2,
        "the refused PUT and exactly one after sign-in"
    );
    assert_eq!(puts()[0].body, puts()[1].body);
}

#[wasm_bindgen_test]
async fn enabling_switches_the_link_back_on() {
    let token = Token::named("switch on").disabled();
    let page = details_of(&token).await;
    Reply::token(&Token::named("switch on")).queue();
    button(&page.root, "Enable link").click();
    soon("enabled", || fact(&page.root, "State") == "Active").await;
    assert_eq!(puts()[0].body, r#"{"enabled":true}"#);
    assert!(text(&page.root).contains("Link enabled."));
}

#[wasm_bindgen_test]
async fn does_it_work_asks_unleash_and_reports_agreement() {
    let token = Token::named("works");
    let page = details_of(&token).await;
    Reply::status(200).queue();
    button(&page.root, "Check with Unleash").click();
    soon("the answer", || {
        text(&page.root).contains("Yes. Unleash accepts this link right now")
    })
    .await;
    let asked = recorded_requests()
        .into_iter()
        .find(|r| r.url.contains("/validate"))
        .unwrap();
    assert!(asked
        .url
        .ends_with(&format!("/invite/{}/validate", token.secret())));
}

#[wasm_bindgen_test]
async fn a_link_stored_as_expiring_later_today_reads_expired_as_unleash_refuses_it() {
    let midnight = next_utc_midnight();
    let token = Token::named("ends tonight").expiring_at(midnight - TimeDelta::hours(1));
    let page = details_at(&token, midnight - TimeDelta::hours(6)).await;
    assert_eq!(fact(&page.root, "State"), "Expired");
    assert_eq!(fact(&page.root, "Enabled"), "No");
    let expired = fact(&page.root, "Expired");
    assert!(expired.contains("(expired 18 hours ago)"), "{expired}");
    assert!(
        expired.contains("it stops accepting a link at 00:00 UTC of the day it expires"),
        "{expired}"
    );
    Reply::status(400).queue();
    button(&page.root, "Check with Unleash").click();
    soon("Unleash's answer", || {
        text(&page.root)
            .contains("No. Unleash refuses this link because it has expired, as shown here.")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_failed_check_says_why() {
    let page = details_of(&Token::named("unreachable")).await;
    queue_network_failure("Failed to fetch");
    button(&page.root, "Check with Unleash").click();
    soon("the failure", || {
        text(&page.root).contains("Could not reach Unleash")
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_page_takes_no_click_on_a_host_link_outside_it_even_below_its_base_path() {
    install_fetch_stub();
    let token = Token::named("host beside");
    Reply::list(std::slice::from_ref(&token)).for_the_list();
    let page = mount_page_under(BASE, BASE);
    soon("the list", || has_button(&page.root, "Copy link")).await;
    assert!(
        !host_link_click_is_taken_over(&address_of(&token)),
        "a click on the host's own link was taken over"
    );
    assert!(
        !host_link_click_is_taken_over(&format!("{BASE}-archive")),
        "a host link that only shares the base path's prefix was taken over"
    );
    open_first_link(&page.root).await;
    assert_eq!(current_path(), address_of(&token));
}

/// A Leptos console with its own router, the page nested in it under a base path.
#[leptos::component]
fn HostConsole() -> impl leptos::IntoView {
    use leptos::prelude::*;
    use leptos_router::components::{Route, Router, Routes};
    use leptos_router::path;
    use unleash_invite_links::routes::InviteLinksRoutes;
    view! {
        <Router>
            <nav><a href="/admin/home">"Home"</a></nav>
            <Routes fallback=|| "Host: nothing here">
                <Route path=path!("/admin/home") view=|| view! { <h1>"Host home"</h1> } />
                <InviteLinksRoutes base_path=BASE />
            </Routes>
        </Router>
    }
}

#[wasm_bindgen_test]
async fn nested_in_a_host_router_the_list_and_details_live_under_the_base_path() {
    install_fetch_stub();
    let token = Token::named("nested");
    Reply::list(std::slice::from_ref(&token)).for_the_list();
    go_to(BASE);
    let page = mount(HostConsole);
    soon("the list", || has_button(&page.root, "Copy link")).await;
    open_first_link(&page.root).await;
    assert_eq!(current_path(), address_of(&token));
    let home: web_sys::HtmlElement = page
        .root
        .query_selector("nav a")
        .unwrap()
        .unwrap()
        .unchecked_into();
    home.click();
    soon("the host's own page", || {
        text(&page.root).contains("Host home")
    })
    .await;
    run_js("history.back()");
    soon("the details again", || {
        text(&page.root).contains("Invite link “nested”")
    })
    .await;
}
