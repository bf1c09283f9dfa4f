//! A link's history on its details, read from Unleash's event log (canned pages): every kind of
//! step in order with the people named, paging, what cannot be read, joins per day, and the secret
//! never in the page.

use crate::support::*;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use unleash_invite_links::testing::link_key;
use wasm_bindgen_test::*;

const BASE: &str = "/admin/settings/invite-links";

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

/// A link made on Dec 1, 2026 09:00 UTC that works until Dec 8; Ada (id 7) joined through it.
fn team() -> Token {
    Token::named("Team")
        .with("createdAt", json!("2026-12-01T09:00:00.000Z"))
        .expiring_at(at("2026-12-08T00:00:00Z"))
        .joined_by(json!([{"id": 7, "name": "Ada", "username": "ada"}]))
}

fn event(kind: &str, by: &str, when: &str, data: Value) -> Value {
    json!({"id": 1, "type": kind, "createdBy": by, "createdAt": when, "data": data})
}

/// The whole log of `team()`, newest first as Unleash answers, with an event of another link and
/// one of a type this page does not know.
fn team_log(secret: &str) -> Vec<Value> {
    vec![
        event(
            "public-signup-token-user-added",
            "unleash_system_user",
            "2026-12-03T15:00:00.000Z",
            json!({"secret": secret, "userId": 9}),
        ),
        event(
            "public-signup-token-user-added",
            "unleash_system_user",
            "2026-12-03T11:00:00.000Z",
            json!({"secret": secret, "userId": 7}),
        ),
        event(
            "public-signup-token-updated",
            "admin",
            "2026-12-02T12:00:00.000Z",
            json!({"secret": secret, "enabled": true, "expiresAt": "2026-12-20T00:00:00.000Z"}),
        ),
        event(
            "public-signup-token-updated",
            "admin",
            "2026-12-02T11:00:00.000Z",
            json!({"secret": "another-link", "enabled": false}),
        ),
        event(
            "feature-created",
            "admin",
            "2026-12-02T10:30:00.000Z",
            json!({"secret": secret}),
        ),
        event(
            "public-signup-token-updated",
            "bo",
            "2026-12-02T10:00:00.000Z",
            json!({"secret": secret, "enabled": false}),
        ),
        event(
            "public-signup-token-user-added",
            "unleash_system_user",
            "2026-12-01T10:00:00.000Z",
            json!({"secret": secret, "userId": 7}),
        ),
        event(
            "public-signup-token-created",
            "local-admin",
            "2026-12-01T09:00:00.000Z",
            json!({"secret": secret, "name": "Team", "expiresAt": "2026-12-08T00:00:00.000Z", "enabled": true}),
        ),
    ]
}

fn page_of(events: &[Value], total: usize) -> String {
    json!({"events": events, "total": total}).to_string()
}

/// The details of `token` on Dec 5, 2026 at noon UTC, its history read from `log`.
async fn history_of(token: &Token, log: Reply) -> Mounted {
    history_in_pages(token, &[], log).await
}

/// [`history_of`], the first searches answered with `first_pages`, the others with `log`.
async fn history_in_pages(token: &Token, first_pages: &[Reply], log: Reply) -> Mounted {
    install_fetch_stub();
    Reply::list(std::slice::from_ref(token)).for_the_list();
    for page in first_pages {
        page.clone().queue_as_event_page();
    }
    log.for_the_event_log();
    let address = format!("{BASE}/links/{}", link_key(&token.secret()));
    let page = mount_page_under_at(BASE, &address, at("2026-12-05T12:00:00Z"));
    soon("the history is read", || {
        page.root.query_selector(".uil-history").unwrap().is_some()
            && !text_of(&page.root, ".uil-history .uil-note").starts_with("Reading")
    })
    .await;
    page
}

fn steps(page: &Mounted) -> Vec<String> {
    all(&page.root, ".uil-history-list li")
        .iter()
        .map(|step| text_of(step, "li > span").len())
        .zip(all(&page.root, ".uil-history-list li").iter().map(text))
        .map(|(time_length, whole)| whole[..whole.len() - time_length].to_owned())
        .collect()
}

fn event_searches() -> Vec<RecordedRequest> {
    recorded_requests()
        .into_iter()
        .filter(|request| request.url.contains("/api/admin/search/events"))
        .collect()
}

#[wasm_bindgen_test]
async fn the_history_tells_every_step_oldest_first_with_the_people_named() {
    let token = team();
    let log = Reply::status(200).body(page_of(&team_log(&token.secret()), 8));
    let page = history_of(&token, log).await;
    let steps = steps(&page);
    assert_eq!(steps.len(), 7, "{steps:?}");
    assert!(
        steps[0].starts_with("Created by local-admin, to work until "),
        "{steps:?}"
    );
    assert_eq!(steps[1], "Ada (ada) joined.");
    assert_eq!(steps[2], "Disabled by bo.");
    assert!(steps[3].starts_with("Expiry changed from "), "{steps:?}");
    assert!(steps[3].ends_with(" by admin."), "{steps:?}");
    assert_eq!(steps[4], "Enabled by admin.");
    assert_eq!(steps[5], "Ada (ada) joined.");
    assert_eq!(steps[6], "A person (user id 9) joined.");
    assert_eq!(
        all(&page.root, ".uil-history-list time")[0]
            .get_attribute("datetime")
            .as_deref(),
        Some("2026-12-01T09:00:00+00:00")
    );
    assert!(text(&page.root).contains("(4 days ago)"));
    assert_eq!(text_of(&page.root, ".uil-history .uil-note"), "");
}

#[wasm_bindgen_test]
async fn the_search_names_six_characters_of_the_secret_and_the_secret_never_reaches_the_page() {
    let token = team();
    let log = Reply::status(200).body(page_of(&team_log(&token.secret()), 8));
    let page = history_of(&token, log).await;
    let searches = event_searches();
    assert_eq!(searches.len(), 1);
    assert!(
        searches[0]
            .url
            .contains(&format!("query={}&", &token.secret()[..6])),
        "{}",
        searches[0].url
    );
    for request in recorded_requests() {
        assert!(
            !request.url.contains(&token.secret()[..7]),
            "a request's address holds more than six characters of the secret: {}",
            request.url
        );
    }
    assert!(searches[0]
        .url
        .contains("type=IS_ANY_OF:public-signup-token-created,"));
    let html = run_js("document.documentElement.outerHTML")
        .as_string()
        .unwrap();
    assert!(!html.contains(&token.secret()), "the secret is in the page");
    assert!(text(&page.root).contains("Enabled by admin."));
}

#[wasm_bindgen_test]
async fn a_long_history_is_read_page_by_page() {
    let token = team();
    let secret = token.secret();
    let mut log = team_log(&secret);
    let older = log.split_off(4);
    let newest = (0..96).map(|n| {
        event(
            "public-signup-token-updated",
            "admin",
            "2026-12-02T11:00:00.000Z",
            json!({"secret": format!("other-{n}"), "enabled": false}),
        )
    });
    let first: Vec<Value> = log.into_iter().chain(newest).collect();
    let first = Reply::status(200).body(page_of(&first, 104));
    let page = history_in_pages(
        &token,
        &[first],
        Reply::status(200).body(page_of(&older, 104)),
    )
    .await;
    let searches = event_searches();
    assert_eq!(searches.len(), 2);
    assert!(searches[0].url.contains("limit=100&offset=0"));
    assert!(searches[1].url.contains("limit=100&offset=100"));
    let steps = steps(&page);
    assert!(steps[0].starts_with("Created by local-admin"), "{steps:?}");
    assert_eq!(steps.last().unwrap(), "A person (user id 9) joined.");
    assert_eq!(steps.len(), 7, "{steps:?}");
}

#[wasm_bindgen_test]
async fn a_role_that_cannot_read_the_log_is_told_in_one_line_and_the_rest_works() {
    let forbidden = Reply::error(
        403,
        json!({"name": "PermissionError", "message": "You don't have the required permissions"}),
    );
    let page = history_of(&team(), forbidden).await;
    assert_eq!(
        text_of(&page.root, ".uil-history .uil-note"),
        "History: your role may not read Unleash's event log, so this link's history cannot be shown."
    );
    assert_eq!(fact(&page.root, "Name"), "Team");
    assert!(has_button(&page.root, "Check with Unleash"));
    assert!(all(&page.root, ".uil-history-list li").is_empty());
}

#[wasm_bindgen_test]
async fn an_unleash_without_event_search_is_told_in_one_line() {
    let page = history_of(&team(), Reply::error(404, json!({"message": "Not found"}))).await;
    assert_eq!(
        text_of(&page.root, ".uil-history .uil-note"),
        "History: this Unleash has no event search (older versions lack it), so this link's history cannot be shown."
    );
}

#[wasm_bindgen_test]
async fn a_log_that_lost_the_links_beginning_says_so() {
    let token = team();
    let mut log = team_log(&token.secret());
    log.pop();
    let page = history_of(&token, Reply::status(200).body(page_of(&log, 7))).await;
    assert_eq!(
        text_of(&page.root, ".uil-history .uil-note"),
        "Unleash's event log no longer holds how this link began; its history starts later."
    );
    assert_eq!(steps(&page)[0], "Ada (ada) joined.");
}

#[wasm_bindgen_test]
async fn joins_per_day_are_drawn_and_told_in_words() {
    let token = team();
    let log = Reply::status(200).body(page_of(&team_log(&token.secret()), 8));
    let page = history_of(&token, log).await;
    assert_eq!(
        text_of(&page.root, ".uil-joins figcaption"),
        "Joins per day (UTC): 3 people joined in 5 days; the most on Dec 3, 2026 (2)."
    );
    let days: Vec<String> = all(&page.root, ".uil-joins li").iter().map(text).collect();
    assert_eq!(days, ["Dec 1, 2026: 1", "Dec 3, 2026: 2"]);
    let bars: Vec<(String, String)> = all(&page.root, ".uil-joins-chart rect")
        .iter()
        .map(|bar| {
            (
                bar.get_attribute("x").unwrap(),
                bar.get_attribute("height").unwrap(),
            )
        })
        .collect();
    assert_eq!(
        bars,
        [("0".into(), "50".into()), ("2".into(), "100".into())]
    );
    assert_eq!(
        text_of(&page.root, ".uil-joins-axis"),
        "Dec 1, 2026Dec 5, 2026"
    );
}

#[wasm_bindgen_test]
async fn a_link_nobody_joined_through_says_so_without_an_empty_chart() {
    let token = Token::named("Quiet")
        .with("createdAt", json!("2026-12-01T09:00:00.000Z"))
        .expiring_at(at("2026-12-08T00:00:00Z"));
    let created = team_log(&token.secret()).pop().unwrap();
    let page = history_of(&token, Reply::status(200).body(page_of(&[created], 1))).await;
    assert_eq!(
        text_of(&page.root, ".uil-joins figcaption"),
        "Joins per day (UTC): Nobody joined in 5 days."
    );
    assert!(all(&page.root, ".uil-joins-chart, .uil-joins-axis").is_empty());
}

#[wasm_bindgen_test]
async fn a_change_made_here_reads_the_history_again() {
    let token = team();
    let log = Reply::status(200).body(page_of(&team_log(&token.secret()), 8));
    let page = history_of(&token, log).await;
    Reply::token(&token.clone().disabled()).queue();
    button(&page.root, "Disable link").click();
    soon("the confirmation", || dialog_open(&page.root)).await;
    dialog_button(&page.root, "Disable link").click();
    soon("the link is disabled", || {
        fact(&page.root, "State") == "Disabled"
    })
    .await;
    soon("the history is read again", || event_searches().len() == 2).await;
}

#[wasm_bindgen_test]
async fn names_with_line_breaks_and_bidi_controls_show_on_one_line_in_details_and_history() {
    let token = Token::named("Team\u{202e}OSS\nProd SSO")
        .with("createdAt", json!("2026-12-01T09:00:00.000Z"))
        .with("createdBy", json!("ad\u{2067}min\r\nroot"))
        .expiring_at(at("2026-12-08T00:00:00Z"))
        .joined_by(json!([{"id": 7, "name": "Ada\n\u{202e}Eve", "username": "ada\u{2028}x"}]));
    let secret = token.secret();
    let log = vec![
        event(
            "public-signup-token-user-added",
            "unleash_system_user",
            "2026-12-03T11:00:00.000Z",
            json!({"secret": secret, "userId": 7}),
        ),
        event(
            "public-signup-token-updated",
            "bo\u{2066}\nDisabled by admin.",
            "2026-12-02T10:00:00.000Z",
            json!({"secret": secret, "enabled": false}),
        ),
    ];
    let page = history_of(&token, Reply::status(200).body(page_of(&log, 2))).await;
    let shown = text(&page.root);
    assert_eq!(forging_characters(&shown), Vec::<char>::new(), "{shown:?}");
    assert!(shown.contains("Invite link “TeamOSS␊Prod SSO”"), "{shown}");
    assert!(shown.contains("by admin␍␊root"), "{shown}");
    let steps = steps(&page);
    assert_eq!(
        steps,
        [
            "Disabled by bo␊Disabled by admin..",
            "Ada␊Eve (ada␤x) joined."
        ]
    );
}
