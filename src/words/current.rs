//! [`Words`]: the catalogue a page speaks now, shared with its components through context, so
//! that what they show follows a change of language without being rendered again.

use leptos::prelude::*;

use super::catalogue::{Catalogue, Message};

/// The page's catalogue, which the page's language sets ([`Words::set`]); English where no page
/// provides one (a component mounted alone).
#[derive(Clone, Copy)]
pub struct Words(Option<RwSignal<&'static Catalogue, LocalStorage>>);

impl Words {
    /// English for the components below the caller, until [`Words::set`] changes it.
    pub fn provide() -> Self {
        let words = Words(Some(RwSignal::new_local(Catalogue::english())));
        provide_context(words);
        words
    }

    /// The page's words.
    pub fn expect() -> Self {
        use_context().unwrap_or(Words(None))
    }

    /// The catalogue now: inside a reactive closure, it runs again when the language changes.
    pub fn get(self) -> &'static Catalogue {
        self.0
            .and_then(|catalogue| catalogue.try_get())
            .unwrap_or_else(Catalogue::english)
    }

    /// Speaks `catalogue` from now on.
    pub fn set(self, catalogue: &'static Catalogue) {
        if let Some(current) = self.0 {
            current.set(catalogue);
        }
    }

    /// A label that follows the language, for a view: `{words.live(words::CANCEL)}`.
    pub fn live(self, message: Message) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.get().text(message)
    }
}
