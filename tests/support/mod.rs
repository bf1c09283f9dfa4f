//! Helpers for the browser tests: mount a component, find things the way a person does, and answer
//! `fetch` with canned responses while recording what the app sent.

#![allow(dead_code)]

#[cfg(feature = "embed")]
mod element;
mod fixture;

#[cfg(feature = "embed")]
#[allow(unused_imports)]
pub use element::{element, host_area, listed, page_in};

#[allow(unused_imports)]
pub use fixture::{list_of, Reply, Token};

use std::time::Duration;

use js_sys::{Promise, Reflect};
use leptos::prelude::*;
use unleash_invite_links::config::InviteLinksConfig;
use unleash_invite_links::mount::{mount_view, MountedView};
use unleash_invite_links::routes::InviteLinksApp;
use unleash_invite_links::testing::local_time;
use unleash_invite_links::testing::{Clock, Waits};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, HtmlInputElement};

#[wasm_bindgen(module = "/tests/support/fetch_stub.js")]
extern "C" {
    /// Replaces `window.fetch`; every call is recorded and answered (list GETs apart, from the queue).
    pub fn install_fetch_stub();
    /// Leaves an answer (status, body, headers as JSON) where `src/start.js` leaves its early list read.
    pub fn leave_early_list(status: u16, body: &str, headers: &str);
    /// Leaves what `src/start.js` leaves when its early list read got no answer in time.
    pub fn leave_early_list_timed_out();
    /// Leaves an early list answer whose body never ends; after `limit_ms` it is aborted as
    /// `src/start.js`'s time limit aborts it.
    pub fn leave_early_list_whose_body_stalls(limit_ms: u32);
    /// Queues a `fetch` that rejects with a plain object instead of an `Error`.
    pub fn queue_odd_rejection();
    /// Lets every held answer go ([`Reply::held`]); returns how many there were.
    pub fn release_held_answers() -> u32;
    /// How many requests wait for a held answer now.
    pub fn held_answers() -> u32;
    /// Whether the early list read left by [`leave_early_list`] was aborted.
    pub fn early_list_aborted() -> bool;
    /// Queues an answer: `status`, `body`, extra headers as a JSON object text, and a delay.
    pub fn queue_answer(status: u16, body: &str, headers_json: &str, delay_ms: u32);
    /// Queues a network failure (the promise rejects with a TypeError).
    pub fn queue_network_failure(message: &str);
    /// How GETs of the link list are answered from now on (by default: 200, no links, at once).
    pub fn set_list_answer(status: u16, body: &str, delay_ms: u32);
    /// How searches of the event log are answered from now on (by default: 200, no events).
    pub fn set_events_answer(status: u16, body: &str);
    /// Queues the answer to the next search of the event log, before the default one.
    pub fn queue_events_page(status: u16, body: &str, delay_ms: u32);
    /// The requests seen so far, as a JSON array of `{method, url, body, headers}`.
    pub fn recorded_requests_json() -> String;
    /// GETs of the link list are answered 200 with a body of `chunks` MiB, made as it is read.
    pub fn set_list_stream(chunks: u32);
    /// Serves `body` as the catalogue file of `language` (`/lang/<language>-<hash>.json`).
    pub fn set_catalogue(language: &str, body: &str);
    /// How many bytes of the streamed list body the page has taken.
    pub fn stream_bytes_read() -> f64;
    /// Queues a redirect, as `fetch` gives it to a request with `redirect: "manual"`.
    pub fn queue_redirect();
}

#[wasm_bindgen(module = "/tests/support/leak_watch.js")]
extern "C" {
    /// Starts counting listeners on `window` and `document`, and pending timers (once per page).
    pub fn watch_listeners_and_timers();
    /// How many listeners on `window` and `document` are registered now.
    pub fn live_listeners() -> u32;
    /// How many timers are pending now.
    pub fn live_timers() -> u32;
    /// Everything a host page's scripts could read under `root` (markup, open shadow roots, field
    /// values).
    fn everything_in(root: &Element) -> String;
}

// A fifth file of JavaScript beside these four (the element's included) made the test page's load
// hang in headless Chromium in 4 of 10 runs: the seventh script it asks for at once got no answer
// from the test runner's server (ChromeDriver's network log), and the runner waits for the load
// with no time limit. With the function in leak_watch.js, 0 of 12. Add to these files.

/// Whether `needle` is anywhere a host page's scripts could read it under `root`: in the markup,
/// inside an open shadow root, or in a field's current value.
pub fn readable_in(root: &Element, needle: &str) -> bool {
    everything_in(root).contains(needle)
}

#[wasm_bindgen(module = "/tests/support/error_watch.js")]
extern "C" {
    /// Starts (or restarts) recording uncaught errors, unhandled rejections, `console.error` and
    /// `console.warn` (Leptos's warnings in a debug build).
    pub fn watch_for_errors();
    /// What was recorded since [`watch_for_errors`], one line each; empty when nothing went wrong.
    pub fn errors_seen() -> String;
}

/// One request the app sent.
#[derive(Debug, serde::Deserialize)]
pub struct RecordedRequest {
    pub method: String,
    pub url: String,
    pub body: String,
    pub headers: serde_json::Map<String, serde_json::Value>,
    /// What the request does with a redirect: `follow`, `manual` or `error`.
    #[serde(default)]
    pub redirect: String,
    /// Whether the app aborted it before the answer came.
    #[serde(default)]
    pub aborted: bool,
}

/// Every request the app has sent since the stub was installed.
pub fn recorded_requests() -> Vec<RecordedRequest> {
    serde_json::from_str(&recorded_requests_json()).expect("the stub records JSON")
}

/// The POST requests the app has sent (creating links, signing in), in order.
pub fn posts() -> Vec<RecordedRequest> {
    recorded_requests()
        .into_iter()
        .filter(|request| request.method == "POST")
        .collect()
}

/// A component mounted into a fresh `<div data-test-root>`; dropping it unmounts and removes the div.
/// A test that panics skips the drop, so [`mount`] also clears what an earlier test left behind.
pub struct Mounted {
    pub root: HtmlElement,
    id: usize,
}

thread_local! {
    /// The views mounted and not yet dropped; a test that panicked leaves its view here.
    static LIVE: std::cell::RefCell<Vec<(usize, MountedView)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn unmount_where(keep: impl Fn(usize) -> bool) {
    let gone: Vec<(usize, MountedView)> = LIVE.with(|live| {
        let (gone, kept) = live.take().into_iter().partition(|(id, _)| !keep(*id));
        *live.borrow_mut() = kept;
        gone
    });
    for (_, mut view) in gone {
        view.unmount();
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        for dialog in all(&self.root, "dialog[open]") {
            dialog
                .unchecked_into::<web_sys::HtmlDialogElement>()
                .close();
        }
        let id = self.id;
        unmount_where(|live| live != id);
        self.root.remove();
    }
}

/// The page's waits in tests: the links are read again at once after an unknown outcome, and an
/// answer is never "slow" however loaded the machine is. A test of either provides its own
/// [`Waits`] inside the view it mounts, which wins over these.
pub const TEST_WAITS: Waits = Waits {
    slow_answer: Duration::from_secs(3600),
    reread: Duration::ZERO,
};

/// Mounts `view` into a new `<div>` at the end of the body, with [`TEST_WAITS`].
pub fn mount<F, N>(view: F) -> Mounted
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let document = web_sys::window().unwrap().document().unwrap();
    unmount_where(|_| false);
    for leftover in all(&document.body().unwrap(), "[data-test-root]") {
        for dialog in all(&leftover, "dialog[open]") {
            dialog
                .unchecked_into::<web_sys::HtmlDialogElement>()
                .close();
        }
        leftover.remove();
    }
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    root.set_attribute("data-test-root", "").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let id = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let view = mount_view(root.clone(), move || {
        provide_context(TEST_WAITS);
        view()
    });
    LIVE.with(|live| live.borrow_mut().push((id, view)));
    Mounted { root, id }
}

/// The address the test page had when it loaded; every mounted page starts from there.
pub fn start_address() -> String {
    thread_local! {
        static START: String = web_sys::window().unwrap().location().pathname().unwrap();
    }
    START.with(Clone::clone)
}

/// Puts `path` in the address bar, as a person opening that address would (without a reload).
pub fn go_to(path: &str) {
    start_address();
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(path))
        .unwrap();
}

/// The path in the address bar now.
pub fn current_path() -> String {
    web_sys::window().unwrap().location().pathname().unwrap()
}

/// The whole invite-links app (router included) with Unleash on this origin, at the test page's address.
pub fn mount_page() -> Mounted {
    mount_page_with(InviteLinksConfig::default())
}

/// The whole invite-links app with `config`, at the test page's address.
pub fn mount_page_with(config: InviteLinksConfig) -> Mounted {
    let base = start_address();
    go_to(&base);
    mount(move || view! { <InviteLinksApp config base_path=base /> })
}

/// The whole app with Unleash on this origin and the page's clock reading `instant` now, at the test
/// page's address.
pub fn mount_page_at(instant: chrono::DateTime<chrono::Utc>) -> Mounted {
    let base = start_address();
    go_to(&base);
    mount(move || {
        provide_context(Clock::starting_at(instant));
        view! { <InviteLinksApp base_path=base /> }
    })
}

/// The whole app under `base`, opened at `path`, with `clock` as the page's time (such as a clock
/// that stands still until the test moves it).
pub fn mount_page_under_with_clock(base: &str, path: &str, clock: Clock) -> Mounted {
    let base = base.to_owned();
    go_to(path);
    mount(move || {
        provide_context(clock);
        view! { <InviteLinksApp base_path=base /> }
    })
}

/// The whole app under `base`, opened at `path` (`base` itself, or an address below it).
pub fn mount_page_under(base: &'static str, path: &str) -> Mounted {
    mount_page_under_with(base, path, InviteLinksConfig::default())
}

/// [`mount_page_under`], with `config`.
pub fn mount_page_under_with(base: &'static str, path: &str, config: InviteLinksConfig) -> Mounted {
    go_to(path);
    mount(move || view! { <InviteLinksApp config base_path=base /> })
}

/// [`mount_page_under`], with the page's clock reading `instant` now.
pub fn mount_page_under_at(
    base: &'static str,
    path: &str,
    instant: chrono::DateTime<chrono::Utc>,
) -> Mounted {
    go_to(path);
    mount(move || {
        provide_context(Clock::starting_at(instant));
        view! { <InviteLinksApp base_path=base /> }
    })
}

/// The next 00:00 UTC after this moment: Unleash stops accepting a link on the UTC day it expires,
/// so tests that care about hours put the page's clock a chosen distance before this midnight.
pub fn next_utc_midnight() -> chrono::DateTime<chrono::Utc> {
    let now = local_time::now();
    now.date_naive().and_time(chrono::NaiveTime::MIN).and_utc() + chrono::TimeDelta::days(1)
}

/// Waits `millis` milliseconds of real time.
pub async fn sleep(millis: u32) {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis as i32)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Resolves once every task and microtask queued before the call has run (one zero-delay timer
/// later): what follows any work a step queued, however slow the machine, without waiting a length
/// of time. For a check that something did not happen, wait for a named event first where there is
/// one (a list read, an answer, a text).
pub async fn queued_work_done() {
    sleep(0).await;
}

/// Waits until `condition` holds, checking every 20 ms; panics with `what` after `limit`.
pub async fn eventually(what: &str, limit: Duration, condition: impl Fn() -> bool) {
    let mut waited = 0;
    while !condition() {
        if waited >= limit.as_millis() {
            let document = web_sys::window().unwrap().document().unwrap();
            let root = document.query_selector("[data-test-root]").unwrap();
            let shown = root
                .and_then(|root| root.text_content())
                .unwrap_or_default();
            panic!("timed out waiting for: {what}\nthe component shows: {shown}");
        }
        sleep(20).await;
        waited += 20;
    }
}

/// Waits up to five seconds for `condition` (a fresh headless Firefox can be slow at first).
pub async fn soon(what: &str, condition: impl Fn() -> bool) {
    eventually(what, Duration::from_secs(5), condition).await;
}

/// All elements under `root` matching a CSS selector.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// Whether there is a button whose visible text is exactly `text`.
pub fn has_button(root: &Element, text: &str) -> bool {
    all(root, "button")
        .iter()
        .any(|button| button.text_content().unwrap_or_default().trim() == text)
}

/// Clicks a plain link of the host page to `href` and says whether something on the page took the
/// click over (prevented the browser's navigation), as a leftover or over-eager router would.
pub fn host_link_click_is_taken_over(href: &str) -> bool {
    let code = format!(
        "(() => {{
            let prevented = null;
            const look = (event) => {{ prevented = event.defaultPrevented; event.preventDefault(); }};
            window.addEventListener('click', look);
            const link = document.createElement('a');
            link.href = {href:?};
            document.body.append(link);
            link.click();
            link.remove();
            window.removeEventListener('click', look);
            return prevented;
        }})()"
    );
    run_js(&code)
        .as_bool()
        .expect("the click reached the window")
}

/// The text of the element that has keyboard focus; empty when nothing has (the body).
/// Looks inside shadow roots, as a person sees focus inside `<unleash-invite-links>`.
pub fn focused_text() -> String {
    let mut active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    while let Some(inner) = active
        .as_ref()
        .and_then(|element| element.shadow_root())
        .and_then(|root| root.active_element())
    {
        active = Some(inner);
    }
    active
        .filter(|element| element.tag_name() != "BODY")
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

/// Opens the details of the first link in the list by its name, as a person would, and waits for them.
pub async fn open_first_link(root: &Element) {
    soon("a link in the list", || {
        root.query_selector(".uil-row th a").unwrap().is_some()
    })
    .await;
    let name: HtmlElement = root
        .query_selector(".uil-row th a")
        .unwrap()
        .unwrap()
        .unchecked_into();
    name.click();
    soon("the link's details", || {
        text(root).contains("Does it work right now?")
    })
    .await;
}

/// Waits for Unleash's sign-in form, fills it in and presses "Sign in".
pub async fn sign_in_from(root: &Element) {
    soon("sign-in is offered", || {
        text(root).contains("Sign in to Unleash")
    })
    .await;
    type_into(&field(root, "User name"), "admin");
    type_into(&field(root, "Password"), "secret");
    button(root, "Sign in").click();
}

/// `instant` as the browser itself writes it in the user's locale and time zone, with the zone named
/// (the format the page uses for times), so that a test writes the instant out, not the wording.
pub fn browser_local_time(instant: &str) -> String {
    run_js(&format!(
        "new Intl.DateTimeFormat(undefined, {{year: 'numeric', month: 'short', day: 'numeric', \
         hour: 'numeric', minute: '2-digit', timeZoneName: 'short'}}).format(new Date('{instant}'))"
    ))
    .as_string()
    .unwrap()
}

/// Waits until the list has been read more often than `reads` times: what a sign-in does after it
/// has sent on any change that waited for it, so a change sent twice (or after it was given up)
/// has been sent by then.
pub async fn list_read_after(reads: usize) {
    soon("the list is read again", || list_reads() > reads).await;
}

/// Presses "Create invite link" once the page shows it, and waits for the dialog.
pub async fn open_create_dialog(root: &Element) {
    soon("the page shows Create invite link", || {
        has_button(root, "Create invite link")
    })
    .await;
    button(root, "Create invite link").click();
    soon("the dialog opens", || dialog_open(root)).await;
}

/// The button whose visible text is exactly `text`.
pub fn button(root: &Element, text: &str) -> HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|button| button.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text:?}"))
        .unchecked_into()
}

/// The button whose visible text is exactly `text` inside the open dialog.
pub fn dialog_button(root: &Element, text: &str) -> HtmlElement {
    all(root, "dialog[open] button")
        .into_iter()
        .find(|button| button.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text:?} in an open dialog"))
        .unchecked_into()
}

/// The list reads the app has sent so far (`GET /api/admin/invite-link/tokens`).
pub fn list_reads() -> usize {
    recorded_requests()
        .iter()
        .filter(|request| {
            request.method == "GET" && request.url.ends_with("/api/admin/invite-link/tokens")
        })
        .count()
}

/// The form field labelled `label` (by `<label for>` or a wrapping `<label>`).
pub fn field(root: &Element, label: &str) -> HtmlInputElement {
    let label_element = all(root, "label")
        .into_iter()
        .find(|element| element.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no label {label:?}"));
    let target = match label_element.get_attribute("for") {
        Some(id) => root.query_selector(&format!("#{id}")).unwrap(),
        None => label_element.query_selector("input").unwrap(),
    };
    target
        .unwrap_or_else(|| panic!("label {label:?} names no field"))
        .unchecked_into()
}

/// The problem shown beside the field labelled `label` (the element its `aria-describedby` names).
pub fn problem_beside(root: &Element, label: &str) -> String {
    let id = field(root, label)
        .get_attribute("aria-describedby")
        .unwrap_or_default();
    text_of(root, &format!("#{id}"))
}

/// The text a person reads in the element labelled by a `<dt>` of `term` (its `<dd>`).
pub fn fact(root: &Element, term: &str) -> String {
    all(root, "dt")
        .into_iter()
        .find(|dt| dt.text_content().unwrap_or_default().trim() == term)
        .and_then(|dt| dt.next_element_sibling())
        .and_then(|dd| dd.text_content())
        .unwrap_or_else(|| panic!("no fact {term:?}"))
        .trim()
        .to_owned()
}

/// Types `text` into `input` as a user would, firing the `input` event.
pub fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

/// Checks a radio button as a click would.
pub fn choose(input: &HtmlInputElement) {
    input.click();
}

/// The visible text under `root`.
pub fn text(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

/// The text of the first element matching `selector` that has some.
pub fn text_of(root: &Element, selector: &str) -> String {
    all(root, selector)
        .into_iter()
        .map(|element| element.text_content().unwrap_or_default())
        .find(|text| !text.trim().is_empty())
        .unwrap_or_default()
}

/// Whether a `<dialog>` under `root` is open.
pub fn dialog_open(root: &Element) -> bool {
    !all(root, "dialog")
        .iter()
        .all(|dialog| !Reflect::get(dialog, &"open".into()).unwrap().is_truthy())
}

/// Evaluates a JavaScript expression in the page (for things a test must arrange, such as a browser
/// without the Clipboard API).
pub fn run_js(code: &str) -> JsValue {
    js_sys::eval(code).unwrap()
}

/// Awaits a promise-valued JavaScript expression.
pub async fn await_js(code: &str) -> Result<JsValue, JsValue> {
    let promise: Promise = js_sys::eval(code)?.unchecked_into();
    JsFuture::from(promise).await
}

/// The Clipboard API taken away until dropped, as on plain http from a host that is not loopback,
/// with the legacy copy command (`document.execCommand`) replaced too.
pub struct WithoutClipboardApi;

impl WithoutClipboardApi {
    /// The legacy copy command fails as well.
    pub fn nor_copy_command() -> Self {
        Self::install("() => false")
    }

    /// The legacy copy command works: it records the text selected in the focused field (inside
    /// shadow roots too), read back with [`WithoutClipboardApi::copied`].
    pub fn with_copy_command() -> Self {
        Self::install(
            "(command) => {
                 let active = document.activeElement;
                 while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
                 if (command !== 'copy' || !active || active.selectionEnd == null) return false;
                 window.__uilCopied.push(active.value.slice(active.selectionStart, active.selectionEnd));
                 return true;
             }",
        )
    }

    /// What the legacy copy command copied, oldest first.
    pub fn copied() -> Vec<String> {
        let copied: js_sys::Array = run_js("window.__uilCopied").unchecked_into();
        copied.iter().filter_map(|text| text.as_string()).collect()
    }

    fn install(exec_command: &str) -> Self {
        run_js(&format!(
            "window.__uilSaved = [Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard'), document.execCommand];
             Object.defineProperty(Navigator.prototype, 'clipboard', {{ get: () => undefined, configurable: true }});
             window.__uilCopied = [];
             document.execCommand = {exec_command};"
        ));
        WithoutClipboardApi
    }
}

impl Drop for WithoutClipboardApi {
    fn drop(&mut self) {
        run_js(
            "Object.defineProperty(Navigator.prototype, 'clipboard', window.__uilSaved[0]);
             document.execCommand = window.__uilSaved[1];",
        );
    }
}

/// The characters in `shown` that could make a name pass for another entry or turn the text around
/// it: control characters (line breaks included), U+2028 and U+2029, and bidi controls.
pub fn forging_characters(shown: &str) -> Vec<char> {
    shown
        .chars()
        .filter(|c| {
            c.is_control()
                || matches!(
                    c,
                    '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
                )
                || ('\u{202a}'..='\u{202e}').contains(c)
                || ('\u{2066}'..='\u{2069}').contains(c)
        })
        .collect()
}
