use leptos::prelude::*;
use leptos_router::components::Outlet;

use crate::config::InviteLinksConfig;
use crate::links::LinkStore;
use crate::routes::BasePath;
use crate::ui::{ApiContext, Clock};

/// What the page announces to screen readers ("Invite link created."), shared by its views.
#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

impl Announcer {
    /// Says `text` through the page's live region.
    pub fn say(self, text: impl Into<String>) {
        self.0.set(text.into());
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

/// The invite-links page around its views (the list, one link's details): it provides what they
/// share (the API, the links, the clock, the base path) and shows the view the address names.
#[component]
pub fn InviteLinksPage(
    /// Where Unleash is, how to authenticate, who signs in, who hears of changes.
    config: InviteLinksConfig,
    /// Where the page lives in the host's addresses.
    base: BasePath,
    /// The views, when the page brings its own routes; by default the host's nested route's outlet.
    #[prop(optional, into)]
    inner: Option<ViewFn>,
) -> impl IntoView {
    let context = ApiContext::provide(config);
    Clock::provide();
    LinkStore::provide(context);
    provide_context(base);
    let announcement = RwSignal::new(String::new());
    provide_context(Announcer(announcement));
    view! {
        <div class="uil-page">
            <p class="uil-visually-hidden" role="status">{move || announcement.get()}</p>
            {match inner {
                Some(inner) => inner.run(),
                None => view! { <Outlet /> }.into_any(),
            }}
        </div>
    }
}
