//! The JSON of the invite-link routes: each request written as Unleash expects it, each answer read
//! field by field (see [`super::json`]).
//!
//! Reading is lenient where the real server is looser than its schema: `users` items carry only a few
//! fields, `role` may be `{}` or `null`, and a name may be stored as `null`. A token missing a field it
//! must have, or holding a value of the wrong type, is not read at all.

use chrono::{DateTime, SecondsFormat, Utc};

use super::json::{object, quoted, Json, WrongType};
use super::model::{
    CreateTokenRequest, LoginRequest, PublicSignupToken, TokenList, TokenRole, TokenUser,
    UpdateTokenRequest,
};

impl CreateTokenRequest {
    /// The request body: `{"name", "expiresAt"}`, the time in UTC with milliseconds.
    pub fn to_json(&self) -> String {
        object(&[
            ("name", quoted(&self.name)),
            ("expiresAt", quoted(&rfc3339_millis(&self.expires_at))),
        ])
    }
}

impl UpdateTokenRequest {
    /// The request body, with only the fields to change (Unleash refuses `{}` and any other field).
    pub fn to_json(&self) -> String {
        let mut fields = Vec::new();
        if let Some(expires_at) = &self.expires_at {
            fields.push(("expiresAt", quoted(&rfc3339_millis(expires_at))));
        }
        if let Some(enabled) = self.enabled {
            fields.push(("enabled", enabled.to_string()));
        }
        object(&fields)
    }
}

impl LoginRequest {
    /// The request body: `{"username", "password"}`.
    pub fn to_json(&self) -> String {
        object(&[
            ("username", quoted(&self.username)),
            ("password", quoted(&self.password)),
        ])
    }
}

impl PublicSignupToken {
    /// Reads one token as Unleash sends it; `None` when it is not one.
    pub fn from_json(value: &Json) -> Option<Self> {
        Some(PublicSignupToken {
            secret: value.field("secret")?.text()?,
            url: value.optional_text("url").ok()?,
            name: value.optional_text("name").ok()?.unwrap_or_default(),
            enabled: value.field("enabled")?.flag()?,
            expires_at: rfc3339(&value.field("expiresAt")?)?,
            created_at: rfc3339(&value.field("createdAt")?)?,
            created_by: value.optional_text("createdBy").ok()?,
            users: users(value).ok()?,
            role: role(value).ok()?,
        })
    }

    /// Reads one token from the text of an answer; `None` when it is not one.
    pub fn from_json_text(text: &str) -> Option<Self> {
        Self::from_json(&Json::parse(text)?)
    }
}

impl TokenList {
    /// Reads a list answer, token by token, so that one token the page cannot read does not hide the
    /// others; `None` only when the answer as a whole is not a list of tokens.
    pub fn from_json(text: &str) -> Option<Self> {
        let entries = Json::parse(text)?.field("tokens")?.items()?;
        let total = entries.len();
        let tokens: Vec<PublicSignupToken> = entries
            .iter()
            .filter_map(PublicSignupToken::from_json)
            .collect();
        Some(TokenList {
            unreadable: total - tokens.len(),
            tokens,
        })
    }
}

fn users(token: &Json) -> Result<Option<Vec<TokenUser>>, WrongType> {
    let Some(list) = token.present("users") else {
        return Ok(None);
    };
    let items = list.items().ok_or(WrongType)?;
    items
        .iter()
        .map(|user| {
            Ok(TokenUser {
                id: user
                    .field("id")
                    .and_then(|id| id.whole_number())
                    .ok_or(WrongType)?,
                name: user.optional_text("name")?,
                username: user.optional_text("username")?,
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

fn role(token: &Json) -> Result<TokenRole, WrongType> {
    let Some(role) = token.present("role") else {
        return Ok(TokenRole::default());
    };
    let id = match role.present("id") {
        None => None,
        Some(id) => Some(id.whole_number().ok_or(WrongType)?),
    };
    Ok(TokenRole {
        id,
        name: role.optional_text("name")?,
        role_type: role.optional_text("type")?,
    })
}

pub(super) fn rfc3339(value: &Json) -> Option<DateTime<Utc>> {
    let text = value.text()?;
    DateTime::parse_from_rfc3339(&text)
        .ok()
        .map(|at| at.to_utc())
}

fn rfc3339_millis(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
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
        let token = PublicSignupToken::from_json_text(CREATED).unwrap();
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
        let token = PublicSignupToken::from_json_text(body).unwrap();
        assert_eq!(token.name, "");
        assert_eq!(token.url, None);
        assert_eq!(token.created_by, None);
        assert_eq!(token.role, TokenRole::default());
        assert_eq!(token.joined_count(), 2);
        assert_eq!(token.users.unwrap()[0].username.as_deref(), Some("ann"));
    }

    #[test]
    fn debug_output_never_shows_the_secret_or_the_link() {
        let token = PublicSignupToken::from_json_text(CREATED).unwrap();
        let printed = format!("{token:?}");
        assert!(!printed.contains("cf07ffa9"), "{printed}");
        assert!(printed.contains("t1"), "{printed}");
    }

    #[test]
    fn timestamps_with_an_offset_are_read_as_utc() {
        let body = CREATED.replace("2026-12-05T10:08:36.000Z", "2026-12-05T11:08:36+01:00");
        let token = PublicSignupToken::from_json_text(&body).unwrap();
        assert_eq!(
            token.expires_at,
            "2026-12-05T10:08:36Z".parse::<DateTime<Utc>>().unwrap()
        );
        let bad = CREATED.replace("2026-12-05T10:08:36.000Z", "next week");
        assert!(PublicSignupToken::from_json_text(&bad).is_none());
    }

    #[test]
    fn a_list_keeps_the_tokens_it_can_read_and_counts_the_others() {
        let broken = CREATED.replace(r#""secret":"cf07ffa93508407b2248a50fd859a172","#, "");
        let body = format!(r#"{{"tokens":[{CREATED},{broken},7]}}"#);
        let list = TokenList::from_json(&body).unwrap();
        assert_eq!(list.tokens.len(), 1);
        assert_eq!(list.tokens[0].name, "t1");
        assert_eq!(list.unreadable, 2);
        assert!(TokenList::from_json("<html>").is_none());
        assert!(TokenList::from_json(r#"{"tokens":{}}"#).is_none());
    }

    #[test]
    fn users_null_counts_as_nobody_joined() {
        let body = CREATED.replace(r#""users":[]"#, r#""users":null"#);
        let token = PublicSignupToken::from_json_text(&body).unwrap();
        assert_eq!(token.joined_count(), 0);
    }

    #[test]
    fn the_create_body_has_exactly_name_and_expires_at() {
        let request = CreateTokenRequest {
            name: "Team".into(),
            expires_at: "2026-12-05T10:08:36.250Z".parse().unwrap(),
        };
        assert_eq!(
            request.to_json(),
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
            extend.to_json(),
            r#"{"expiresAt":"2026-12-24T00:00:00.000Z"}"#
        );
        let disable = UpdateTokenRequest {
            enabled: Some(false),
            ..UpdateTokenRequest::default()
        };
        assert_eq!(disable.to_json(), r#"{"enabled":false}"#);
    }

    #[test]
    fn an_updated_token_keeps_the_role_the_put_answer_leaves_out() {
        let known = PublicSignupToken::from_json_text(CREATED).unwrap();
        let answer = CREATED
            .replace(
                r#""role":{"id":3,"name":"Viewer","type":"root"}"#,
                r#""role":{}"#,
            )
            .replace(r#""enabled":true"#, r#""enabled":false"#);
        let answer = PublicSignupToken::from_json_text(&answer).unwrap();
        let updated = known.updated_by(answer);
        assert!(!updated.enabled);
        assert_eq!(updated.role.name.as_deref(), Some("Viewer"));
    }

    #[test]
    fn a_token_missing_a_required_field_is_an_error_not_a_panic() {
        let body = CREATED.replace(r#""secret":"cf07ffa93508407b2248a50fd859a172","#, "");
        assert!(PublicSignupToken::from_json_text(&body).is_none());
        assert!(PublicSignupToken::from_json_text("<html>").is_none());
    }
}
