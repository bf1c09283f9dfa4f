//! What a host decides about the page: [`InviteLinksConfig`], and what it hears back ([`LinkChange`]).

use std::fmt;
use std::time::Duration;

use leptos::prelude::*;

use crate::api::{ApiToken, PublicSignupToken};

/// Everything a host decides about the page, in one value: where Unleash is, how requests
/// authenticate, who signs the user in on a 401, and who hears about links created or changed.
///
/// The default is the standalone app's: Unleash on this page's origin, the session cookie, Unleash's
/// own sign-in offered, nobody told, the search kept in the address as `?q=`.
#[derive(Clone)]
pub struct InviteLinksConfig {
    /// The address Unleash's routes hang under, such as `https://unleash.example.com`. Empty means
    /// this page's own origin, the arrangement that works with Unleash (it sends no CORS headers).
    pub base_url: String,
    /// How requests authenticate.
    pub auth: Auth,
    /// What happens when Unleash answers 401.
    pub sign_in: SignIn,
    /// Told about every link created, given a new expiry, disabled or enabled from the page.
    pub on_link_changed: Option<Callback<LinkChange>>,
    /// How long a request waits for Unleash's answer; [`crate::api::ANSWER_TIMEOUT`] by default.
    pub answer_timeout: Option<Duration>,
    /// Where the page keeps a token typed into its own sign-in, when the host must be able to forget
    /// it (the element does, whenever its `token` property is set); the page's own otherwise.
    pub(crate) typed_token: Option<RwSignal<Option<ApiToken>>>,
    /// The query parameter of the page's address that keeps the list's search, so that Back,
    /// Forward and reload keep it: `q` by default. `None` leaves the address's query alone (the
    /// element's default: the host page's address is the host's).
    pub search_parameter: Option<String>,
    /// The language the page speaks, a tag such as `de` or `de-CH` (a region falls back to its
    /// language, a language the page does not speak to English); it may change at any time.
    /// English when `None`.
    pub language: Option<Signal<String>>,
    /// The address of the folder that serves the page's catalogue files (`lang/*.json`, named by
    /// their content: `scripts/lang-files.mjs` writes them), such as `/lang` (the default).
    pub catalogues: String,
    /// Catalogue files served elsewhere than in `catalogues`, by name (the element's, where a
    /// bundler placed them).
    pub(crate) catalogue_files: Vec<(String, String)>,
}

impl Default for InviteLinksConfig {
    fn default() -> Self {
        Self {
            base_url: String::new(),
            auth: Auth::default(),
            sign_in: SignIn::default(),
            on_link_changed: None,
            answer_timeout: None,
            typed_token: None,
            search_parameter: Some("q".to_owned()),
            language: None,
            catalogues: "/lang".to_owned(),
            catalogue_files: Vec::new(),
        }
    }
}

/// How the page's requests authenticate.
#[derive(Clone, Copy, Default)]
pub enum Auth {
    /// The browser's Unleash session cookie (the page and Unleash share an origin).
    #[default]
    SessionCookie,
    /// An admin API token or personal access token the host supplies and may replace at any time;
    /// what was refused loads again when it changes. `None` (or blank) falls back to the session
    /// cookie. A token with a character a header cannot carry is never sent: the page says so.
    Token(Signal<Option<String>>),
}

/// What the page does when Unleash answers 401.
#[derive(Clone, Copy, Default)]
pub enum SignIn {
    /// Offer Unleash's own sign-in (user name and password, or a token) inside the page.
    #[default]
    Offer,
    /// The host signs users in: the page says sign-in is needed and calls this. Once the host has
    /// signed the user in, it supplies a new token (see [`Auth::Token`]), or the user presses
    /// Try again.
    Host(Callback<()>),
}

/// A link the page created or changed, as hosts hear of it.
#[derive(Clone, Debug)]
pub struct LinkChange {
    /// What happened.
    pub kind: LinkChangeKind,
    /// The link as it is now.
    pub token: PublicSignupToken,
}

/// What happened to a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkChangeKind {
    /// A new link.
    Created,
    /// A new expiry, or disabled or enabled.
    Changed,
}

impl InviteLinksConfig {
    /// The page for an Unleash at `base_url`, with the session cookie and Unleash's sign-in.
    pub fn new(base_url: impl Into<String>) -> Self {
        let base_url: String = base_url.into();
        Self {
            base_url: base_url.trim_end_matches('/').to_owned(),
            ..Self::default()
        }
    }

    /// The same, authenticating with the token `token` holds whenever a request starts.
    pub fn with_token(self, token: impl Into<Signal<Option<String>>>) -> Self {
        Self {
            auth: Auth::Token(token.into()),
            ..self
        }
    }

    /// The same, leaving sign-in to the host: `needed` is called on a 401.
    pub fn with_host_sign_in(self, needed: Callback<()>) -> Self {
        Self {
            sign_in: SignIn::Host(needed),
            ..self
        }
    }

    /// The same, giving up on a request Unleash has not answered within `timeout`.
    pub fn with_answer_timeout(self, timeout: Duration) -> Self {
        Self {
            answer_timeout: Some(timeout),
            ..self
        }
    }

    /// The same, keeping a token typed into the page's sign-in in `typed`, which the host may clear.
    #[cfg(feature = "embed")]
    pub(crate) fn with_typed_token(self, typed: RwSignal<Option<ApiToken>>) -> Self {
        Self {
            typed_token: Some(typed),
            ..self
        }
    }

    /// The same, keeping the list's search in the address's query parameter `name`, or (`None`)
    /// nowhere in the address.
    pub fn with_search_parameter(self, name: Option<&str>) -> Self {
        Self {
            search_parameter: name.map(str::to_owned),
            ..self
        }
    }

    /// The same, speaking the language `language` names whenever it changes ("de", "ja-JP"), its
    /// catalogue read from `catalogues` (the folder serving `lang/`'s files).
    pub fn with_language(self, language: impl Into<Signal<String>>, catalogues: &str) -> Self {
        Self {
            language: Some(language.into()),
            catalogues: catalogues.trim_end_matches('/').to_owned(),
            ..self
        }
    }

    /// The same, reading the catalogue files named in `files` from the address beside each name.
    #[cfg(feature = "embed")]
    pub(crate) fn with_catalogue_files(self, files: Vec<(String, String)>) -> Self {
        Self {
            catalogue_files: files,
            ..self
        }
    }

    /// The same, telling `changed` about every link created or changed.
    pub fn on_link_changed(self, changed: Callback<LinkChange>) -> Self {
        Self {
            on_link_changed: Some(changed),
            ..self
        }
    }
}

impl fmt::Debug for InviteLinksConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let auth = match self.auth {
            Auth::SessionCookie => "session cookie",
            Auth::Token(_) => "token <redacted>",
        };
        let sign_in = match self.sign_in {
            SignIn::Offer => "offered",
            SignIn::Host(_) => "the host's",
        };
        f.debug_struct("InviteLinksConfig")
            .field("base_url", &self.base_url)
            .field("auth", &auth)
            .field("sign_in", &sign_in)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_config_trims_the_base_url_and_defaults_to_the_cookie_and_unleash_sign_in() {
        let config = InviteLinksConfig::new("https://unleash.example/");
        assert_eq!(config.base_url, "https://unleash.example");
        assert!(matches!(config.auth, Auth::SessionCookie));
        assert!(matches!(config.sign_in, SignIn::Offer));
        assert_eq!(config.search_parameter.as_deref(), Some("q"));
        let config = config.with_search_parameter(None);
        assert_eq!(config.search_parameter, None);
    }
}
