//! Requests to Unleash with gloo-net. Every failure comes back as an [`ApiError`].

use gloo_net::http::{Method, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use web_sys::RequestCredentials;

use super::error::ApiError;
use super::model::{CreateTokenRequest, CreatedToken, LoginRequest, PublicSignupToken, TokenList};
use crate::config::ApiConfig;

const TOKENS_PATH: &str = "/api/admin/invite-link/tokens";
const LOGIN_PATH: &str = "/auth/simple/login";

/// Lists every invite link, enabled or not: `GET /api/admin/invite-link/tokens`.
pub async fn list_tokens(config: &ApiConfig) -> Result<TokenList, ApiError> {
    let answer = send(config, Method::GET, TOKENS_PATH, None::<&()>).await?;
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
    let mut builder = RequestBuilder::new(&format!("{}{path}", config.base_url))
        .method(method)
        .header("Accept", "application/json")
        .credentials(RequestCredentials::SameOrigin);
    if let Some(token) = &config.token {
        builder = builder.header("Authorization", token);
    }
    let request = match body {
        Some(body) => builder.json(body),
        None => builder.build(),
    };
    let response = request
        .map_err(network_error)?
        .send()
        .await
        .map_err(network_error)?;
    read(response).await
}

async fn read(response: Response) -> Result<Answer, ApiError> {
    let status = response.status();
    let location = response.headers().get("location");
    let body = response.text().await.unwrap_or_default();
    if (200..300).contains(&status) {
        Ok(Answer {
            status,
            location,
            body,
        })
    } else {
        Err(ApiError::from_answer(status, &body))
    }
}

fn decode<T: DeserializeOwned>(answer: &Answer) -> Result<T, ApiError> {
    serde_json::from_str(&answer.body).map_err(|_| ApiError::UnreadableAnswer {
        status: answer.status,
    })
}

fn network_error(error: gloo_net::Error) -> ApiError {
    ApiError::Network {
        description: error.to_string(),
    }
}
