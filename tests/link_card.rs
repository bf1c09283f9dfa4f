//! The created link's card in a real browser: expiry state, the derived enabled flag, and copying.

#![cfg(target_arch = "wasm32")]

mod support;

use chrono::{DateTime, TimeDelta, Utc};
use leptos::prelude::*;
use support::*;
use unleash_invite_links::api::PublicSignupToken;
use unleash_invite_links::components::InviteLinkCard;
use unleash_invite_links::local_time;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const URL: &str = "http://127.0.0.1:4242/new-user?invite=cf07ffa93508407b2248a50fd859a172";

fn token(expires_at: DateTime<Utc>) -> PublicSignupToken {
    let body = serde_json::json!({
        "secret": "cf07ffa93508407b2248a50fd859a172",
        "name": "Team A",
        "url": URL,
        "expiresAt": expires_at.to_rfc3339(),
        "enabled": true,
        "createdAt": "2026-11-20T10:08:37.019Z",
        "createdBy": null,
        "role": {},
        "users": [{"id": 7, "name": null, "username": "ann"}],
    });
    serde_json::from_value(body).unwrap()
}

fn card(token: PublicSignupToken) -> Mounted {
    mount(move || view! { <InviteLinkCard token=token /> })
}

#[wasm_bindgen_test]
async fn an_expired_link_reads_expired_and_not_enabled_although_the_server_says_enabled() {
    let token = token(local_time::now() - TimeDelta::hours(3));
    assert!(token.enabled);
    let card = card(token);
    soon("rendered", || text(&card.root).contains("Enabled")).await;
    assert_eq!(fact(&card.root, "State"), "Expired");
    assert_eq!(fact(&card.root, "Enabled"), "No");
    assert!(fact(&card.root, "Expired").ends_with("(expired 3 hours ago)"));
    assert!(button(&card.root, "Copy link").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn a_link_that_expires_while_on_screen_turns_expired() {
    let card = card(token(local_time::now() + TimeDelta::milliseconds(1500)));
    soon("rendered", || text(&card.root).contains("Enabled")).await;
    assert_eq!(fact(&card.root, "State"), "Active");
    assert_eq!(fact(&card.root, "Enabled"), "Yes");
    eventually(
        "it expires on screen",
        std::time::Duration::from_secs(4),
        || fact(&card.root, "State") == "Expired",
    )
    .await;
    assert_eq!(fact(&card.root, "Enabled"), "No");
    assert!(button(&card.root, "Copy link").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn missing_fields_are_explained_not_left_blank() {
    let card = card(token(local_time::now() + TimeDelta::days(6)));
    soon("rendered", || text(&card.root).contains("Enabled")).await;
    assert!(fact(&card.root, "Created").ends_with("by an unknown user"));
    assert_eq!(fact(&card.root, "Role"), "Not reported by Unleash");
    assert_eq!(fact(&card.root, "Joined"), "1 person");
    assert!(fact(&card.root, "Expires").ends_with("(expires in 6 days)"));
}

#[wasm_bindgen_test]
async fn a_link_without_url_says_why_instead_of_an_empty_field() {
    let mut without_url = token(local_time::now() + TimeDelta::days(6));
    without_url.url = None;
    let card = card(without_url);
    soon("rendered", || text(&card.root).contains("Enabled")).await;
    assert!(text(&card.root).contains("Unleash returned no address for this link"));
    assert!(all(&card.root, "input").is_empty());
}

#[wasm_bindgen_test]
async fn a_name_with_html_is_shown_as_text() {
    let mut hostile = token(local_time::now() + TimeDelta::days(6));
    hostile.name = "<img src=x onerror=\"window.__uilInjected=1\">".to_owned();
    let card = card(hostile);
    soon("rendered", || text(&card.root).contains("Enabled")).await;
    assert!(all(&card.root, "img").is_empty());
    assert_eq!(
        fact(&card.root, "Name"),
        "<img src=x onerror=\"window.__uilInjected=1\">"
    );
    sleep(100).await;
    assert!(run_js("window.__uilInjected").is_undefined());
}

#[wasm_bindgen_test]
async fn copy_link_puts_the_link_on_the_clipboard_and_says_copied() {
    let card = card(token(local_time::now() + TimeDelta::days(6)));
    soon("rendered", || text(&card.root).contains("Copy link")).await;
    button(&card.root, "Copy link").click();
    soon("copied", || {
        text_of(&card.root, "[role=status]") == "Copied"
    })
    .await;
    let pasted = await_js("navigator.clipboard.readText()")
        .await
        .expect("clipboard readable");
    assert_eq!(pasted.as_string().as_deref(), Some(URL));
}

/// Takes the Clipboard API and the legacy copy command away until dropped, as on plain http from a
/// host that is not loopback.
struct NoClipboard;

impl NoClipboard {
    fn install() -> Self {
        run_js(
            "window.__uilSaved = [Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard'), document.execCommand];
             Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
             document.execCommand = () => false;",
        );
        NoClipboard
    }
}

impl Drop for NoClipboard {
    fn drop(&mut self) {
        run_js(
            "Object.defineProperty(Navigator.prototype, 'clipboard', window.__uilSaved[0]);
             document.execCommand = window.__uilSaved[1];",
        );
    }
}

#[wasm_bindgen_test]
async fn without_a_clipboard_the_link_is_selected_for_ctrl_c() {
    let _no_clipboard = NoClipboard::install();
    let card = card(token(local_time::now() + TimeDelta::days(6)));
    soon("rendered", || text(&card.root).contains("Copy link")).await;
    button(&card.root, "Copy link").click();
    soon("manual copy asked", || {
        text_of(&card.root, "[role=status]").contains("press Ctrl+C")
    })
    .await;
    let input: web_sys::HtmlInputElement = field(&card.root, "Invite link").unchecked_into();
    assert_eq!(input.selection_start().unwrap(), Some(0));
    assert_eq!(input.selection_end().unwrap(), Some(URL.len() as u32));
}
