//! The page's addresses: every link at the base path, one link's details at `<base>/links/<key>`.
//!
//! The key is never the secret (see [`crate::rules::link_key`]). The base path ([`BasePath`]) is the host's
//! choice: `/` for the standalone app, or any path in a host console's router, such as
//! `/admin/settings/invite-links`. A Leptos host nests [`InviteLinksRoutes`] in its own router; a
//! host without one, the standalone app and each custom element use [`InviteLinksApp`], which follows
//! the address itself ([`PageAddress`]) and takes only the clicks on its own links.

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::hooks::use_params_map;
use leptos_router::{ParamSegment, StaticSegment};

use crate::components::{InviteLinksPage, LinkDetailsView, LinkListView, NotFound};
use crate::config::InviteLinksConfig;
use crate::shell::page_address::PageAddress;
use crate::ui::base_path::{BasePath, Screen};
use crate::ui::{handler, live_view};

/// The page's routes, for a host's `<Routes>`: the list at `base_path`, a link's details below it.
#[component(transparent)]
pub fn InviteLinksRoutes(
    /// Where Unleash is, how to authenticate, who signs in and who hears of changes; by default this
    /// page's origin, the session cookie and Unleash's own sign-in.
    #[prop(optional)]
    config: InviteLinksConfig,
    /// Where the page lives, such as `/admin/settings/invite-links`; the root by default.
    #[prop(optional, into)]
    base_path: String,
) -> impl leptos_router::MatchNestedRoutes + Clone {
    let base = BasePath::new(&base_path);
    let page_base = base.clone();
    let page = move || {
        let outlet = || view! { <Outlet /> };
        view! { <InviteLinksPage config=config.clone() base=page_base.clone() current=outlet /> }
    };
    view! {
        <ParentRoute path=base view=page>
            <Route path=StaticSegment("") view=LinkListView />
            <Route path=(StaticSegment("links"), ParamSegment("key")) view=RoutedLinkDetails />
        </ParentRoute>
    }
    .into_inner()
}

/// The details of the link whose key the host's router matched.
#[component]
fn RoutedLinkDetails() -> impl IntoView {
    let params = use_params_map();
    let key = Signal::derive(move || params.with(|params| params.get("key").unwrap_or_default()));
    view! { <LinkDetailsView key /> }
}

/// The whole page following the address itself, for a host without a Leptos router: the
/// standalone app, and the `<unleash-invite-links>` element. It takes only clicks on its own links.
#[component]
pub fn InviteLinksApp(
    /// Where Unleash is, how to authenticate, who signs in and who hears of changes; by default this
    /// page's origin, the session cookie and Unleash's own sign-in.
    #[prop(optional)]
    config: InviteLinksConfig,
    /// Where the page lives; the root by default.
    #[prop(optional, into)]
    base_path: String,
) -> impl IntoView {
    let base = BasePath::new(&base_path);
    let address = PageAddress::follow();
    let screen_base = base.clone();
    let screen = Memo::new(move |_| screen_base.screen_at(&address.path()));
    let list = base.list();
    let current = move || {
        let list = list.clone();
        live_view(move || {
            Some(match screen.get() {
                Screen::List => view! { <LinkListView /> }.into_any(),
                Screen::Details(key) => view! { <LinkDetailsView key /> }.into_any(),
                Screen::Unknown => view! { <NotFound list=list.clone() /> }.into_any(),
            })
        })
    };
    let click_base = base.clone();
    view! {
        <div class="uil-app" on:click=handler(move |click| address.open_clicked_link(&click, &click_base))>
            <InviteLinksPage config base current />
        </div>
    }
}
