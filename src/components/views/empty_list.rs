//! [`EmptyList`]: what the list says when there are no links yet.

use crate::ui::handler;
use leptos::prelude::*;

/// What an empty list says: what an invite link is, and the way to make one.
#[component]
pub fn EmptyList(
    /// Opens the create dialog.
    on_create: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="uil-empty">
            <p><strong>"No invite links yet."</strong></p>
            <p>
                "An invite link lets a colleague create their own Unleash account: whoever opens it can sign up "
                "and gets the Viewer role. Each link expires, and you can disable it at any time."
            </p>
            <button class="uil-button uil-primary" type="button" on:click=handler(move |_| on_create.run(()))>
                "Create your first invite link"
            </button>
        </div>
    }
}
