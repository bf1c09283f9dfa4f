use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::InviteLinksPage;

/// The standalone app: Unleash on this page's own origin, signed in with the session cookie.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <main class="uil-main">
                <Routes fallback=|| view! { <p class="uil-error">"There is no page at this address."</p> }>
                    <Route path=path!("/") view=|| view! { <InviteLinksPage /> } />
                </Routes>
            </main>
        </Router>
    }
}
