//! "Disable selected": picking rows (one, a Shift range, all shown), the question naming them, the
//! PUTs one at a time with a progress line, Cancel between links, a sign-in in the middle, a refusal,
//! and the report that takes focus at the end.

use crate::support::*;
use chrono::TimeDelta;
use serde_json::json;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

const BASE: &str = "/admin/invite-links";

/// Four enabled links, listed in this order (soonest to expire first), and one disabled.
fn four_links() -> Vec<Token> {
    ["Alpha", "Bravo", "Charlie", "Delta"]
        .iter()
        .enumerate()
        .map(|(days, name)| Token::named(name).expiring_in(TimeDelta::days(days as i64 + 1)))
        .chain([Token::named("Echo").disabled()])
        .collect()
}

async fn listed() -> Mounted {
    install_fetch_stub();
    Reply::list(&four_links()).for_the_list();
    let page = mount_page_under(BASE, BASE);
    soon("the list", || all(&page.root, ".uil-row").len() == 5).await;
    page
}

fn checkbox(page: &Mounted, name: &str) -> HtmlElement {
    page.root
        .query_selector(&format!("input[aria-label='Select “{name}”']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no checkbox for {name}"))
        .unchecked_into()
}

/// Clicks `name`'s checkbox with Shift held, as a person picking a range.
fn shift_click(page: &Mounted, name: &str) {
    let options = web_sys::MouseEventInit::new();
    options.set_bubbles(true);
    options.set_shift_key(true);
    let click = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &options).unwrap();
    checkbox(page, name).dispatch_event(&click).unwrap();
}

fn puts() -> Vec<RecordedRequest> {
    recorded_requests()
        .into_iter()
        .filter(|request| request.method == "PUT")
        .collect()
}

fn report(page: &Mounted) -> String {
    text_of(&page.root, ".uil-bulk-report")
}

/// The report's lines after the first (which counts what was disabled): one per link that was not.
fn report_lines(page: &Mounted) -> Vec<String> {
    report(page).lines().skip(1).map(str::to_owned).collect()
}

fn focus_is_on_the_report(page: &Mounted) -> bool {
    let report: Element = page
        .root
        .query_selector(".uil-bulk-report")
        .unwrap()
        .unwrap();
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    active.is_some_and(|active| active == report)
}

/// Presses "Disable selected", checks the question names `names` (two or more), and confirms.
async fn disable_selected(page: &Mounted, names: &[&str]) {
    button(&page.root, "Disable selected").click();
    soon("the question", || dialog_open(&page.root)).await;
    let asked = text_of(&page.root, "dialog[open] .uil-lines");
    let count = names.len();
    let quoted: Vec<String> = names.iter().map(|name| format!("“{name}”")).collect();
    assert_eq!(
        asked,
        format!(
            "Nobody can join with these {count} links once they are disabled:\n{}",
            quoted.join("\n")
        ),
        "the question names how many and which"
    );
    dialog_button(&page.root, "Disable them").click();
}

fn disabled(name: &str) -> Reply {
    Reply::token(&Token::named(name).disabled())
}

#[wasm_bindgen_test]
async fn a_shift_range_asks_naming_each_then_disables_them_one_at_a_time_and_reports_a_refusal() {
    let page = listed().await;
    assert!(
        all(&page.root, ".uil-row")[4]
            .query_selector("input[type=checkbox]")
            .unwrap()
            .is_none(),
        "a disabled link has nothing to select"
    );
    checkbox(&page, "Alpha").click();
    shift_click(&page, "Charlie");
    soon("three selected", || {
        text(&page.root).contains("3 links selected")
    })
    .await;
    disabled("Alpha").after_ms(50).queue();
    Reply::error(400, json!({"message": "Unleash says no."})).queue();
    disabled("Charlie").queue();
    disable_selected(&page, &["Alpha", "Bravo", "Charlie"]).await;
    soon("the report", || {
        report(&page).contains("Disabled 2 of 3 links.")
    })
    .await;
    let sent: Vec<(String, String)> = puts()
        .into_iter()
        .map(|put| (put.url.rsplit('/').next().unwrap().to_owned(), put.body))
        .collect();
    let secrets: Vec<String> = four_links()[..3].iter().map(Token::secret).collect();
    assert_eq!(
        sent.iter()
            .map(|(secret, _)| secret.clone())
            .collect::<Vec<_>>(),
        secrets,
        "one PUT per link, in the list's order"
    );
    assert!(
        sent.iter().all(|(_, body)| body == r#"{"enabled":false}"#),
        "{sent:?}"
    );
    assert_eq!(report_lines(&page).len(), 1);
    assert!(
        report_lines(&page)[0].starts_with("“Bravo”: "),
        "{:?}",
        report_lines(&page)
    );
    assert!(report_lines(&page)[0].contains("Unleash says no."));
    soon("focus on the report", || focus_is_on_the_report(&page)).await;
    let document = page.root.inner_html();
    for link in four_links() {
        assert!(
            !document.contains(&link.secret()),
            "a secret is in the page"
        );
    }
    assert!(
        checkbox(&page, "Bravo")
            .unchecked_ref::<web_sys::HtmlInputElement>()
            .checked(),
        "the refused link stays selected"
    );
    assert!(text(&page.root).contains("1 link selected"));
}

#[wasm_bindgen_test]
async fn one_selected_link_is_asked_about_and_reported_as_one() {
    let page = listed().await;
    checkbox(&page, "Alpha").click();
    soon("one selected", || {
        text(&page.root).contains("1 link selected")
    })
    .await;
    button(&page.root, "Disable selected").click();
    soon("the question", || dialog_open(&page.root)).await;
    assert_eq!(text_of(&page.root, "dialog[open] h2"), "Disable this link?");
    assert_eq!(
        text_of(&page.root, "dialog[open] .uil-lines"),
        "Nobody can join with “Alpha” once it is disabled."
    );
    assert!(
        text_of(&page.root, "dialog[open]").contains("People who already joined through it keep"),
        "{}",
        text_of(&page.root, "dialog[open]")
    );
    assert!(dialog_button(&page.root, "Keep it enabled").is_connected());
    disabled("Alpha").queue();
    dialog_button(&page.root, "Disable link").click();
    soon("the report", || report(&page) == "Disabled 1 of 1 link.").await;
    assert_eq!(puts().len(), 1);
}

#[wasm_bindgen_test]
async fn stopping_midway_cancels_the_link_on_its_way_and_sends_no_more() {
    let page = listed().await;
    field(&page.root, "Select all 4 shown").click();
    soon("four selected", || {
        text(&page.root).contains("4 links selected")
    })
    .await;
    disabled("Alpha").queue();
    Reply::status(200).never().queue();
    disable_selected(&page, &["Alpha", "Bravo", "Charlie", "Delta"]).await;
    soon("the progress", || {
        text(&page.root).contains("Disabled 1 of 4 … now “Bravo”.")
    })
    .await;
    soon("focus on Stop disabling", || {
        focused_text() == "Stop disabling"
    })
    .await;
    let reads = list_reads();
    button(&page.root, "Stop disabling").click();
    soon("the report", || {
        report(&page).contains("Disabled 1 of 4 links.")
    })
    .await;
    list_read_after(reads).await;
    let lines = report_lines(&page);
    assert!(
        lines[0].starts_with("“Bravo”: Cancelled. Unleash may have disabled the link"),
        "{lines:?}"
    );
    assert_eq!(lines[1], "Not sent, once stopped: “Charlie”, “Delta”.");
    assert_eq!(puts().len(), 2, "nothing sent after Cancel");
    assert!(puts()[1].aborted, "the link on its way is aborted");
    soon("focus on the report", || focus_is_on_the_report(&page)).await;
}

#[wasm_bindgen_test]
async fn a_sign_in_needed_in_the_middle_waits_for_it_then_the_rest_follow() {
    let page = listed().await;
    for name in ["Bravo", "Charlie", "Delta"] {
        checkbox(&page, name).click();
    }
    disabled("Bravo").queue();
    Reply::error(401, json!({"message": "You must log in to use Unleash."})).queue();
    Reply::status(200).body(r#"{"id":1}"#).queue();
    disabled("Charlie").queue();
    disabled("Delta").queue();
    disable_selected(&page, &["Bravo", "Charlie", "Delta"]).await;
    soon("the progress waits on the second link", || {
        text(&page.root).contains("Disabled 1 of 3 … now “Charlie”.")
    })
    .await;
    sign_in_from(&page.root).await;
    soon("the report", || {
        report(&page).contains("Disabled 3 of 3 links.")
    })
    .await;
    assert!(report_lines(&page).is_empty(), "{:?}", report_lines(&page));
    let sent: Vec<String> = recorded_requests()
        .into_iter()
        .filter(|request| request.method != "GET")
        .map(|request| {
            let secret_of = |name| Token::named(name).secret();
            let what = ["Bravo", "Charlie", "Delta"]
                .into_iter()
                .find(|name| request.url.ends_with(&secret_of(*name)))
                .unwrap_or("sign-in");
            format!("{} {what}", request.method)
        })
        .collect();
    assert_eq!(
        sent,
        [
            "PUT Bravo",
            "PUT Charlie",
            "POST sign-in",
            "PUT Charlie",
            "PUT Delta"
        ],
        "Charlie again after the sign-in, then Delta"
    );
    soon("focus on the report", || focus_is_on_the_report(&page)).await;
}

#[wasm_bindgen_test]
async fn a_name_with_a_line_break_cannot_pass_for_another_link_in_the_question_or_the_report() {
    install_fetch_stub();
    let forged = Token::named("Ops\n“Prod SSO”").expiring_in(TimeDelta::days(1));
    Reply::list(&[
        forged,
        Token::named("Prod SSO").expiring_in(TimeDelta::days(2)),
    ])
    .for_the_list();
    let page = mount_page_under(BASE, BASE);
    soon("the list", || all(&page.root, ".uil-row").len() == 2).await;
    checkbox(&page, "Ops␊“Prod SSO”").click();
    checkbox(&page, "Prod SSO").click();
    Reply::error(400, json!({"message": "Unleash says no."})).queue();
    disabled("Prod SSO").queue();
    disable_selected(&page, &["Ops␊“Prod SSO”", "Prod SSO"]).await;
    soon("the report", || !report(&page).is_empty()).await;
    assert_eq!(
        report_lines(&page),
        ["“Ops␊“Prod SSO””: Unleash refused the request (HTTP 400): Unleash says no."],
        "the report's lines"
    );
}
