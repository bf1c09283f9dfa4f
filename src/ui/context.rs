use leptos::prelude::*;

use crate::api::{ApiError, ErrorKind};
use crate::config::ApiConfig;

/// What every component needs to talk to Unleash, provided once by [`crate::components::InviteLinksPage`].
#[derive(Clone, Copy)]
pub struct ApiContext {
    /// Where Unleash is and how to authenticate; a token entered at sign-in updates it (in memory only).
    pub config: RwSignal<ApiConfig>,
    /// Whether to offer Unleash's own sign-in on 401. A host console that signs users in itself turns it off.
    pub offer_sign_in: bool,
    /// Counts sign-ins; what was refused for want of a session loads again when it changes.
    pub sign_ins: RwSignal<u32>,
}

impl ApiContext {
    /// A context for `config`, provided to the components below the caller.
    pub fn provide(config: ApiConfig, offer_sign_in: bool) -> Self {
        let context = ApiContext {
            config: RwSignal::new(config),
            offer_sign_in,
            sign_ins: RwSignal::new(0),
        };
        provide_context(context);
        context
    }

    /// What to tell the user about `error`: a refused API token is not something signing in fixes.
    pub fn describe(self, error: &ApiError) -> String {
        let has_token = self.config.with_untracked(|config| config.token.is_some());
        if has_token && error.kind() == ErrorKind::SignInRequired {
            "Unleash refused the API token: check that it is valid and has not expired.".to_owned()
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
