//! Requests to Unleash with gloo-net. Every failure comes back as an [`ApiError`].

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::{Method, RequestBuilder, Response};
use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};
use serde::de::DeserializeOwned;
use serde::Serialize;
use web_sys::{AbortController, RequestCredentials};

use super::error::ApiError;
use super::model::{
    CreateTokenRequest, CreatedToken, InviteValidity, LoginRequest, PublicSignupToken, TokenList,
    UpdateTokenRequest,
};
use crate::config::ApiConfig;

/// How long a request waits for Unleash's whole answer before it gives up ([`ApiError::TimedOut`]).
pub const ANSWER_TIMEOUT: Duration = Duration::from_secs(30);

const TOKENS_PATH: &str = "/api/admin/invite-link/tokens";
const LOGIN_PATH: &str = "/auth/simple/login";

/// Lists every invite link, enabled or not: `GET /api/admin/invite-link/tokens` (the first time,
/// possibly the answer to the read `start.js` sent early: see [`super::first_list`]).
pub async fn list_tokens(config: &ApiConfig) -> Result<TokenList, ApiError> {
    let answer = match super::first_list::take(config).await {
        Some(early) => {
            let early = early?;
            read(early.response).await?
        }
        None => send(config, Method::GET, TOKENS_PATH, None::<&()>).await?,
    };
    TokenList::from_json(&answer.body).map_err(|_| ApiError::UnreadableAnswer {
        status: answer.status,
    })
}

/// Creates an invite link: `POST /api/admin/invite-link/tokens`, expecting 201.
pub async fn create_token(
    config: &ApiConfig,
    request: &CreateTokenRequest,
) -> Result<CreatedToken, ApiError> {
    let answer = send(config, Method::POST, TOKENS_PATH, Some(request)).await?;
    let token = decode::<PublicSignupToken>(&answer)?;
    Ok(CreatedToken {
        token,
        location: answer.location,
    })
}

/// Changes a link's expiry or enabled flag: `PUT /api/admin/invite-link/tokens/{secret}`.
///
/// Returns `known` as changed. Unleash answers with the token but an empty `role`, so what the answer
/// leaves out is kept from `known` (see [`PublicSignupToken::updated_by`]).
pub async fn update_token(
    config: &ApiConfig,
    known: &PublicSignupToken,
    request: &UpdateTokenRequest,
) -> Result<PublicSignupToken, ApiError> {
    let path = format!("{TOKENS_PATH}/{}", path_segment(&known.secret));
    let answer = send(config, Method::PUT, &path, Some(request)).await?;
    Ok(known.updated_by(decode(&answer)?))
}

/// Asks Unleash's public sign-up check whether the link works right now:
/// `GET /invite/{secret}/validate` answers 200 when it does and 400 when it does not.
pub async fn validate_invite(config: &ApiConfig, secret: &str) -> Result<InviteValidity, ApiError> {
    let path = format!("/invite/{}/validate", path_segment(secret));
    match send(config, Method::GET, &path, None::<&()>).await {
        Ok(_) => Ok(InviteValidity::Accepted),
        Err(error) if error.status() == Some(400) => Ok(InviteValidity::Refused),
        Err(error) => Err(error),
    }
}

/// Signs in with Unleash's own user name and password; the browser keeps the session cookie.
pub async fn sign_in(config: &ApiConfig, request: &LoginRequest) -> Result<(), ApiError> {
    send(config, Method::POST, LOGIN_PATH, Some(request))
        .await
        .map(|_| ())
}

struct Answer {
    status: u16,
    location: Option<String>,
    body: String,
}

async fn send(
    config: &ApiConfig,
    method: Method,
    path: &str,
    body: Option<&impl Serialize>,
) -> Result<Answer, ApiError> {
    let timeout = config.answer_timeout.unwrap_or(ANSWER_TIMEOUT);
    let in_flight = InFlight::start(timeout);
    let mut builder = RequestBuilder::new(&format!("{}{path}", config.base_url))
        .method(method)
        .header("Accept", "application/json")
        .credentials(RequestCredentials::SameOrigin)
        .abort_signal(in_flight.signal().as_ref());
    if let Some(token) = &config.token {
        builder = builder.header("Authorization", token);
    }
    let request = match body {
        Some(body) => builder.json(body),
        None => builder.build(),
    };
    let answer = async {
        let response = request
            .map_err(network_error)?
            .send()
            .await
            .map_err(network_error)?;
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

async fn read(response: Response) -> Result<Answer, ApiError> {
    let status = response.status();
    let location = response.headers().get("location");
    let retry_after = response.headers().get("retry-after");
    let body = response.text().await.map_err(network_error)?;
    if (200..300).contains(&status) {
        Ok(Answer {
            status,
            location,
            body,
        })
    } else {
        Err(ApiError::from_answer_with_wait(
            status,
            &body,
            retry_after.as_deref(),
        ))
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

fn decode<T: DeserializeOwned>(answer: &Answer) -> Result<T, ApiError> {
    serde_json::from_str(&answer.body).map_err(|_| ApiError::UnreadableAnswer {
        status: answer.status,
    })
}

/// `text` made safe as one path segment: everything but ASCII letters, digits, `-` and `_` is
/// percent-encoded (a secret is hex, but the server's word is not the app's guarantee).
fn path_segment(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' => char::from(byte).to_string(),
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

fn network_error(error: gloo_net::Error) -> ApiError {
    ApiError::Network {
        description: error.to_string(),
    }
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
