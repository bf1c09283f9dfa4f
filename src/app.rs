use leptos::prelude::*;

use crate::components::InviteLinksPage;

/// The standalone app: Unleash on this page's own origin, signed in with the session cookie.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <main class="uil-main">
            <InviteLinksPage />
        </main>
    }
}
