//! The page's addresses: every link at the base path, one link's details at `<base>/links/<key>`.
//!
//! The key is never the secret (see [`crate::link_key`]). The base path ([`BasePath`]) is the host's
//! choice: `/` for the standalone app, or any path in a host console's router, such as
//! `/admin/settings/invite-links`.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, ParentRoute, Route, Router};
use leptos_router::{MatchNestedRoutes, ParamSegment, StaticSegment};

use crate::base_path::BasePath;
use crate::components::{InviteLinksPage, LinkDetailsView, LinkListView, NotFound};
use crate::config::InviteLinksConfig;

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
) -> impl MatchNestedRoutes + Clone {
    let base = BasePath::new(&base_path);
    let page_base = base.clone();
    let page = move || {
        view! { <InviteLinksPage config=config.clone() base=page_base.clone() /> }
    };
    view! {
        <ParentRoute path=base view=page>
            <Route path=StaticSegment("") view=LinkListView />
            <Route path=(StaticSegment("links"), ParamSegment("key")) view=LinkDetailsView />
        </ParentRoute>
    }
    .into_inner()
}

/// The whole page with its own router, for a host that has none: the standalone app, and the
/// `<unleash-invite-links>` element.
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
    let list = base.list();
    let router_base = base.router_base();
    let routes = move || {
        let list = list.clone();
        view! {
            <FlatRoutes fallback=move || view! { <NotFound list=list.clone() /> }>
                <Route path=StaticSegment("") view=LinkListView />
                <Route path=(StaticSegment("links"), ParamSegment("key")) view=LinkDetailsView />
            </FlatRoutes>
        }
    };
    view! {
        <Router base=router_base>
            <InviteLinksPage config base inner=routes />
        </Router>
    }
}
