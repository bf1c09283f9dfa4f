//! Where the Unleash API lives and how requests authenticate.

use std::fmt;

/// How to reach Unleash. Shared with every component through Leptos context.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ApiConfig {
    /// The address Unleash's routes hang under, without a trailing slash. Empty means this page's own
    /// origin, the arrangement that works with Unleash (it sends no CORS headers).
    pub base_url: String,
    /// An admin API token or personal access token sent as `Authorization`. `None` means the browser's
    /// session cookie. Kept in memory only: never logged, never stored.
    pub token: Option<String>,
}

impl ApiConfig {
    /// A config for an Unleash at `base_url` that authenticates with the session cookie.
    pub fn new(base_url: impl Into<String>) -> Self {
        let base_url: String = base_url.into();
        Self {
            base_url: base_url.trim_end_matches('/').to_owned(),
            token: None,
        }
    }

    /// The same config, sending `token` as `Authorization` instead of relying on the cookie.
    pub fn with_token(self, token: impl Into<String>) -> Self {
        let token: String = token.into();
        let token = Some(token.trim().to_owned()).filter(|token| !token.is_empty());
        Self { token, ..self }
    }
}

impl fmt::Debug for ApiConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiConfig")
            .field("base_url", &self.base_url)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
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
    fn a_blank_token_means_the_session_cookie() {
        assert_eq!(ApiConfig::new("").with_token("  ").token, None);
    }
}
