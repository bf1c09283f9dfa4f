//! Requests to Unleash with gloo-net. Every failure comes back as an [`ApiError`].

use gloo_net::http::{RequestBuilder, Response};
use serde::Serialize;
use web_sys::RequestCredentials;

use super::error::ApiError;
use super::model::{CreateTokenRequest, CreatedToken, LoginRequest, PublicSignupToken};
use crate::config::ApiConfig;

const TOKENS_PATH: &str = "/api/admin/invite-link/tokens";
const LOGIN_PATH: &str = "/auth/simple/login";

/// Creates an invite link: `POST /api/admin/invite-link/tokens`, expecting 201.
pub async fn create_token(
    config: &ApiConfig,
    request: &CreateTokenRequest,
) -> Result<CreatedToken, ApiError> {
    let answer = post_json(config, TOKENS_PATH, request).await?;
    let token = decode::<PublicSignupToken>(&answer)?;
    Ok(CreatedToken { token, location: answer.location })
}

/// Signs in with Unleash's own user name and password; the browser keeps the session cookie.
pub async fn sign_in(config: &ApiConfig, request: &LoginRequest) -> Result<(), ApiError> {
    post_json(config, LOGIN_PATH, request).await.map(|_| ())
}

struct Answer {
    status: u16,
    location: Option<String>,
    body: String,
}

async fn post_json(
    config: &ApiConfig,
    path: &str,
    body: &impl Serialize,
) -> Result<Answer, ApiError> {
    let request = builder(config, RequestBuilder::new(&url(config, path)).method(gloo_net::http::Method::POST))
        .json(body)
        .map_err(network_error)?;
    let response = request.send().await.map_err(network_error)?;
    read(response).await
}

fn builder(config: &ApiConfig, request: RequestBuilder) -> RequestBuilder {
    let request = request
        .header("Accept", "application/json")
        .credentials(RequestCredentials::SameOrigin);
    match &config.token {
        Some(token) => request.header("Authorization", token),
        None => request,
    }
}

fn url(config: &ApiConfig, path: &str) -> String {
    format!("{}{path}", config.base_url)
}

async fn read(response: Response) -> Result<Answer, ApiError> {
    let status = response.status();
    let location = response.headers().get("location");
    let body = response.text().await.unwrap_or_default();
    if (200..300).contains(&status) {
        Ok(Answer { status, location, body })
    } else {
        Err(ApiError::from_answer(status, &body))
    }
}

fn decode<T: serde::de::DeserializeOwned>(answer: &Answer) -> Result<T, ApiError> {
    serde_json::from_str(&answer.body).map_err(|_| ApiError::UnreadableAnswer { status: answer.status })
}

fn network_error(error: gloo_net::Error) -> ApiError {
    ApiError::Network { description: error.to_string() }
}
