//! [`App`]: the standalone app, the page at the root of its own origin.

use leptos::prelude::*;

use crate::config::InviteLinksConfig;
use crate::shell::routes::InviteLinksApp;
use crate::shell::standalone::chosen_language;

/// The standalone app: Unleash on this page's own origin, signed in with the session cookie, the
/// page at the root of the address space, in the language [`crate::start_app`] chose.
#[component]
pub fn App() -> impl IntoView {
    let config = match chosen_language() {
        Some((language, folder)) => {
            InviteLinksConfig::default().with_language(Signal::stored(language.to_owned()), &folder)
        }
        None => InviteLinksConfig::default(),
    };
    view! {
        <main class="uil-main">
            <InviteLinksApp config />
        </main>
    }
}
