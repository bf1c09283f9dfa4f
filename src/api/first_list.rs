//! The standalone app's first list read, which `src/start.js` sends while the wasm is still loading
//! (when `index.html` names it in `<meta name="uil-first-list">`), so that the answer is often in
//! before the first render. Taken once; every later read asks Unleash again.
//!
//! `start.js` leaves `window.__uilFirstList = {controller, answer, timer, timedOut}`: `answer`
//! settles with the `Response`, or `null` when `fetch` failed; `timer` aborts the read 30 seconds
//! after it was sent, body included, and then sets `timedOut`.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Response};

use super::config::ApiConfig;
use super::error::ApiError;
use super::transport::{read, Answer, ANSWER_TIMEOUT};

const GLOBAL: &str = "__uilFirstList";

/// The answer `start.js` got. Dropping it before its body is read aborts the read.
pub(super) struct EarlyAnswer {
    response: Response,
    sent: EarlyRead,
}

impl EarlyAnswer {
    /// Reads the answer to the end, within what is left of `start.js`'s time limit.
    pub(super) async fn read(self) -> Result<Answer, ApiError> {
        read(self.response)
            .await
            .map_err(|error| self.sent.explain(error))
    }
}

/// The answer to the list read `start.js` sent, if it sent one this request could use (same origin,
/// session cookie) and no one has taken it yet. `None` means: ask Unleash now.
pub(super) async fn take(config: &ApiConfig) -> Option<Result<EarlyAnswer, ApiError>> {
    if !config.base_url.is_empty() || config.has_token() {
        return None;
    }
    let window: JsValue = web_sys::window()?.into();
    let sent = Reflect::get(&window, &GLOBAL.into()).ok()?;
    if !sent.is_object() {
        return None;
    }
    Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &GLOBAL.into()).ok()?;
    let sent = EarlyRead(sent);
    let answer: Promise = sent.field("answer")?.dyn_into().ok()?;
    let settled = JsFuture::from(answer).await.ok()?;
    match settled.dyn_into::<Response>() {
        Ok(response) => Some(Ok(EarlyAnswer { response, sent })),
        Err(_) if sent.timed_out() => Some(Err(timed_out())),
        Err(_) => None,
    }
}

/// What `start.js` left; dropping it stops the read and its timer.
struct EarlyRead(JsValue);

impl EarlyRead {
    fn field(&self, name: &str) -> Option<JsValue> {
        Reflect::get(&self.0, &name.into()).ok()
    }

    fn timed_out(&self) -> bool {
        self.field("timedOut").is_some_and(|flag| flag.is_truthy())
    }

    fn explain(&self, error: ApiError) -> ApiError {
        if self.timed_out() {
            timed_out()
        } else {
            error
        }
    }
}

impl Drop for EarlyRead {
    fn drop(&mut self) {
        if let Some(timer) = self.field("timer").and_then(|timer| timer.as_f64()) {
            if let Some(window) = web_sys::window() {
                window.clear_timeout_with_handle(timer as i32);
            }
        }
        if let Some(controller) = self
            .field("controller")
            .and_then(|controller| controller.dyn_into::<AbortController>().ok())
        {
            controller.abort();
        }
    }
}

fn timed_out() -> ApiError {
    ApiError::TimedOut {
        seconds: ANSWER_TIMEOUT.as_secs(),
    }
}
