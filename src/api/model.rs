//! The JSON the invite-link routes send and receive, exactly as the wire has them.
//!
//! Decoding is lenient where the real server is looser than its schema: `users` items carry only a few
//! fields, `role` may be `{}`, and a name may be stored as `null` or as a number.

use std::fmt;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::de;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Body of `POST /api/admin/invite-link/tokens`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateTokenRequest {
    /// The link's name, shown to administrators only.
    pub name: String,
    /// When the link stops working.
    #[serde(serialize_with = "rfc3339_millis")]
    pub expires_at: DateTime<Utc>,
}

/// Body of `PUT /api/admin/invite-link/tokens/{secret}`: only the fields to change are sent (Unleash
/// refuses `{}` and any other field).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateTokenRequest {
    /// A new expiry.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "optional_rfc3339_millis"
    )]
    pub expires_at: Option<DateTime<Utc>>,
    /// Switch the link on or off.
    #[serde(skip_serializing_if = "Option::is_none")]
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
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PublicSignupToken {
    /// The token itself. It is part of the link, so treat it like a password: never log it.
    pub secret: String,
    /// The sign-up address Unleash stored when it created the token; `None` when it has none.
    #[serde(default)]
    pub url: Option<String>,
    /// The link's name, as stored (a stored `null` reads as an empty name; the column is text, so a
    /// name sent as a number comes back as a string).
    #[serde(default, deserialize_with = "name_as_text")]
    pub name: String,
    /// The flag as the server stores it. It is NOT cleared on expiry: see [`crate::expiry::effective_enabled`].
    pub enabled: bool,
    /// When the link stops working.
    #[serde(deserialize_with = "rfc3339")]
    pub expires_at: DateTime<Utc>,
    /// When the link was created.
    #[serde(deserialize_with = "rfc3339")]
    pub created_at: DateTime<Utc>,
    /// The user name (or API token name) that created the link, when known.
    #[serde(default)]
    pub created_by: Option<String>,
    /// The people who have signed up through the link, when the server says.
    #[serde(default)]
    pub users: Option<Vec<TokenUser>>,
    /// The root role people get when they sign up through the link; may arrive as `{}`.
    #[serde(default)]
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

    /// The name as shown to people: Unleash accepts an empty one, which would leave nothing to click.
    pub fn shown_name(&self) -> String {
        if self.name.trim().is_empty() {
            "(no name)".to_owned()
        } else {
            self.name.clone()
        }
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
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct TokenUser {
    /// The user's id.
    pub id: i64,
    /// Display name, if set.
    #[serde(default)]
    pub name: Option<String>,
    /// User name, if set.
    #[serde(default)]
    pub username: Option<String>,
}

/// The role a link grants; every field is optional because `PUT` answers with `"role": {}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct TokenRole {
    /// The role's id (3 is Viewer).
    #[serde(default)]
    pub id: Option<i64>,
    /// The role's name, such as "Viewer".
    #[serde(default)]
    pub name: Option<String>,
    /// The role's type, such as "root".
    #[serde(default, rename = "type")]
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

impl TokenList {
    /// Reads a list answer; an error only when the answer as a whole is not a list of tokens.
    pub fn from_json(body: &str) -> Result<Self, serde_json::Error> {
        #[derive(Deserialize)]
        struct WireList<'a> {
            #[serde(borrow)]
            tokens: Vec<&'a serde_json::value::RawValue>,
        }
        let wire: WireList = serde_json::from_str(body)?;
        let decoded: Vec<Result<PublicSignupToken, _>> = wire
            .tokens
            .iter()
            .map(|token| serde_json::from_str(token.get()))
            .collect();
        let unreadable = decoded.iter().filter(|token| token.is_err()).count();
        Ok(TokenList {
            tokens: decoded.into_iter().flatten().collect(),
            unreadable,
        })
    }
}

/// What a successful create gives back: the token and the `location` header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreatedToken {
    /// The token as the server stored it.
    pub token: PublicSignupToken,
    /// The `location` header (relative, `tokens/<secret>`), when the server sent one.
    pub location: Option<String>,
}

/// Body of `POST /auth/simple/login`.
#[derive(Clone, Serialize)]
pub struct LoginRequest {
    /// Unleash user name or email.
    pub username: String,
    /// The password; never logged (this type has no `Debug`).
    pub password: String,
}

fn rfc3339_millis<S: Serializer>(at: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&at.to_rfc3339_opts(SecondsFormat::Millis, true))
}

fn optional_rfc3339_millis<S: Serializer>(
    at: &Option<DateTime<Utc>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => rfc3339_millis(at, serializer),
        None => serializer.serialize_none(),
    }
}

fn rfc3339<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    let text = String::deserialize(deserializer)?;
    DateTime::parse_from_rfc3339(&text)
        .map(|at| at.to_utc())
        .map_err(de::Error::custom)
}

/// Reads a stored name that may be `null` (Unleash stores what it is sent) as an empty name.
fn name_as_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(deserializer)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CREATED: &str = r#"{"secret":"cf07ffa93508407b2248a50fd859a172","name":"t1",
        "url":"http://localhost:4242/new-user?invite=cf07ffa93508407b2248a50fd859a172",
        "expiresAt":"2026-12-05T10:08:36.000Z","enabled":true,"createdAt":"2026-11-28T10:08:37.019Z",
        "createdBy":"admin","role":{"id":3,"name":"Viewer","type":"root"},"users":[]}"#;

    #[test]
    fn decodes_a_created_token_as_the_server_sends_it() {
        let token: PublicSignupToken = serde_json::from_str(CREATED).unwrap();
        assert_eq!(token.name, "t1");
        assert_eq!(
            token.url.as_deref(),
            Some("http://localhost:4242/new-user?invite=cf07ffa93508407b2248a50fd859a172")
        );
        assert_eq!(token.expires_at.to_rfc3339(), "2026-12-05T10:08:36+00:00");
        assert_eq!(token.created_by.as_deref(), Some("admin"));
        assert_eq!(token.role.name.as_deref(), Some("Viewer"));
        assert_eq!(token.joined_count(), 0);
    }

    #[test]
    fn decodes_nulls_an_empty_role_and_short_users() {
        let body = r#"{"secret":"s","name":null,"url":null,"expiresAt":"2026-12-05T10:08:36Z",
            "enabled":true,"createdAt":"2026-11-28T10:08:37Z","createdBy":null,"role":{},
            "users":[{"id":7,"name":null,"username":"ann"},{"id":8,"name":"Bo","username":null}]}"#;
        let token: PublicSignupToken = serde_json::from_str(body).unwrap();
        assert_eq!(token.name, "");
        assert_eq!(token.url, None);
        assert_eq!(token.created_by, None);
        assert_eq!(token.role, TokenRole::default());
        assert_eq!(token.joined_count(), 2);
        assert_eq!(token.users.unwrap()[0].username.as_deref(), Some("ann"));
    }

    #[test]
    fn debug_output_never_shows_the_secret_or_the_link() {
        let token: PublicSignupToken = serde_json::from_str(CREATED).unwrap();
        let printed = format!("{token:?}");
        assert!(!printed.contains("cf07ffa9"), "{printed}");
        assert!(printed.contains("t1"), "{printed}");
    }

    #[test]
    fn timestamps_with_an_offset_are_read_as_utc() {
        let body = CREATED.replace("2026-12-05T10:08:36.000Z", "2026-12-05T11:08:36+01:00");
        let token: PublicSignupToken = serde_json::from_str(&body).unwrap();
        assert_eq!(
            token.expires_at,
            "2026-12-05T10:08:36Z".parse::<DateTime<Utc>>().unwrap()
        );
        let bad = CREATED.replace("2026-12-05T10:08:36.000Z", "next week");
        assert!(serde_json::from_str::<PublicSignupToken>(&bad).is_err());
    }

    #[test]
    fn a_list_keeps_the_tokens_it_can_read_and_counts_the_others() {
        let broken = CREATED.replace(r#""secret":"cf07ffa93508407b2248a50fd859a172","#, "");
        let body = format!(r#"{{"tokens":[{CREATED},{broken},7]}}"#);
        let list = TokenList::from_json(&body).unwrap();
        assert_eq!(list.tokens.len(), 1);
        assert_eq!(list.tokens[0].name, "t1");
        assert_eq!(list.unreadable, 2);
        assert!(TokenList::from_json("<html>").is_err());
        assert!(TokenList::from_json(r#"{"tokens":{}}"#).is_err());
    }

    #[test]
    fn users_null_counts_as_nobody_joined() {
        let body = CREATED.replace(r#""users":[]"#, r#""users":null"#);
        let token: PublicSignupToken = serde_json::from_str(&body).unwrap();
        assert_eq!(token.joined_count(), 0);
    }

    #[test]
    fn the_create_body_has_exactly_name_and_expires_at() {
        let request = CreateTokenRequest {
            name: "Team".into(),
            expires_at: "2026-12-05T10:08:36.250Z".parse().unwrap(),
        };
        assert_eq!(
            serde_json::to_string(&request).unwrap(),
            r#"{"name":"Team","expiresAt":"2026-12-05T10:08:36.250Z"}"#
        );
    }

    #[test]
    fn an_update_sends_only_what_changes() {
        let extend = UpdateTokenRequest {
            expires_at: Some("2026-12-24T00:00:00Z".parse().unwrap()),
            enabled: None,
        };
        assert_eq!(
            serde_json::to_string(&extend).unwrap(),
            r#"{"expiresAt":"2026-12-24T00:00:00.000Z"}"#
        );
        let disable = UpdateTokenRequest {
            enabled: Some(false),
            ..UpdateTokenRequest::default()
        };
        assert_eq!(
            serde_json::to_string(&disable).unwrap(),
            r#"{"enabled":false}"#
        );
    }

    #[test]
    fn an_updated_token_keeps_the_role_the_put_answer_leaves_out() {
        let known: PublicSignupToken = serde_json::from_str(CREATED).unwrap();
        let answer = CREATED
            .replace(
                r#""role":{"id":3,"name":"Viewer","type":"root"}"#,
                r#""role":{}"#,
            )
            .replace(r#""enabled":true"#, r#""enabled":false"#);
        let answer: PublicSignupToken = serde_json::from_str(&answer).unwrap();
        let updated = known.updated_by(answer);
        assert!(!updated.enabled);
        assert_eq!(updated.role.name.as_deref(), Some("Viewer"));
    }

    #[test]
    fn a_token_missing_a_required_field_is_an_error_not_a_panic() {
        let body = CREATED.replace(r#""secret":"cf07ffa93508407b2248a50fd859a172","#, "");
        assert!(serde_json::from_str::<PublicSignupToken>(&body).is_err());
        assert!(serde_json::from_str::<PublicSignupToken>("<html>").is_err());
    }
}
