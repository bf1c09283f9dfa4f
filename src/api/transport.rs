//! Sending one request and reading its whole answer, within a time limit, with every failure (a
//! refused header, a bad address, a lost connection, an unreadable body, a `fetch` some script of the
//! host replaced) as an [`ApiError`]: nothing a request does throws or panics through the future that
//! awaits it. Built on `web_sys` directly: gloo-net's `Request::send` panics when `fetch` rejects
//! with anything but an `Error`, and its `text()` unwraps.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use js_sys::{Promise, Reflect, Uint8Array};
use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, Headers, ReadableStreamDefaultReader, RequestCredentials, RequestInit,
    RequestRedirect, Response, ResponseType, TextDecodeOptions, TextDecoder,
};

use super::config::{base_url_problem, ApiConfig, Credentials};
use super::error::ApiError;

/// How long a request waits for Unleash's whole answer, body included, before it gives up
/// ([`ApiError::TimedOut`]).
pub const ANSWER_TIMEOUT: Duration = Duration::from_secs(30);

/// The largest answer body a request reads, 32 MiB (a list of 10,000 links is a few MB): a larger
/// one is refused ([`ApiError::TooLarge`]) before it is read whole, so no answer can exhaust the
/// page's memory.
pub const ANSWER_LIMIT_BYTES: u32 = 32 << 20;

#[wasm_bindgen]
extern "C" {
    /// The page's `fetch`; an exception it throws comes back as `Err`.
    #[wasm_bindgen(catch, js_name = fetch)]
    fn fetch_request(request: &web_sys::Request) -> Result<Promise, JsValue>;
}

/// A successful answer, read to the end.
pub(super) struct Answer {
    pub status: u16,
    pub body: String,
}

/// Sends `method path` with `body` (JSON text) to the Unleash `config` names, and reads the answer.
pub(super) async fn send(
    config: &ApiConfig,
    method: &str,
    path: &str,
    body: Option<String>,
) -> Result<Answer, ApiError> {
    if let Some(problem) = base_url_problem(&config.base_url) {
        return Err(ApiError::UnusableBaseUrl(problem));
    }
    let timeout = config.answer_timeout.unwrap_or(ANSWER_TIMEOUT);
    let init = RequestInit::new();
    init.set_method(method);
    let headers = request_headers(&config.credentials, body.is_some())?;
    init.set_headers(&headers);
    init.set_credentials(RequestCredentials::SameOrigin);
    init.set_redirect(RequestRedirect::Manual);
    if let Some(body) = &body {
        init.set_body(&JsValue::from_str(body));
    }
    let in_flight = InFlight::start(timeout);
    init.set_signal(in_flight.signal().as_ref());
    let url = format!("{}{path}", config.base_url);
    let request = web_sys::Request::new_with_str_and_init(&url, &init).map_err(not_sent)?;
    let answer = async {
        let promise = fetch_request(&request).map_err(network_error)?;
        let response = JsFuture::from(promise).await.map_err(network_error)?;
        let response = response
            .dyn_into::<Response>()
            .map_err(|_| network_error(JsValue::from_str("fetch gave no response")))?;
        read(response).await
    }
    .await;
    match answer {
        Err(_) if in_flight.timed_out() => Err(ApiError::TimedOut {
            seconds: timeout.as_secs_f64().ceil() as u64,
        }),
        answer => answer,
    }
}

/// The request's headers, built so that a value the browser refuses is an error, not an exception.
fn request_headers(credentials: &Credentials, json_body: bool) -> Result<Headers, ApiError> {
    let headers = Headers::new().map_err(not_sent)?;
    headers
        .append("Accept", "application/json")
        .map_err(not_sent)?;
    if json_body {
        headers
            .append("Content-Type", "application/json")
            .map_err(not_sent)?;
    }
    match credentials {
        Credentials::SessionCookie => {}
        Credentials::Token(token) => headers
            .append("Authorization", token.header_value())
            .map_err(not_sent)?,
        Credentials::Unusable(problem) => return Err(ApiError::UnusableToken(*problem)),
    }
    Ok(headers)
}

/// Reads `response` to the end: the answer on a 2xx, otherwise the error it describes.
pub(super) async fn read(response: Response) -> Result<Answer, ApiError> {
    if response.type_() == ResponseType::Opaqueredirect {
        return Err(ApiError::Redirected);
    }
    let status = response.status();
    let headers = response.headers();
    let header = |name: &str| headers.get(name).ok().flatten();
    let retry_after = header("retry-after");
    let body = body_text(&response, status).await?;
    if (200..300).contains(&status) {
        Ok(Answer { status, body })
    } else {
        Err(ApiError::from_answer_with_wait(
            status,
            &body,
            retry_after.as_deref(),
        ))
    }
}

/// The body of `response` as text (UTF-8, like `Response.text()`), read chunk by chunk and given
/// up as soon as it passes [`ANSWER_LIMIT_BYTES`].
async fn body_text(response: &Response, status: u16) -> Result<String, ApiError> {
    let Some(stream) = response.body() else {
        return Ok(String::new());
    };
    let unreadable = |_| ApiError::UnreadableAnswer { status };
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let decoder = TextDecoder::new().map_err(unreadable)?;
    let streaming = TextDecodeOptions::new();
    streaming.set_stream(true);
    let (mut text, mut size) = (String::new(), 0u32);
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(network_error)?;
        if Reflect::get(&chunk, &"done".into()).is_ok_and(|done| done.is_truthy()) {
            break;
        }
        let bytes: Uint8Array = Reflect::get(&chunk, &"value".into())
            .ok()
            .and_then(|value| value.dyn_into().ok())
            .ok_or(ApiError::UnreadableAnswer { status })?;
        size = size.saturating_add(bytes.length());
        if size > ANSWER_LIMIT_BYTES {
            let _ = reader.cancel();
            return Err(ApiError::TooLarge { status });
        }
        let part = decoder
            .decode_with_buffer_source_and_options(&bytes, &streaming)
            .map_err(unreadable)?;
        text.push_str(&part);
    }
    text.push_str(&decoder.decode().map_err(unreadable)?);
    Ok(text)
}

/// What a thrown or rejected JavaScript value says: `"TypeError: Failed to fetch"`, a string as it
/// is, or nothing useful. Reads only strings, so no value can make it fail.
pub(super) fn js_description(value: &JsValue) -> String {
    if let Some(text) = value.as_string() {
        return text;
    }
    let field = |name: &str| {
        Reflect::get(value, &name.into())
            .ok()
            .and_then(|field| field.as_string())
    };
    match (field("name"), field("message")) {
        (Some(name), Some(message)) => format!("{name}: {message}"),
        (None, Some(message)) => message,
        (Some(name), None) => name,
        (None, None) => "no reason given".to_owned(),
    }
}

fn not_sent(error: JsValue) -> ApiError {
    ApiError::NotSent {
        description: js_description(&error),
    }
}

fn network_error(error: JsValue) -> ApiError {
    ApiError::Network {
        description: js_description(&error),
    }
}

/// One request on its way: it is aborted after its timeout, or as soon as the future that
/// sends it is dropped (its view went away, or the user cancelled), so nothing keeps running.
struct InFlight {
    controller: Option<AbortController>,
    timer: Option<TimeoutHandle>,
    timed_out: Rc<Cell<bool>>,
}

impl InFlight {
    fn start(timeout: Duration) -> Self {
        let controller = AbortController::new().ok();
        let timed_out = Rc::new(Cell::new(false));
        let timer = controller.clone().and_then(|controller| {
            let timed_out = Rc::clone(&timed_out);
            set_timeout_with_handle(
                move || {
                    timed_out.set(true);
                    controller.abort();
                },
                timeout,
            )
            .ok()
        });
        InFlight {
            controller,
            timer,
            timed_out,
        }
    }

    fn signal(&self) -> Option<web_sys::AbortSignal> {
        self.controller.as_ref().map(AbortController::signal)
    }

    fn timed_out(&self) -> bool {
        self.timed_out.get()
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Some(timer) = self.timer.take() {
            timer.clear();
        }
        if let Some(controller) = &self.controller {
            controller.abort();
        }
    }
}

/// `text` made safe as one path segment: everything but ASCII letters, digits, `-` and `_` is
/// percent-encoded (a secret is hex, but the server's word is not the app's guarantee).
pub(super) fn path_segment(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' => char::from(byte).to_string(),
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::path_segment;

    #[test]
    fn a_path_segment_cannot_leave_its_place_in_the_path() {
        assert_eq!(path_segment("cf07ffa9"), "cf07ffa9");
        assert_eq!(path_segment("../a b?c"), "%2E%2E%2Fa%20b%3Fc");
    }
}
