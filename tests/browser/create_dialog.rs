//! The "Create invite link" dialog in a real browser, with `fetch` answered by canned responses.

use chrono::{DateTime, TimeDelta, Utc};

use crate::support::*;
use leptos::prelude::Set;
use unleash_invite_links::config::InviteLinksConfig;
use unleash_invite_links::routes::InviteLinksApp;
use unleash_invite_links::testing::local_time;
use unleash_invite_links::testing::{Clock, Waits};
use wasm_bindgen_test::*;

/// The link the tests create.
fn team_a() -> Token {
    Token::named("Team A")
}

/// Unleash's answer to creating [`team_a`].
fn created() -> Reply {
    Reply::created(&team_a())
}

fn page() -> Mounted {
    install_fetch_stub();
    mount_page()
}

async fn open_dialog_and_name(page: &Mounted, name: &str) {
    open_create_dialog(&page.root).await;
    soon("the dialog opens", || dialog_open(&page.root)).await;
    type_into(&field(&page.root, "Name"), name);
}

/// Picks "Custom" under Expires and waits for its date input; returns that input.
async fn choose_custom_expiry(page: &Mounted) -> web_sys::HtmlInputElement {
    choose(&field(&page.root, "Custom"));
    soon("the date input appears", || {
        text(&page.root).contains("Expiry date and time")
    })
    .await;
    field(&page.root, "Expiry date and time")
}

fn sent_bodies() -> Vec<serde_json::Value> {
    posts()
        .iter()
        .map(|request| serde_json::from_str(&request.body).unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn creating_sends_the_trimmed_name_and_an_expiry_one_week_from_the_click() {
    let page = page();
    created().queue();
    open_dialog_and_name(&page, "  Team A ").await;
    let clicked_at = local_time::now();
    button(&page.root, "Create").click();
    soon("the link is shown", || {
        text(&page.root).contains("Copy link")
    })
    .await;

    let requests: Vec<RecordedRequest> = recorded_requests()
        .into_iter()
        .filter(|request| {
            !request.url.ends_with("/api/admin/invite-link/tokens") || request.method != "GET"
        })
        .collect();
    assert_eq!(requests.len(), 1, "one request besides reading the list");
    assert_eq!(requests[0].method, "POST");
    assert!(
        requests[0].url.ends_with("/api/admin/invite-link/tokens"),
        "{}",
        requests[0].url
    );
    assert_eq!(requests[0].headers["content-type"], "application/json");
    let body = &sent_bodies()[0];
    let keys: Vec<&String> = body.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["expiresAt", "name"]);
    assert_eq!(body["name"], "Team A");
    let expires_at: DateTime<Utc> = body["expiresAt"].as_str().unwrap().parse().unwrap();
    let week_later = clicked_at + TimeDelta::days(7);
    assert!(
        expires_at >= week_later && expires_at < week_later + TimeDelta::days(1),
        "expiresAt {expires_at} is not the first UTC midnight a week after {clicked_at}"
    );
    assert_eq!(
        expires_at.time(),
        chrono::NaiveTime::MIN,
        "Unleash keeps links until a UTC midnight"
    );
}

#[wasm_bindgen_test]
async fn the_created_link_is_shown_in_the_dialog_with_its_facts_and_in_its_details() {
    let page = page();
    created().queue();
    open_dialog_and_name(&page, "Team A").await;
    button(&page.root, "Create").click();
    soon("the link is shown", || {
        text(&page.root).contains("Invite link created.")
    })
    .await;
    assert!(
        dialog_open(&page.root),
        "the dialog closed before showing the link"
    );
    assert_eq!(field(&page.root, "Invite link").value(), team_a().url());
    assert_eq!(fact(&page.root, "Name"), "Team A");
    assert_eq!(fact(&page.root, "State"), "Active");
    dialog_button(&page.root, "Done").click();
    soon("the dialog closes", || !dialog_open(&page.root)).await;
    assert_eq!(text_of(&page.root, ".uil-row th a"), "Team A");
    open_first_link(&page.root).await;
    assert_eq!(field(&page.root, "Invite link").value(), team_a().url());
    assert_eq!(fact(&page.root, "Name"), "Team A");
    assert_eq!(fact(&page.root, "State"), "Active");
    assert_eq!(fact(&page.root, "Enabled"), "Yes");
    assert!(fact(&page.root, "Created").ends_with("by admin"));
    assert_eq!(fact(&page.root, "Role"), "Viewer");
    assert_eq!(fact(&page.root, "Joined"), "0 people");
    assert!(fact(&page.root, "Expires").contains("expires in"));
}

#[wasm_bindgen_test]
async fn a_double_click_on_create_sends_one_request() {
    let page = page();
    created().held().queue();
    created().queue();
    open_dialog_and_name(&page, "Team A").await;
    let create = button(&page.root, "Create");
    create.click();
    create.click();
    soon("the request waits for its answer", || held_answers() == 1).await;
    assert_eq!(
        create.get_attribute("aria-disabled").as_deref(),
        Some("true"),
        "Create says it does nothing while the request runs"
    );
    create.click();
    release_held_answers();
    soon("the link is shown", || {
        text(&page.root).contains("Copy link")
    })
    .await;
    assert_eq!(posts().len(), 1);
}

#[wasm_bindgen_test]
async fn a_blank_name_is_refused_before_sending() {
    let page = page();
    open_dialog_and_name(&page, "   ").await;
    button(&page.root, "Create").click();
    soon("the problem is shown", || {
        text(&page.root).contains("Enter a name for the link.")
    })
    .await;
    assert!(posts().is_empty());
    assert!(dialog_open(&page.root));
    assert_eq!(
        field(&page.root, "Name")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn custom_expiry_in_the_past_or_beyond_a_month_is_refused_with_the_reason() {
    let page = page();
    open_dialog_and_name(&page, "Team A").await;
    let custom = choose_custom_expiry(&page).await;

    type_into(&custom, "2020-01-01T10:00");
    button(&page.root, "Create").click();
    soon("past is refused", || {
        text(&page.root).contains("This time has already passed")
    })
    .await;

    let far = local_time::to_input_value(local_time::now() + TimeDelta::days(40));
    type_into(&custom, &far);
    button(&page.root, "Create").click();
    soon("too far is refused", || {
        text(&page.root).contains("Unleash allows at most one month")
    })
    .await;

    assert!(posts().is_empty());
    assert_eq!(field(&page.root, "Name").value(), "Team A");
}

#[wasm_bindgen_test]
async fn a_custom_expiry_is_sent_as_the_typed_local_time() {
    let page = page();
    created().queue();
    open_dialog_and_name(&page, "Team A").await;
    choose_custom_expiry(&page).await;
    let wanted = local_time::now() + TimeDelta::days(3);
    let typed = local_time::to_input_value(wanted);
    type_into(&field(&page.root, "Expiry date and time"), &typed);
    button(&page.root, "Create").click();
    soon("the request is sent", || !posts().is_empty()).await;
    let sent: DateTime<Utc> = sent_bodies()[0]["expiresAt"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let typed_at = local_time::from_input_value(&typed).unwrap();
    assert!(
        sent >= typed_at && sent - typed_at < TimeDelta::days(1),
        "sent {sent} for {typed_at}"
    );
    assert_eq!(
        sent.time(),
        chrono::NaiveTime::MIN,
        "rounded up to the UTC midnight Unleash keeps"
    );
}

#[wasm_bindgen_test]
async fn a_field_error_from_the_server_is_shown_beside_that_field_and_input_is_kept() {
    let page = page();
    Reply::error(
        400,
        serde_json::json!({"id": "x", "name": "ValidationError", "message": "Request validation failed",
            "details": [{"path": "/body/name", "message": "The name is not acceptable."}]}),
    )
    .queue();
    open_dialog_and_name(&page, "Team A").await;
    button(&page.root, "Create").click();
    soon("the field error is shown", || {
        problem_beside(&page.root, "Name") == "The name is not acceptable."
    })
    .await;
    assert!(dialog_open(&page.root));
    assert_eq!(field(&page.root, "Name").value(), "Team A");
    assert!(text_of(&page.root, ".uil-error[role=alert]").contains("Request validation failed"));
}

#[wasm_bindgen_test]
async fn an_expiry_refused_by_the_server_is_said_beside_expires_and_the_choice_is_kept() {
    let page = page();
    Reply::error(
        400,
        serde_json::json!({"id": "x", "name": "ValidationError", "message": "Request validation failed",
            "details": [{"path": "/body/expiresAt", "message": "The expiry is too far away."}]}),
    )
    .queue();
    open_dialog_and_name(&page, "Team A").await;
    let one_day = field(&page.root, "1 day");
    choose(&one_day);
    button(&page.root, "Create").click();
    soon("the field error is shown", || {
        text_of(&page.root, ".uil-expiry .uil-field-problem") == "The expiry is too far away."
    })
    .await;
    assert_eq!(problem_beside(&page.root, "Name"), "");
    assert!(dialog_open(&page.root));
    assert!(field(&page.root, "1 day").checked());
    assert_eq!(field(&page.root, "Name").value(), "Team A");
}

#[wasm_bindgen_test]
async fn each_error_class_gets_its_own_message() {
    let forbidden = serde_json::json!({"id": "1", "name": "PermissionError",
        "message": "You don't have the required permissions", "details": []});
    let cases: [(Reply, &str); 11] = [
        (
            Reply::status(400),
            "Unleash refused the request (HTTP 400) without saying why.",
        ),
        (Reply::error(403, forbidden), "You need the Admin role"),
        (
            Reply::status(404),
            "Unleash has nothing at this address (HTTP 404)",
        ),
        (
            Reply::error(
                404,
                serde_json::json!({"name": "NotFoundError", "message": "Could not find it."}),
            ),
            "Could not find it.",
        ),
        (
            Reply::error(
                413,
                serde_json::json!({"message": "request entity too large"}),
            ),
            "too large (HTTP 413). Use a shorter name",
        ),
        (
            Reply::status(415),
            "did not accept the request's format (HTTP 415)",
        ),
        (
            Reply::status(429).header("retry-after", "30"),
            "Wait 30 seconds and try again.",
        ),
        (Reply::status(500), "Unleash did not answer (HTTP 500)"),
        (
            Reply::status(502)
                .body("<html>Bad Gateway</html>")
                .header("content-type", "text/html"),
            "Something between this page and Unleash answered HTTP 502 instead of Unleash.",
        ),
        (
            Reply::status(201)
                .body("<html>not JSON</html>")
                .header("content-type", "text/html"),
            "Unleash answered (HTTP 201), but the answer could not be read.",
        ),
        (
            Reply::status(503),
            "Something between this page and Unleash answered HTTP 503",
        ),
    ];
    for (reply, expected) in cases {
        let page = page();
        reply.queue();
        open_dialog_and_name(&page, "Team A").await;
        button(&page.root, "Create").click();
        soon(expected, || {
            text_of(&page.root, ".uil-error[role=alert]").contains(expected)
        })
        .await;
        assert!(dialog_open(&page.root), "{expected}");
        assert_eq!(field(&page.root, "Name").value(), "Team A");
        drop(page);
    }
}

#[wasm_bindgen_test]
async fn a_dead_network_may_have_created_the_link_so_the_next_try_asks_first() {
    let page = page();
    queue_network_failure("Failed to fetch");
    open_dialog_and_name(&page, "Team A").await;
    button(&page.root, "Create").click();
    soon("the lost connection is named", || {
        text_of(&page.root, ".uil-error[role=alert]")
            .contains("The connection to Unleash broke off before its answer came (TypeError: Failed to fetch).")
    })
    .await;
    soon("the list, read again, has no such link", || {
        text(&page.root).contains("most likely none was made")
    })
    .await;
    assert_eq!(field(&page.root, "Name").value(), "Team A");
    button(&page.root, "Create").click();
    soon("asked first", || has_button(&page.root, "Create another")).await;
    created().queue();
    button(&page.root, "Create another").click();
    soon("the link is shown", || {
        text(&page.root).contains("Copy link")
    })
    .await;
    assert_eq!(posts().len(), 2);
}

#[wasm_bindgen_test]
async fn a_slow_answer_says_it_is_still_waiting() {
    install_fetch_stub();
    let base = start_address();
    go_to(&base);
    let page = mount(move || {
        leptos::prelude::provide_context(Waits {
            slow_answer: std::time::Duration::ZERO,
            ..TEST_WAITS
        });
        leptos::prelude::view! { <InviteLinksApp base_path=base /> }
    });
    created().held().queue();
    open_dialog_and_name(&page, "Team A").await;
    assert!(!text(&page.root).contains("Still waiting for Unleash"));
    button(&page.root, "Create").click();
    soon("slow notice", || {
        text(&page.root).contains(
            "Still waiting for Unleash. Cancel stops waiting, but the change may then happen all the same.",
        )
    })
    .await;
    release_held_answers();
    soon("the link is shown", || {
        text(&page.root).contains("Copy link")
    })
    .await;
    assert_eq!(posts().len(), 1);
}

#[wasm_bindgen_test]
async fn on_401_signing_in_creates_the_link_with_what_was_typed_exactly_once() {
    let page = page();
    Reply::error(
        401,
        serde_json::json!({"id": "1", "name": "AuthenticationRequired",
            "message": "You must log in to use Unleash.", "details": []}),
    )
    .queue();
    Reply::status(200)
        .body(r#"{"id":1,"username":"admin"}"#)
        .queue();
    created().queue();
    open_dialog_and_name(&page, "Team A").await;
    button(&page.root, "Create").click();
    soon("sign-in is offered", || {
        text(&page.root).contains("Sign in to Unleash")
    })
    .await;
    type_into(&field(&page.root, "User name"), "admin");
    type_into(&field(&page.root, "Password"), "unleash4all");
    let reads = list_reads();
    button(&page.root, "Sign in").click();
    soon("the link is created without pressing Create again", || {
        text(&page.root).contains("Copy link")
    })
    .await;
    list_read_after(reads).await;
    assert_eq!(
        posts().len(),
        3,
        "401, sign-in, and exactly one create after it"
    );
    let created: serde_json::Value = serde_json::from_str(&posts()[2].body).unwrap();
    assert_eq!(created["name"], "Team A");

    let requests = posts();
    assert!(requests[1].url.ends_with("/auth/simple/login"));
    let login: serde_json::Value = serde_json::from_str(&requests[1].body).unwrap();
    assert_eq!(
        login,
        serde_json::json!({"username": "admin", "password": "unleash4all"})
    );
    assert_eq!(sent_bodies()[2]["name"], "Team A");
}

#[wasm_bindgen_test]
async fn a_token_entered_at_sign_in_is_sent_as_authorization() {
    let page = page();
    Reply::status(401).queue();
    created().queue();
    open_dialog_and_name(&page, "Team A").await;
    button(&page.root, "Create").click();
    soon("sign-in is offered", || {
        text(&page.root).contains("Sign in to Unleash")
    })
    .await;
    type_into(
        &field(&page.root, "Or an admin API token or personal access token"),
        "  user:abc123 ",
    );
    button(&page.root, "Use token").click();
    soon("the link is created without pressing Create again", || {
        text(&page.root).contains("Copy link")
    })
    .await;
    let requests = posts();
    assert_eq!(requests[0].headers.get("authorization"), None);
    assert_eq!(requests[1].headers["authorization"], "user:abc123");
}

#[wasm_bindgen_test]
async fn cancel_closes_the_dialog_and_keeps_the_draft() {
    let page = page();
    open_dialog_and_name(&page, "Draft").await;
    button(&page.root, "Cancel").click();
    soon("the dialog closes", || !dialog_open(&page.root)).await;
    open_create_dialog(&page.root).await;
    soon("the dialog opens", || dialog_open(&page.root)).await;
    assert_eq!(field(&page.root, "Name").value(), "Draft");
    assert!(posts().is_empty());
}

#[wasm_bindgen_test]
async fn an_expiry_problem_goes_away_when_the_choice_changes() {
    let page = page();
    open_dialog_and_name(&page, "Team A").await;
    choose_custom_expiry(&page).await;
    type_into(
        &field(&page.root, "Expiry date and time"),
        "2020-01-01T10:00",
    );
    button(&page.root, "Create").click();
    soon("past is refused", || {
        text(&page.root).contains("This time has already passed")
    })
    .await;
    choose(&field(&page.root, "1 week"));
    soon("the problem clears", || {
        !text(&page.root).contains("This time has already passed")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_custom_expiry_later_today_in_utc_is_rounded_up_to_the_next_utc_midnight_and_sent() {
    install_fetch_stub();
    let clock_start: DateTime<Utc> = "2026-11-28T23:56:00Z".parse().unwrap();
    let page = mount_page_at(clock_start);
    created().queue();
    open_dialog_and_name(&page, "Team A").await;
    choose_custom_expiry(&page).await;
    type_into(
        &field(&page.root, "Expiry date and time"),
        &local_time::to_input_value(clock_start + TimeDelta::minutes(2)),
    );
    let midnight: DateTime<Utc> = "2026-11-29T00:00:00Z".parse().unwrap();
    let until = format!(
        "The link will work until {}",
        local_time::format_local(
            unleash_invite_links::testing::Catalogue::english(),
            midnight
        )
    );
    soon("the dialog says until when", || {
        text(&page.root).contains(&until)
    })
    .await;
    button(&page.root, "Create").click();
    soon("the request is sent", || posts().len() == 1).await;
    let sent: DateTime<Utc> = sent_bodies()[0]["expiresAt"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(sent, midnight);
}

#[wasm_bindgen_test]
async fn the_custom_inputs_limits_move_on_when_the_dialog_stays_open_across_midnight() {
    install_fetch_stub();
    let clock_start: DateTime<Utc> = "2026-11-28T23:59:58Z".parse().unwrap();
    let (clock, set_time) = Clock::stopped_at(clock_start);
    let page = mount_page_under_with_clock(&start_address(), &start_address(), clock);
    open_dialog_and_name(&page, "Team A").await;
    let input = choose_custom_expiry(&page).await;
    let before = (input.min(), input.max());
    assert_eq!(before.0, local_time::to_input_value(clock_start));
    let after_midnight = clock_start + TimeDelta::seconds(3);
    set_time.set(after_midnight);
    soon("the limits follow the clock past midnight", || {
        input.min() == local_time::to_input_value(after_midnight) && input.max() != before.1
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_dialog_says_until_when_the_link_will_work() {
    install_fetch_stub();
    let (clock, _) = Clock::stopped_at("2026-11-28T10:00:00Z".parse().unwrap());
    let page = mount_page_under_with_clock(&start_address(), &start_address(), clock);
    open_dialog_and_name(&page, "Team A").await;
    let until = format!(
        "The link will work until {}",
        browser_local_time("2026-12-06T00:00:00Z")
    );
    soon("the effective expiry", || text(&page.root).contains(&until)).await;
}

#[wasm_bindgen_test]
async fn a_wrong_password_and_unleashs_login_limit_each_say_so_and_keep_the_form() {
    let page = page();
    Reply::error(
        401,
        serde_json::json!({"message": "You must log in to use Unleash."}),
    )
    .queue();
    Reply::status(401).queue();
    Reply::status(429).header("Retry-After", "60").queue();
    open_dialog_and_name(&page, "Team A").await;
    button(&page.root, "Create").click();
    soon("sign-in is offered", || {
        text(&page.root).contains("Sign in to Unleash")
    })
    .await;
    type_into(&field(&page.root, "User name"), "admin");
    type_into(&field(&page.root, "Password"), "wrong");
    button(&page.root, "Sign in").click();
    soon("a wrong password is named", || {
        text(&page.root).contains("Wrong user name or password.")
    })
    .await;
    assert_eq!(field(&page.root, "User name").value(), "admin");
    button(&page.root, "Sign in").click();
    soon("the login limit is named with the wait", || {
        text(&page.root).contains("Unleash allows 10 a minute. Wait 60 seconds")
    })
    .await;
    assert_eq!(field(&page.root, "Name").value(), "Team A");
    assert_eq!(posts().len(), 3, "no create is sent while signed out");
}

#[wasm_bindgen_test]
async fn cancel_while_unleash_has_not_answered_aborts_the_request_and_keeps_the_name() {
    let page = page();
    created().never().queue();
    open_dialog_and_name(&page, "Team A").await;
    button(&page.root, "Create").click();
    soon("waiting", || {
        text(&page.root).contains("Creating the link…")
    })
    .await;
    let list_reads = recorded_requests().len() - 1;
    button(&page.root, "Cancel").click();
    soon("the dialog closes", || !dialog_open(&page.root)).await;
    soon("the request is aborted", || posts()[0].aborted).await;
    soon("the cancellation is announced", || {
        text(&page.root).contains("Cancelled. Unleash may have created the link already")
    })
    .await;
    soon("the list is read again", || {
        recorded_requests().len() > list_reads + 1
    })
    .await;
    open_create_dialog(&page.root).await;
    assert_eq!(field(&page.root, "Name").value(), "Team A");
    assert!(!text(&page.root).contains("Creating the link…"));
}

#[wasm_bindgen_test]
async fn a_server_that_never_answers_times_out_with_the_name_kept_and_a_retry_asks_first() {
    install_fetch_stub();
    let config =
        InviteLinksConfig::default().with_answer_timeout(std::time::Duration::from_millis(800));
    let page = mount_page_with(config);
    created().never().queue();
    open_dialog_and_name(&page, "Team A").await;
    button(&page.root, "Create").click();
    soon("the page stops waiting", || {
        text(&page.root).contains("Unleash did not answer within 1 second")
    })
    .await;
    assert!(posts()[0].aborted, "the request was left running");
    assert_eq!(field(&page.root, "Name").value(), "Team A");
    soon("the list is read again", || {
        text(&page.root).contains("most likely none was made")
    })
    .await;
    button(&page.root, "Create").click();
    soon("asked first", || has_button(&page.root, "Create another")).await;
    created().queue();
    button(&page.root, "Create another").click();
    soon("the retry works", || text(&page.root).contains("Copy link")).await;
}
