//! The standalone app's first list read, which `src/start.js` sends while the wasm is still loading
//! (when `index.html` names it in `<meta name="uil-first-list">`), so that the answer is often in
//! before the first render. Taken once; every later read asks Unleash again.

use gloo_net::http::Response;
use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::AbortController;

use super::client::ANSWER_TIMEOUT;
use super::error::ApiError;
use crate::config::ApiConfig;

const GLOBAL: &str = "__uilFirstList";

/// The answer `start.js` got. Dropping it before its body is read aborts the read.
pub(super) struct EarlyAnswer {
    pub response: Response,
    _abort_when_dropped: Option<AbortWhenDropped>,
}

/// The answer to the list read `start.js` sent, if it sent one this request could use (same origin,
/// session cookie) and no one has taken it yet. `None` means: ask Unleash now.
pub(super) async fn take(config: &ApiConfig) -> Option<Result<EarlyAnswer, ApiError>> {
    if !config.base_url.is_empty() || config.token.is_some() {
        return None;
    }
    let window: JsValue = web_sys::window()?.into();
    let sent = Reflect::get(&window, &GLOBAL.into()).ok()?;
    if sent.is_undefined() {
        return None;
    }
    Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &GLOBAL.into()).ok()?;
    let abort_when_dropped = field(&sent, "controller")?
        .dyn_into::<AbortController>()
        .ok()
        .map(AbortWhenDropped);
    let answer: Promise = field(&sent, "answer")?.dyn_into().ok()?;
    let settled = JsFuture::from(answer).await.ok()?;
    let failed = match settled.dyn_into::<web_sys::Response>() {
        Ok(response) => {
            return Some(Ok(EarlyAnswer {
                response: Response::from(response),
                _abort_when_dropped: abort_when_dropped,
            }))
        }
        Err(failed) => failed,
    };
    field(&failed, "timedOut")?.is_truthy().then(|| {
        Err(ApiError::TimedOut {
            seconds: ANSWER_TIMEOUT.as_secs(),
        })
    })
}

fn field(object: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(object, &name.into()).ok()
}

/// Aborts the read if the page stops waiting for it (its view went away).
struct AbortWhenDropped(AbortController);

impl Drop for AbortWhenDropped {
    fn drop(&mut self) {
        self.0.abort();
    }
}
