//! [`Announcer`]: the page's live region, for what a screen reader should hear.

use leptos::prelude::*;

/// What the page announces to screen readers ("Link enabled."), shared by its views.
#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

impl Announcer {
    /// A new announcer, shared with the components below the caller; render [`Announcer::text`] in a
    /// live region.
    pub fn provide() -> Self {
        let announcer = Announcer(RwSignal::new(String::new()));
        provide_context(announcer);
        announcer
    }

    /// Says `text` through the page's live region.
    pub fn say(self, text: impl Into<String>) {
        self.0.set(text.into());
    }

    /// What is being said.
    pub fn text(self) -> Signal<String> {
        self.0.into()
    }

    /// The announcer of the page around the caller.
    ///
    /// # Panics
    ///
    /// Outside the invite-links page.
    pub fn expect() -> Self {
        expect_context::<Announcer>()
    }
}
