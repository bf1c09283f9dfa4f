use leptos::prelude::*;

use crate::api::{ApiError, ErrorKind, PublicSignupToken};
use crate::config::{ApiConfig, Auth, InviteLinksConfig, LinkChange, LinkChangeKind, SignIn};

/// What every component needs to talk to Unleash, provided once by [`crate::components::InviteLinksPage`].
#[derive(Clone, Copy)]
pub struct ApiContext {
    host: StoredValue<InviteLinksConfig>,
    /// A token the user entered at the page's own sign-in (in memory only); it wins over the host's.
    entered_token: RwSignal<Option<String>>,
    /// Counts sign-ins and reloads; what was refused for want of a session loads again when it changes.
    pub sign_ins: RwSignal<u32>,
    /// The sign-in count and token when the host was last told sign-in is needed: told once for each.
    last_reported: StoredValue<Option<(u32, Option<String>)>>,
}

impl ApiContext {
    /// A context for `config`, provided to the components below the caller.
    pub fn provide(config: InviteLinksConfig) -> Self {
        let context = ApiContext {
            host: StoredValue::new(config),
            entered_token: RwSignal::new(None),
            sign_ins: RwSignal::new(0),
            last_reported: StoredValue::new(None),
        };
        provide_context(context);
        context
    }

    /// Where Unleash is and the credentials to send now.
    pub fn api(self) -> ApiConfig {
        untrack(|| self.tracked_api())
    }

    /// The same as [`ApiContext::api`]; inside an effect, it runs again when the token changes.
    pub fn tracked_api(self) -> ApiConfig {
        let (base_url, auth, answer_timeout) = self
            .host
            .try_with_value(|host| (host.base_url.clone(), host.auth, host.answer_timeout))
            .unwrap_or_default();
        let config = ApiConfig {
            answer_timeout,
            ..ApiConfig::new(base_url)
        };
        let host_token = match auth {
            Auth::SessionCookie => None,
            Auth::Token(token) => token.try_get().flatten(),
        };
        match self.entered_token.try_get().flatten().or(host_token) {
            Some(token) => config.with_token(token),
            None => config,
        }
    }

    /// Sends `token` from now on, as entered at the page's own sign-in.
    pub fn use_entered_token(self, token: String) {
        self.entered_token.set(Some(token));
        self.reload();
    }

    /// Loads again what was refused, e.g. once the host has signed the user in.
    pub fn reload(self) {
        self.sign_ins.try_update(|count| *count += 1);
    }

    /// Whether the page offers Unleash's own sign-in on a 401 (otherwise the host signs users in).
    pub fn offers_sign_in(self) -> bool {
        self.host
            .try_with_value(|host| matches!(host.sign_in, SignIn::Offer))
            .unwrap_or(true)
    }

    /// Tells the host, if it signs users in itself, that Unleash answered 401: once, until the host
    /// supplies a new token or asks for a reload.
    pub fn sign_in_needed(self) {
        let Some(SignIn::Host(needed)) = self.host.try_with_value(|host| host.sign_in) else {
            return;
        };
        let attempt = Some((self.sign_ins.get_untracked(), self.api().token));
        if self.last_reported.try_get_value().flatten() != attempt {
            self.last_reported.try_set_value(attempt);
            needed.try_run(());
        }
    }

    /// Tells the host that the page created or changed `token`.
    pub fn link_changed(self, kind: LinkChangeKind, token: &PublicSignupToken) {
        let hook = self
            .host
            .try_with_value(|host| host.on_link_changed)
            .flatten();
        if let Some(hook) = hook {
            hook.try_run(LinkChange {
                kind,
                token: token.clone(),
            });
        }
    }

    /// What to tell the user about `error`: a refused API token is not something signing in fixes,
    /// and a host that signs users in itself is the one to ask.
    pub fn describe(self, error: &ApiError) -> String {
        let has_token = self.api().token.is_some();
        let signed_out = error.kind() == ErrorKind::SignInRequired;
        if has_token && signed_out {
            "Unleash refused the API token: check that it is valid and has not expired.".to_owned()
        } else if signed_out && !self.offers_sign_in() {
            "Your Unleash session has ended: sign in again, then try again.".to_owned()
        } else {
            error.describe()
        }
    }

    /// The context provided by the nearest [`crate::components::InviteLinksPage`].
    ///
    /// # Panics
    ///
    /// When there is none: the components that talk to Unleash live inside an `InviteLinksPage`.
    pub fn expect() -> Self {
        expect_context::<ApiContext>()
    }
}
