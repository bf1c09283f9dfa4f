//! The request a [`Change`] makes.

use crate::api::{self, ApiConfig, ApiError, PublicSignupToken, UpdateTokenRequest};
use crate::rules::change::Change;

/// Sends `change` to Unleash; the link as Unleash now has it.
pub(super) async fn send(
    change: &Change,
    config: &ApiConfig,
) -> Result<PublicSignupToken, ApiError> {
    match change {
        Change::Create(request) => api::create_token(config, request).await,
        Change::SetExpiry { link, expires_at } => {
            let body = UpdateTokenRequest {
                expires_at: Some(*expires_at),
                enabled: None,
            };
            api::update_token(config, link, &body).await
        }
        Change::SetEnabled { link, enabled } => {
            let body = UpdateTokenRequest {
                expires_at: None,
                enabled: Some(*enabled),
            };
            api::update_token(config, link, &body).await
        }
    }
}
