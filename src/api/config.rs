//! [`ApiConfig`]: what one request needs, where Unleash is and how to authenticate.

use std::fmt;
use std::time::Duration;

use super::token::{ApiToken, TokenProblem};

/// What one request needs: where Unleash is and how to authenticate.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ApiConfig {
    /// The address Unleash's routes hang under, without a trailing slash; empty for this origin.
    pub base_url: String,
    /// How the request authenticates. Kept in memory only: never logged, never stored.
    pub credentials: Credentials,
    /// How long to wait for the whole answer; [`crate::api::ANSWER_TIMEOUT`] when `None`.
    pub answer_timeout: Option<Duration>,
}

/// How a request authenticates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Credentials {
    /// The browser's Unleash session cookie.
    #[default]
    SessionCookie,
    /// An admin API token or personal access token, sent as `Authorization`.
    Token(ApiToken),
    /// A token was given that cannot be sent: every request fails with
    /// [`crate::api::ApiError::UnusableToken`] and none is made.
    Unusable(TokenProblem),
}

impl ApiConfig {
    /// A config for an Unleash at `base_url` that authenticates with the session cookie.
    pub fn new(base_url: impl Into<String>) -> Self {
        let base_url: String = base_url.into();
        Self {
            base_url: base_url.trim_end_matches('/').to_owned(),
            ..Self::default()
        }
    }

    /// The same config, sending `token` as `Authorization` (checked by [`ApiToken::parse`]; a blank
    /// token means the session cookie).
    pub fn with_token(self, token: &str) -> Self {
        let credentials = match ApiToken::parse(token) {
            Ok(Some(token)) => Credentials::Token(token),
            Ok(None) => Credentials::SessionCookie,
            Err(problem) => Credentials::Unusable(problem),
        };
        Self {
            credentials,
            ..self
        }
    }

    /// Whether requests carry a token (usable or not) rather than the session cookie.
    pub fn has_token(&self) -> bool {
        !matches!(self.credentials, Credentials::SessionCookie)
    }
}

/// Why a base URL is not used: requests would carry credentials somewhere nobody meant to send them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseUrlProblem {
    /// Not an `http:` or `https:` address (nor a path on this page's origin).
    NotHttp,
    /// It names a user (`https://user:password@host`).
    UserInfo,
    /// It has a query (`?`) or a fragment (`#`).
    QueryOrFragment,
}

/// What is wrong with `base_url`, if anything: it must be empty (this page's origin), a path on
/// this origin (`/unleash`), or an `http:`/`https:` address without user info, query or fragment.
pub fn base_url_problem(base_url: &str) -> Option<BaseUrlProblem> {
    if base_url.contains(['?', '#']) {
        return Some(BaseUrlProblem::QueryOrFragment);
    }
    if base_url.contains('\\') || base_url.chars().any(char::is_control) {
        return Some(BaseUrlProblem::NotHttp);
    }
    if base_url.is_empty() || (base_url.starts_with('/') && !base_url.starts_with("//")) {
        return None;
    }
    let lower = base_url.to_ascii_lowercase();
    let Some(rest) = ["https://", "http://"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme))
    else {
        return Some(BaseUrlProblem::NotHttp);
    };
    let authority = &rest[..rest.find('/').unwrap_or(rest.len())];
    if authority.contains('@') {
        Some(BaseUrlProblem::UserInfo)
    } else if authority.is_empty() {
        Some(BaseUrlProblem::NotHttp)
    } else {
        None
    }
}

impl fmt::Debug for ApiConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiConfig")
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_never_shows_the_token() {
        let config = ApiConfig::new("https://unleash.example/").with_token("user:secret-value");
        let printed = format!("{config:?}");
        assert!(!printed.contains("secret-value"), "{printed}");
        assert!(printed.contains("https://unleash.example\""), "{printed}");
    }

    #[test]
    fn only_http_addresses_without_user_query_or_fragment_are_used() {
        for fine in [
            "",
            "/unleash",
            "https://unleash.example",
            "HTTP://127.0.0.1:4242/unleash",
        ] {
            assert_eq!(base_url_problem(fine), None, "{fine}");
        }
        for (bad, problem) in [
            ("javascript:alert(1)", BaseUrlProblem::NotHttp),
            ("ftp://unleash.example", BaseUrlProblem::NotHttp),
            ("unleash.example", BaseUrlProblem::NotHttp),
            ("//evil.example", BaseUrlProblem::NotHttp),
            ("/\\evil.example", BaseUrlProblem::NotHttp),
            ("https://", BaseUrlProblem::NotHttp),
            ("https://evil.example\n", BaseUrlProblem::NotHttp),
            ("https://user:pw@unleash.example", BaseUrlProblem::UserInfo),
            (
                "https://unleash.example/?next=x",
                BaseUrlProblem::QueryOrFragment,
            ),
            (
                "https://unleash.example#top",
                BaseUrlProblem::QueryOrFragment,
            ),
        ] {
            assert_eq!(base_url_problem(bad), Some(problem), "{bad}");
        }
    }

    #[test]
    fn a_blank_token_means_the_session_cookie_and_a_bad_one_is_kept_as_a_problem() {
        assert_eq!(
            ApiConfig::new("").with_token("  ").credentials,
            Credentials::SessionCookie
        );
        let bad = ApiConfig::new("").with_token("user:a\u{200B}");
        assert!(matches!(bad.credentials, Credentials::Unusable(_)));
        assert!(bad.has_token());
    }
}
