//! What the invite-link routes send and receive, field by field as the wire has them (read and
//! written in [`super::wire`]).

use std::fmt;

use chrono::{DateTime, Utc};

/// Body of `POST /api/admin/invite-link/tokens`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreateTokenRequest {
    /// The link's name, shown to administrators only.
    pub name: String,
    /// When the link stops working.
    pub expires_at: DateTime<Utc>,
}

/// Body of `PUT /api/admin/invite-link/tokens/{secret}`: only the fields to change are sent (Unleash
/// refuses `{}` and any other field).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpdateTokenRequest {
    /// A new expiry.
    pub expires_at: Option<DateTime<Utc>>,
    /// Switch the link on or off.
    pub enabled: Option<bool>,
}

/// What Unleash's public check (`GET /invite/{secret}/validate`) says of a link right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InviteValidity {
    /// 200: someone opening the link now can sign up.
    Accepted,
    /// 400: the link is unknown, disabled or (by Unleash's calendar-day rule) expired.
    Refused,
}

/// A public sign-up token ("invite link") as Unleash returns it. Its `Debug` hides the secret and the URL.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicSignupToken {
    /// The token itself. It is part of the link, so treat it like a password: never log it.
    pub secret: String,
    /// The sign-up address Unleash stored when it created the token; `None` when it has none.
    pub url: Option<String>,
    /// The link's name, as stored (a stored `null` reads as an empty name; the column is text, so a
    /// name sent as a number comes back as a string).
    pub name: String,
    /// The flag as the server stores it. It is NOT cleared on expiry: the page derives the flag it
    /// shows from this and the expiry (`rules::expiry::effective_enabled`).
    pub enabled: bool,
    /// When the link stops working.
    pub expires_at: DateTime<Utc>,
    /// When the link was created.
    pub created_at: DateTime<Utc>,
    /// The user name (or API token name) that created the link, when known.
    pub created_by: Option<String>,
    /// The people who have signed up through the link, when the server says.
    pub users: Option<Vec<TokenUser>>,
    /// The root role people get when they sign up through the link; may arrive as `{}`.
    pub role: TokenRole,
}

impl fmt::Debug for PublicSignupToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublicSignupToken")
            .field("secret", &"<redacted>")
            .field("name", &self.name)
            .field("enabled", &self.enabled)
            .field("expires_at", &self.expires_at)
            .field("created_by", &self.created_by)
            .finish_non_exhaustive()
    }
}

impl PublicSignupToken {
    /// How many people have signed up through this link.
    pub fn joined_count(&self) -> usize {
        self.users.as_ref().map_or(0, Vec::len)
    }

    /// This token as a `PUT` answered it, keeping what the answer leaves out: Unleash answers
    /// `"role": {}` (and may omit `url` or `users`), while the role is still the one already known.
    pub fn updated_by(&self, mut answer: PublicSignupToken) -> PublicSignupToken {
        if answer.role == TokenRole::default() {
            answer.role = self.role.clone();
        }
        if answer.url.is_none() {
            answer.url = self.url.clone();
        }
        if answer.users.is_none() {
            answer.users = self.users.clone();
        }
        answer
    }
}

/// A user who signed up through a link, as the wire carries it (only a few fields).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenUser {
    /// The user's id.
    pub id: i64,
    /// Display name, if set.
    pub name: Option<String>,
    /// User name, if set.
    pub username: Option<String>,
}

/// The role a link grants; every field is optional because `PUT` answers with `"role": {}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TokenRole {
    /// The role's id (3 is Viewer).
    pub id: Option<i64>,
    /// The role's name, such as "Viewer".
    pub name: Option<String>,
    /// The role's type, such as "root".
    pub role_type: Option<String>,
}

/// Body of `GET /api/admin/invite-link/tokens`, read token by token so that one token the app cannot
/// read does not hide the others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenList {
    /// Every token that could be read, enabled or not, in no particular order.
    pub tokens: Vec<PublicSignupToken>,
    /// How many tokens in the answer could not be read.
    pub unreadable: usize,
}

/// Body of `POST /auth/simple/login`.
#[derive(Clone)]
pub struct LoginRequest {
    /// Unleash user name or email.
    pub username: String,
    /// The password; never logged (this type has no `Debug`).
    pub password: String,
}

#[cfg(test)]
impl PublicSignupToken {
    /// A link named `name` (its secret `secret-<name>`), read from JSON as Unleash lists it: for the
    /// crate's unit tests.
    pub(crate) fn sample(name: &str, enabled: bool) -> Self {
        PublicSignupToken::from_json_text(
            &serde_json::json!({
                "secret": format!("secret-{name}"), "name": name, "url": null, "enabled": enabled,
                "expiresAt": "2026-12-06T00:00:00Z", "createdAt": "2026-11-28T00:00:00Z",
            })
            .to_string(),
        )
        .unwrap()
    }
}
