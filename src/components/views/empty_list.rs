//! [`EmptyList`]: what the list says when there are no links yet.

use crate::ui::handler;
use crate::words;
use leptos::prelude::*;

/// What an empty list says: what an invite link is, and the way to make one.
#[component]
pub fn EmptyList(
    /// Opens the create dialog.
    on_create: Callback<()>,
) -> impl IntoView {
    let words = words::Words::expect();
    view! {
        <div class="uil-empty">
            <p><strong>{words.live(words::NO_LINKS_YET)}</strong></p>
            <p>{words.live(words::WHAT_A_LINK_IS)}</p>
            <button class="uil-button uil-primary" type="button" on:click=handler(move |_| on_create.run(()))>
                {words.live(words::CREATE_FIRST_LINK)}
            </button>
        </div>
    }
}
