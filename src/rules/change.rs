//! [`Change`]: one change a user asks for, as it is sent.

use chrono::{DateTime, Utc};

use crate::api::{CreateTokenRequest, PublicSignupToken};
use crate::config::LinkChangeKind;

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

    /// What a host hears of it once done.
    pub fn kind(&self) -> LinkChangeKind {
        match self {
            Change::Create(_) => LinkChangeKind::Created,
            _ => LinkChangeKind::Changed,
        }
    }
}
