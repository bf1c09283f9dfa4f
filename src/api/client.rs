//! The requests the page makes to Unleash, one function each. Every failure comes back as an
//! [`ApiError`].

use super::config::ApiConfig;
use super::error::ApiError;
use super::json::Json;
use super::model::{
    CreateTokenRequest, InviteValidity, LoginRequest, PublicSignupToken, TokenList,
    UpdateTokenRequest,
};
use super::transport::{path_segment, send, Answer};

const TOKENS_PATH: &str = "/api/admin/invite-link/tokens";
const LOGIN_PATH: &str = "/auth/simple/login";
const ME_PATH: &str = "/api/admin/user";

/// Reads one of the page's own catalogue files at `address`: never from Unleash, never with a
/// token.
pub async fn catalogue_text(address: &str) -> Result<String, ApiError> {
    let answer = send(&ApiConfig::new(address), "GET", "", None).await?;
    Ok(answer.body)
}

/// Lists every invite link, enabled or not: `GET /api/admin/invite-link/tokens` (the first time,
/// possibly the answer to the read `start.js` sent early: see [`super::first_list`]).
pub async fn list_tokens(config: &ApiConfig) -> Result<TokenList, ApiError> {
    let answer = match super::first_list::take(config).await {
        Some(early) => {
            let early = early?;
            early.read().await?
        }
        None => send(config, "GET", TOKENS_PATH, None).await?,
    };
    TokenList::from_json(&answer.body).ok_or(ApiError::UnreadableAnswer {
        status: answer.status,
    })
}

/// Creates an invite link: `POST /api/admin/invite-link/tokens`, expecting 201 with the link as
/// Unleash stored it.
pub async fn create_token(
    config: &ApiConfig,
    request: &CreateTokenRequest,
) -> Result<PublicSignupToken, ApiError> {
    let answer = send(config, "POST", TOKENS_PATH, Some(request.to_json())).await?;
    decode(&answer)
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
    let answer = send(config, "PUT", &path, Some(request.to_json())).await?;
    Ok(known.updated_by(decode(&answer)?))
}

/// Asks Unleash's public sign-up check whether the link works right now:
/// `GET /invite/{secret}/validate` answers 200 when it does and 400 when it does not.
pub async fn validate_invite(config: &ApiConfig, secret: &str) -> Result<InviteValidity, ApiError> {
    let path = format!("/invite/{}/validate", path_segment(secret));
    match send(config, "GET", &path, None).await {
        Ok(_) => Ok(InviteValidity::Accepted),
        Err(error) if error.status() == Some(400) => Ok(InviteValidity::Refused),
        Err(error) => Err(error),
    }
}

/// Signs in with Unleash's own user name and password; the browser keeps the session cookie.
pub async fn sign_in(config: &ApiConfig, request: &LoginRequest) -> Result<(), ApiError> {
    send(config, "POST", LOGIN_PATH, Some(request.to_json())).await?;
    Ok(())
}

/// The names Unleash records as the creator of what the page's requests make, whoever they act as
/// (a session, a personal access token, an admin API token): `GET /api/admin/user`, its user's
/// `username` and `email`. For an API token the answer holds the token too; only the names are
/// read.
/// `None` when Unleash does not say.
pub async fn acting_names(config: &ApiConfig) -> Option<Vec<String>> {
    let answer = send(config, "GET", ME_PATH, None).await.ok()?;
    let user = Json::parse(&answer.body)?.field("user")?;
    let names: Vec<String> = ["username", "email"]
        .into_iter()
        .filter_map(|field| user.field(field)?.text())
        .filter(|name| !name.is_empty())
        .collect();
    (!names.is_empty()).then_some(names)
}

fn decode(answer: &Answer) -> Result<PublicSignupToken, ApiError> {
    PublicSignupToken::from_json_text(&answer.body).ok_or(ApiError::UnreadableAnswer {
        status: answer.status,
    })
}
