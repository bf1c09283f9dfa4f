//! [`App`]: the standalone app, the page at the root of its own origin.

use leptos::prelude::*;

use crate::shell::routes::InviteLinksApp;

/// The standalone app: Unleash on this page's own origin, signed in with the session cookie, the
/// page at the root of the address space.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <main class="uil-main">
            <InviteLinksApp />
        </main>
    }
}
