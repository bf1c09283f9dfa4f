//! [`ApiContext`]: where Unleash is and which credentials to send, shared once per page.

use leptos::prelude::*;
use leptos::reactive::owner::{Owner, WeakOwner};

use crate::api::{ApiConfig, ApiError, ApiToken, Credentials, PublicSignupToken};
use crate::config::{Auth, InviteLinksConfig, LinkChange, LinkChangeKind, SignIn};
use crate::words;

/// What every component needs to talk to Unleash, provided once by the page's shell.
///
/// Its methods may be called at any moment, also after the page is gone (from a host's callback or
/// the end of a request): they then do nothing.
#[derive(Clone, Copy)]
pub struct ApiContext {
    host: StoredValue<InviteLinksConfig>,
    /// A token the user entered at the page's own sign-in (in memory only); it wins over the host's.
    entered_token: RwSignal<Option<ApiToken>>,
    /// Counts the moments access may have changed: a sign-in, a token entered, the host asking to
    /// retry. What was refused for want of access loads again when it changes.
    access_changes: RwSignal<u32>,
    /// The access count and credentials when the host was last told sign-in is needed: told once for
    /// each.
    last_reported: StoredValue<Option<(u32, Credentials)>>,
    page: StoredValue<Option<WeakOwner>>,
    /// The page's words, for its errors.
    words: words::Words,
}

impl ApiContext {
    /// A context for `config`, provided to the components below the caller.
    ///
    /// A token typed into the page's own sign-in is forgotten whenever the host's token changes
    /// (the host signed the user out, or in as someone else): the element forgets it itself, for any
    /// other host a watch on the host's token does.
    pub fn provide(config: InviteLinksConfig) -> Self {
        let entered_token = match (config.typed_token, config.auth) {
            (Some(typed), _) => typed,
            (None, Auth::Token(host_token)) => {
                let entered = RwSignal::new(None);
                Effect::watch(
                    move || host_token.get(),
                    move |_, _, _| entered.set(None),
                    false,
                );
                entered
            }
            (None, Auth::SessionCookie) => RwSignal::new(None),
        };
        let context = ApiContext {
            entered_token,
            host: StoredValue::new(config),
            access_changes: RwSignal::new(0),
            last_reported: StoredValue::new(None),
            page: StoredValue::new(Owner::current().map(|owner| owner.downgrade())),
            words: words::Words::expect(),
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
        if let Some(token) = self.entered_token.try_get().flatten() {
            return ApiConfig {
                credentials: Credentials::Token(token),
                ..config
            };
        }
        match auth {
            Auth::SessionCookie => config,
            Auth::Token(token) => config.with_token(&token.try_get().flatten().unwrap_or_default()),
        }
    }

    /// The page the context belongs to, for work that outlives the view that started it (a sign-in
    /// goes on when the form that sent it closes).
    pub fn page(self) -> Option<WeakOwner> {
        self.page.try_get_value().flatten()
    }

    /// Sends `token` from now on, as entered at the page's own sign-in, and retries what was refused.
    pub fn sign_in_with_token(self, token: ApiToken) {
        self.entered_token.set(Some(token));
        self.retry_refused();
    }

    /// Makes the calling effect run again whenever access may have changed (a sign-in, a token
    /// entered, a retry): what was refused for want of access loads again.
    pub fn track_access(self) {
        self.access_changes.track();
    }

    /// Loads again what was refused, e.g. once the user or the host has signed in.
    pub fn retry_refused(self) {
        self.access_changes.update(|count| *count += 1);
    }

    /// The query parameter of the page's address that keeps the list's search, if the host wants
    /// one.
    pub fn search_parameter(self) -> Option<String> {
        self.host
            .try_with_value(|host| host.search_parameter.clone())
            .flatten()
    }

    /// Whether the page offers Unleash's own sign-in on a 401 (otherwise the host signs users in).
    pub fn offers_sign_in(self) -> bool {
        self.host
            .try_with_value(|host| matches!(host.sign_in, SignIn::Offer))
            .unwrap_or(true)
    }

    /// Tells the host, if it signs users in itself, that Unleash answered 401: once, until the host
    /// supplies a new token or asks for a retry.
    pub fn sign_in_needed(self) {
        let Some(SignIn::Host(needed)) = self.host.try_with_value(|host| host.sign_in) else {
            return;
        };
        let Some(count) = self.access_changes.try_get_untracked() else {
            return;
        };
        let attempt = Some((count, self.api().credentials));
        if self.last_reported.try_get_value().flatten() != attempt {
            self.last_reported.set_value(attempt);
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

    /// What to tell the user about `error`, given how this page signs in ([`words::error_for`]).
    pub fn describe(self, error: &ApiError) -> String {
        self.words.get().error_for(error, self.access())
    }

    /// What the page knows about its access, for the words of an error.
    pub fn access(self) -> words::Access {
        words::Access {
            sends_token: self.api().has_token(),
            offers_sign_in: self.offers_sign_in(),
        }
    }

    /// Whether `error` is one the page's own sign-in form fixes.
    pub fn offers_sign_in_for(self, error: &ApiError) -> bool {
        error.needs_sign_in() && self.offers_sign_in()
    }

    /// The context provided by the nearest invite-links page.
    ///
    /// # Panics
    ///
    /// When there is none: the components that talk to Unleash live inside the page.
    pub fn expect() -> Self {
        expect_context::<ApiContext>()
    }
}
