//! The list of links in a real browser: order, state, filter, and the loading, failure and empty states.

use crate::support::*;
use chrono::{DateTime, TimeDelta, Utc};
use leptos::prelude::*;
use unleash_invite_links::config::InviteLinksConfig;
use unleash_invite_links::routes::InviteLinksApp;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlSelectElement};

fn page_with(list: Reply) -> Mounted {
    install_fetch_stub();
    list.for_the_list();
    mount_page()
}

/// The [`sample`] list, with the page's clock at 21:00 UTC, three hours before `midnight`.
fn sample_page() -> Mounted {
    let midnight = next_utc_midnight();
    install_fetch_stub();
    Reply::list(&sample(midnight)).for_the_list();
    mount_page_at(midnight - TimeDelta::hours(3))
}

fn rows(page: &Mounted) -> Vec<Element> {
    all(&page.root, ".uil-row")
}

fn row_names(page: &Mounted) -> Vec<String> {
    rows(page).iter().map(|row| text_of(row, "th a")).collect()
}

fn row_state(row: &Element) -> String {
    text_of(row, ".uil-state")
}

fn show(page: &Mounted, label_start: &str) {
    let select: HtmlSelectElement = page
        .root
        .query_selector("select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let option = all(&select, "option")
        .into_iter()
        .find(|option| {
            option
                .text_content()
                .is_some_and(|text| text.starts_with(label_start))
        })
        .unwrap_or_else(|| panic!("no filter choice {label_start:?}"));
    select.set_value(&option.get_attribute("value").unwrap_or_default());
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

/// Five links around `midnight` (a UTC midnight). "new and expired" is stored as expiring at 23:00
/// UTC, two hours after the page's 21:00: Unleash has refused it since that day began.
fn sample(midnight: DateTime<Utc>) -> Vec<Token> {
    vec![
        Token::named("old and expired")
            .created_days_ago(40)
            .expiring_at(midnight - TimeDelta::days(10)),
        Token::named("active, later")
            .created_days_ago(9)
            .expiring_at(midnight + TimeDelta::days(20)),
        Token::named("switched off").created_days_ago(1).disabled(),
        Token::named("active, soon")
            .created_days_ago(20)
            .expiring_at(midnight),
        Token::named("new and expired")
            .created_days_ago(2)
            .expiring_at(midnight - TimeDelta::hours(1)),
    ]
}

#[wasm_bindgen_test]
async fn active_links_come_first_soonest_to_expire_first_then_the_rest_newest_first() {
    let page = sample_page();
    soon("the list is shown", || rows(&page).len() == 5).await;
    assert_eq!(
        row_names(&page),
        [
            "active, soon",
            "active, later",
            "switched off",
            "new and expired",
            "old and expired"
        ]
    );
    let states: Vec<String> = rows(&page).iter().map(row_state).collect();
    assert_eq!(
        states,
        ["Active", "Active", "Disabled", "Expired", "Expired"]
    );
    let rows = rows(&page);
    assert!(text(&rows[0]).contains("expires in 3 hours"));
    assert!(text(&rows[3]).contains("expired 21 hours ago"));
    assert!(text(&rows[4]).contains("expired 10 days ago"));
    assert!(button(&rows[2], "Copy link").has_attribute("disabled"));
    assert!(button(&rows[3], "Copy link").has_attribute("disabled"));
    assert!(!button(&rows[0], "Copy link").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn the_filter_shows_one_state_and_counts_each() {
    let page = sample_page();
    soon("the list is shown", || rows(&page).len() == 5).await;
    let choices: Vec<String> = all(&page.root, "option")
        .iter()
        .map(|option| option.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        choices,
        ["All (5)", "Active (2)", "Disabled (1)", "Expired (2)"]
    );
    show(&page, "Expired");
    soon("only expired links", || rows(&page).len() == 2).await;
    assert_eq!(row_names(&page), ["new and expired", "old and expired"]);
    show(&page, "Disabled");
    soon("only the disabled link", || {
        row_names(&page) == ["switched off"]
    })
    .await;
    show(&page, "All");
    soon("every link again", || rows(&page).len() == 5).await;
}

#[wasm_bindgen_test]
async fn an_empty_list_says_what_an_invite_link_is_and_offers_to_create_one() {
    let page = page_with(Reply::list(&[]));
    soon("empty state", || {
        text(&page.root).contains("No invite links yet.")
    })
    .await;
    assert!(text(&page.root).contains("whoever opens it can sign up"));
    button(&page.root, "Create your first invite link").click();
    soon("the dialog opens", || dialog_open(&page.root)).await;
}

#[wasm_bindgen_test]
async fn an_answer_over_32_mb_is_refused_before_it_is_read_whole_and_the_page_carries_on() {
    install_fetch_stub();
    set_list_stream(64);
    let page = mount_page();
    soon("the page says the answer is too large", || {
        text(&page.root).contains("over 32 MB")
    })
    .await;
    let read = stream_bytes_read();
    assert!(
        read <= f64::from(36u32 << 20),
        "read {read} bytes of a 64 MiB answer"
    );

    Reply::list(&[Token::named("small again")]).for_the_list();
    button(&page.root, "Try again").click();
    soon("the list", || row_names(&page) == ["small again"]).await;
}

#[wasm_bindgen_test]
async fn requests_never_follow_a_redirect_and_one_is_explained() {
    let page = page_with(Reply::list(&[Token::named("kept")]));
    soon("the list", || row_names(&page) == ["kept"]).await;
    open_create_dialog(&page.root).await;
    type_into(&field(&page.root, "Name"), "Redirected");
    queue_redirect();
    dialog_button(&page.root, "Create").click();
    soon("the redirect is explained", || {
        text(&page.root).contains("does not follow with your credentials")
    })
    .await;
    let requests = recorded_requests();
    assert!(
        requests.iter().all(|request| request.redirect == "manual"),
        "{requests:?}"
    );
    assert_eq!(field(&page.root, "Name").value(), "Redirected");
}

#[wasm_bindgen_test]
async fn loading_has_its_own_state_and_a_failure_offers_to_try_again() {
    let page = page_with(Reply::status(502).held());
    soon("loading", || {
        text(&page.root).contains("Loading invite links…")
    })
    .await;
    soon("the read is on its way", || held_answers() == 1).await;
    release_held_answers();
    soon("the failure", || text(&page.root).contains("HTTP 502")).await;
    Reply::list(&[Token::named("back again")]).for_the_list();
    button(&page.root, "Try again").click();
    soon("the list", || row_names(&page) == ["back again"]).await;
    assert!(!text(&page.root).contains("HTTP 502"));
    assert!(!has_button(&page.root, "Try again"));
}

#[wasm_bindgen_test]
async fn without_a_session_the_page_offers_sign_in_and_then_loads_the_list() {
    let page = page_with(Reply::error(
        401,
        serde_json::json!({"name": "AuthenticationRequired", "message": "You must log in to use Unleash."}),
    ));
    soon("sign-in offered", || {
        text(&page.root).contains("Sign in to see and create invite links.")
    })
    .await;
    Reply::list(&[Token::named("after sign-in")]).for_the_list();
    Reply::status(200).body("{}").queue();
    type_into(&field(&page.root, "User name"), "admin");
    type_into(&field(&page.root, "Password"), "secret");
    button(&page.root, "Sign in").click();
    soon("the list loads", || row_names(&page) == ["after sign-in"]).await;
    assert!(!text(&page.root).contains("Sign in to see"));
}

#[wasm_bindgen_test]
async fn a_viewer_is_told_the_admin_role_is_needed() {
    let page = page_with(Reply::error(
        403,
        serde_json::json!({"name": "PermissionError", "message": "You don't have the required permissions"}),
    ));
    soon("403 explained", || {
        text(&page.root).contains("You need the Admin role")
    })
    .await;
}

#[wasm_bindgen_test]
async fn an_unreadable_list_is_reported_not_a_crash() {
    let page = page_with(Reply::status(200).body("<html>proxy page</html>"));
    soon("unreadable explained", || {
        text(&page.root).contains("could not be read")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_new_link_appears_at_the_top_marked_new_and_its_details_are_one_click_away() {
    let page = page_with(Reply::list(&[
        Token::named("older").expiring_in(TimeDelta::days(2))
    ]));
    soon("the list", || rows(&page).len() == 1).await;
    let created = Token::named("fresh").expiring_in(TimeDelta::days(1));
    Reply::created(&created).queue();
    open_create_dialog(&page.root).await;
    soon("the dialog opens", || dialog_open(&page.root)).await;
    type_into(&field(&page.root, "Name"), "fresh");
    button(&page.root, "Create").click();
    soon("the new row", || row_names(&page) == ["fresh", "older"]).await;
    assert!(text(&page.root).contains("Invite link created."));
    dialog_button(&page.root, "Done").click();
    soon("the dialog closes", || !dialog_open(&page.root)).await;
    let new_rows = all(&page.root, ".uil-row.uil-new");
    assert_eq!(new_rows.len(), 1);
    assert!(text(&new_rows[0]).contains("fresh") && text(&new_rows[0]).contains("New"));
    open_first_link(&page.root).await;
    assert!(text(&page.root).contains("Invite link “fresh”"));
    assert_eq!(field(&page.root, "Invite link").value(), created.url());
    assert!(
        !current_path().contains(&created.secret()),
        "the secret is not in the address"
    );
}

#[wasm_bindgen_test]
async fn a_link_created_while_the_list_loads_stays_on_the_list() {
    let page = page_with(Reply::list(&[Token::named("older").created_days_ago(2)]).held());
    Reply::created(&Token::named("made during the load").created_days_ago(0)).queue();
    open_create_dialog(&page.root).await;
    soon("the dialog opens", || dialog_open(&page.root)).await;
    type_into(&field(&page.root, "Name"), "made during the load");
    button(&page.root, "Create").click();
    soon("the new row", || {
        row_names(&page).contains(&"made during the load".to_owned())
    })
    .await;
    assert_eq!(held_answers(), 1, "the list read is still on its way");
    release_held_answers();
    soon("the list arrives", || rows(&page).len() == 2).await;
}

#[wasm_bindgen_test]
async fn a_leptos_host_supplies_the_token_and_hears_of_a_refused_one_once() {
    install_fetch_stub();
    Reply::error(
        401,
        serde_json::json!({"message": "You must log in to use Unleash."}),
    )
    .for_the_list();
    let told = RwSignal::new(0);
    let token = RwSignal::new(Some("user:abc".to_owned()));
    let config = InviteLinksConfig::new("https://unleash.example/")
        .with_token(token)
        .with_host_sign_in(Callback::new(move |()| told.update(|count| *count += 1)));
    let page = mount_page_with(config);
    soon("the page says the token was refused", || {
        text(&page.root).contains("Unleash refused the API token")
    })
    .await;
    assert!(
        all(&page.root, "input[type=password]").is_empty(),
        "the host signs users in, not this page"
    );
    let list = &recorded_requests()[0];
    assert_eq!(
        list.url,
        "https://unleash.example/api/admin/invite-link/tokens"
    );
    assert_eq!(list.headers["authorization"], "user:abc");
    soon("the host is told sign-in is needed", || {
        told.get_untracked() == 1
    })
    .await;

    Reply::list(&[Token::named("with a fresh token")]).for_the_list();
    token.set(Some("user:fresh".to_owned()));
    soon("the list loads with the host's new token", || {
        text(&page.root).contains("with a fresh token")
    })
    .await;
    assert_eq!(
        recorded_requests().last().unwrap().headers["authorization"],
        "user:fresh"
    );
    assert_eq!(told.get_untracked(), 1, "the host was told more than once");
}

#[wasm_bindgen_test]
async fn two_pages_in_one_document_have_no_id_in_common() {
    install_fetch_stub();
    Reply::list(&[Token::named("one")]).for_the_list();
    let base = start_address();
    go_to(&base);
    let page = mount(move || {
        view! {
            <InviteLinksApp base_path=base.clone() />
            <InviteLinksApp base_path=base />
        }
    });
    soon("both render", || all(&page.root, ".uil-row").len() == 2).await;
    open_create_dialog(&page.root).await;
    choose(&field(&page.root, "Custom"));
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
    let broken = Token::named("broken").without("secret");
    let page = page_with(Reply::list(&[Token::named("readable"), broken]));
    soon("the readable link", || row_names(&page) == ["readable"]).await;
    assert!(text(&page.root)
        .contains("Unleash sent 1 invite link that this page could not read; it is not shown."));
}

#[wasm_bindgen_test]
async fn a_thousand_links_render_a_page_at_a_time_and_filter() {
    let tokens: Vec<Token> = (0..1000)
        .map(|i| {
            let token = Token::named(&format!("link {i:04}")).created_days_ago(i % 30);
            if i % 10 == 0 {
                token.disabled()
            } else {
                token
            }
        })
        .collect();
    install_fetch_stub();
    Reply::list(&tokens).for_the_list();
    let started = js_sys::Date::now();
    let page = mount_page();
    soon("the first page of rows", || rows(&page).len() == 50).await;
    let rendered_ms = js_sys::Date::now() - started;
    assert!(text(&page.root).contains("Showing 50 of 1,000 links."));
    show(&page, "Disabled");
    soon("the first fifty of the hundred disabled links", || {
        text(&page.root).contains("Showing 50 of 100 links.")
    })
    .await;
    assert!(rows(&page).iter().all(|row| row_state(row) == "Disabled"));
    web_sys::console::log_1(
        &format!("1,000 links: the first page shown after {rendered_ms:.0} ms").into(),
    );
}

#[wasm_bindgen_test]
async fn signed_out_the_page_offers_one_sign_in_at_a_time_and_it_serves_the_list_too() {
    install_fetch_stub();
    Reply::error(
        401,
        serde_json::json!({"message": "You must log in to use Unleash."}),
    )
    .for_the_list();
    let page = mount_page();
    soon("the list asks to sign in", || {
        all(&page.root, "input[type=password]").len() == 2
    })
    .await;
    Reply::error(
        401,
        serde_json::json!({"message": "You must log in to use Unleash."}),
    )
    .queue();
    open_create_dialog(&page.root).await;
    type_into(&field(&page.root, "Name"), "after one sign-in");
    button(&page.root, "Create").click();
    soon("the dialog asks to sign in", || {
        all(&page.root, "dialog[open] input[type=password]").len() == 2
    })
    .await;
    assert_eq!(
        all(&page.root, "input[type=password]").len(),
        2,
        "a second sign-in form is shown behind the dialog"
    );
    Reply::status(200).body(r#"{"id":1}"#).queue();
    Reply::created(&Token::named("after one sign-in")).queue();
    Reply::list(&[Token::named("already there")]).for_the_list();
    type_into(&field(&page.root, "User name"), "admin");
    type_into(&field(&page.root, "Password"), "secret");
    button(&page.root, "Sign in").click();
    soon("the link is created and the list loads", || {
        let shown = text(&page.root);
        shown.contains("already there") && shown.contains("after one sign-in")
    })
    .await;
    assert!(all(&page.root, "input[type=password]").is_empty());
}

#[wasm_bindgen_test]
async fn ten_thousand_links_render_a_page_at_a_time_and_show_more_moves_the_focus_on() {
    let many: Vec<Token> = (0..10_000)
        .map(|index| Token::named(&format!("link {index:05}")).created_days_ago(index % 30))
        .collect();
    let started = js_sys::Date::now();
    let page = page_with(Reply::list(&many));
    soon("the first page of rows", || rows(&page).len() == 50).await;
    let first_page_ms = js_sys::Date::now() - started;
    wasm_bindgen_test::console_log!(
        "10,000 links: the first page shown after {first_page_ms:.0} ms"
    );
    assert!(text(&page.root).contains("Showing 50 of 10,000 links."));
    let fifty_first = row_names(&page)[0].clone();
    button(&page.root, "Show 50 more").click();
    soon("a hundred rows", || rows(&page).len() == 100).await;
    assert!(text(&page.root).contains("Showing 100 of 10,000 links."));
    soon("the first new row has the focus", || {
        focused_text() == row_names(&page)[50]
    })
    .await;
    assert_eq!(
        row_names(&page)[0],
        fifty_first,
        "the rows already shown stay"
    );
    show(&page, "Disabled");
    soon("no disabled links", || rows(&page).is_empty()).await;
    show(&page, "Active");
    soon("a first page again", || rows(&page).len() == 50).await;
}

#[wasm_bindgen_test]
async fn the_list_read_start_js_sent_early_is_used_once_and_reload_asks_again() {
    install_fetch_stub();
    Reply::list(&[Token::named("asked early")]).left_as_the_early_list();
    Reply::list(&[Token::named("asked early"), Token::named("made since")]).for_the_list();
    let page = mount_page();
    soon("the early answer is shown", || {
        row_names(&page) == ["asked early"]
    })
    .await;
    assert_eq!(list_reads(), 0, "the list was asked for again");
    button(&page.root, "Reload").click();
    soon("a fresh read", || rows(&page).len() == 2).await;
    assert_eq!(list_reads(), 1);
}

#[wasm_bindgen_test]
async fn an_early_list_read_refused_or_unanswered_says_so_like_any_other() {
    install_fetch_stub();
    Reply::status(401).left_as_the_early_list();
    let page = mount_page();
    soon("sign-in is offered", || {
        text(&page.root).contains("Sign in to see and create invite links.")
    })
    .await;
    drop(page);
    install_fetch_stub();
    leave_early_list_timed_out();
    let page = mount_page();
    soon("the wait is named", || {
        text(&page.root).contains("Unleash did not answer within 30 seconds")
    })
    .await;
    button(&page.root, "Try again").click();
    soon("the list, read again", || list_reads() == 1).await;
}

#[wasm_bindgen_test]
async fn an_early_list_answer_whose_body_never_ends_is_given_up_like_any_other() {
    install_fetch_stub();
    leave_early_list_whose_body_stalls(200);
    let page = mount_page();
    soon("the wait is named", || {
        text(&page.root).contains("Unleash did not answer within 30 seconds")
    })
    .await;
    assert_eq!(list_reads(), 0);
}

/// Everything a script of the host page can read of the page: its markup and every field's value.
fn readable_by_host_scripts(root: &Element) -> String {
    let values: Vec<String> = all(root, "input, textarea")
        .into_iter()
        .map(|field| field.unchecked_into::<web_sys::HtmlInputElement>().value())
        .collect();
    format!("{}\n{}", root.outer_html(), values.join("\n"))
}

#[wasm_bindgen_test]
async fn the_list_shows_no_invite_url_to_the_hosts_scripts_before_or_after_copy() {
    let tokens = [Token::named("first secret"), Token::named("second secret")];
    let page = page_with(Reply::list(&tokens));
    soon("the list", || rows(&page).len() == 2).await;
    let leaked = |when: &str| {
        let readable = readable_by_host_scripts(&page.root);
        for token in &tokens {
            assert!(
                !readable.contains(&token.secret()),
                "{when}: the secret of {} is in the page",
                token.url()
            );
        }
    };
    leaked("before Copy");

    button(&rows(&page)[0], "Copy link").click();
    soon("copied", || text(&rows(&page)[0]).contains("Copied")).await;
    leaked("after Copy with the Clipboard API");

    let legacy = WithoutClipboardApi::with_copy_command();
    button(&rows(&page)[1], "Copy link").click();
    soon("copied the legacy way", || {
        text(&rows(&page)[1]).contains("Copied")
    })
    .await;
    assert_eq!(WithoutClipboardApi::copied(), vec![tokens[1].url()]);
    leaked("after Copy with the legacy copy command");
    assert_eq!(
        focused_text(),
        "Copy link",
        "the focus left the row's button"
    );
    drop(legacy);
}

#[wasm_bindgen_test]
async fn a_token_typed_into_a_leptos_hosts_page_is_forgotten_when_the_hosts_token_changes() {
    install_fetch_stub();
    Reply::error(401, serde_json::json!({"message": "You must log in."})).for_the_list();
    let token = RwSignal::new(None::<String>);
    let page = mount_page_with(InviteLinksConfig::default().with_token(token));
    soon("sign-in is offered", || {
        text(&page.root).contains("Sign in to Unleash")
    })
    .await;
    Reply::error(403, serde_json::json!({"message": "Not an admin."})).for_the_list();
    type_into(
        &field(&page.root, "Or an admin API token or personal access token"),
        "user:typed",
    );
    button(&page.root, "Use token").click();
    soon("the typed token's answer is shown", || {
        text(&page.root).contains("You need the Admin role")
    })
    .await;
    let authorization = |index: usize| {
        recorded_requests()[index]
            .headers
            .get("authorization")
            .and_then(|value| value.as_str())
            .map(str::to_owned)
    };
    let asked = recorded_requests().len();
    assert_eq!(authorization(asked - 1).as_deref(), Some("user:typed"));

    token.set(Some("user:hosts".to_owned()));
    soon("the list is asked for again", || {
        recorded_requests().len() > asked
    })
    .await;
    assert_eq!(
        authorization(asked).as_deref(),
        Some("user:hosts"),
        "the typed token outlived the host's new token"
    );
}
