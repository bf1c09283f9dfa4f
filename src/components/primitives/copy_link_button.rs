//! [`CopyLinkButton`]: "Copy link" for a row of the list, without the field.

use leptos::html;
use leptos::prelude::*;

use crate::clipboard::{use_copy, CopyOutcome};
use crate::expiry::LinkState;

/// "Copy link" on its own, for a row of the list; the field the fallbacks select is off screen.
#[component]
pub fn CopyLinkButton(
    /// The sign-up address, when Unleash stored one.
    url: Option<String>,
    /// The link's state: only an active link can be copied.
    #[prop(into)]
    state: Signal<LinkState>,
    /// The link's name, for the button's accessible name.
    link_name: String,
) -> impl IntoView {
    let field_ref = NodeRef::<html::Input>::new();
    let copier = use_copy();
    let outcome = copier.outcome;
    let has_url = url.is_some();
    let link = url.clone().unwrap_or_default();
    let copy = move |_| {
        if let Some(field) = field_ref.get_untracked() {
            copier.copy(link.clone(), field);
        }
    };
    let notice = move || {
        outcome.get().map(|outcome| match outcome {
            CopyOutcome::Copied => "Copied",
            CopyOutcome::SelectedForManualCopy => {
                "Copying was blocked: open the link to copy it from its page."
            }
        })
    };
    view! {
        <input class="uil-offscreen" readonly tabindex="-1" aria-hidden="true" prop:value=url.unwrap_or_default() node_ref=field_ref />
        <button
            class="uil-button uil-small"
            type="button"
            aria-label=format!("Copy link {link_name}")
            title=(!has_url).then_some("Unleash returned no address for this link")
            disabled=move || !has_url || state.get() != LinkState::Active
            on:click=copy
        >
            "Copy link"
        </button>
        <span class="uil-status" role="status">{notice}</span>
    }
}
