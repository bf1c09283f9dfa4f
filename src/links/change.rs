//! [`Change`]: one change a user asks for, and the request that makes it.

use chrono::{DateTime, Utc};

use crate::api::UpdateTokenRequest;
use crate::api::{self, ApiConfig, ApiError, CreateTokenRequest, PublicSignupToken};
use crate::shell::config::LinkChangeKind;

/// A change to the links, as the user asked for it (the time in it is the one computed at the press).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A new link.
    Create(CreateTokenRequest),
    /// A new expiry for `link`.
    SetExpiry {
        /// The link as the page knew it.
        link: PublicSignupToken,
        /// The new expiry.
        expires_at: DateTime<Utc>,
    },
    /// Disable (`false`) or enable (`true`) `link`.
    SetEnabled {
        /// The link as the page knew it.
        link: PublicSignupToken,
        /// The new flag.
        enabled: bool,
    },
}

impl Change {
    /// The secret of the link changed; `None` for a create.
    pub fn secret(&self) -> Option<&str> {
        match self {
            Change::Create(_) => None,
            Change::SetExpiry { link, .. } | Change::SetEnabled { link, .. } => Some(&link.secret),
        }
    }

    /// Sends the change to Unleash; the link as Unleash now has it.
    pub async fn send(&self, config: &ApiConfig) -> Result<PublicSignupToken, ApiError> {
        match self {
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

    /// What a host hears of it once done.
    pub fn kind(&self) -> LinkChangeKind {
        match self {
            Change::Create(_) => LinkChangeKind::Created,
            _ => LinkChangeKind::Changed,
        }
    }
}
