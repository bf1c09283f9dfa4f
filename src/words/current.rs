//! [`Words`]: the catalogue a page speaks now, shared with its components through context, so
//! that what they show follows a change of language without being rendered again.

use leptos::prelude::*;
use leptos::reactive::graph::Observer;

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
        // Outside one (an event handler, a task) tracking does nothing, but a debug build's Leptos
        // warns in the host's console; there it is read untracked. A release build never warns, so
        // it keeps the one read (87 B smaller).
        let tracked = cfg!(not(debug_assertions)) || Observer::get().is_some();
        self.0
            .and_then(|catalogue| {
                if tracked {
                    catalogue.try_get()
                } else {
                    catalogue.try_get_untracked()
                }
            })
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
