//! [`CopyLinkButton`]: "Copy link" for a row of the list, without the field: the URL stays out of
//! the page until the user copies it, and leaves it again at once.

use leptos::html;
use leptos::prelude::*;

use crate::rules::expiry::LinkState;
use crate::ui::clipboard::{use_copy, CopyOutcome, SelectIn};
use crate::ui::{handler, live_flag, live_text};
use crate::words;

/// "Copy link" on its own, for a row of the list. Where the Clipboard API fails, the URL enters the
/// page in an off-screen field for the legacy copy command alone.
#[component]
pub fn CopyLinkButton(
    /// The sign-up address, when Unleash stored one.
    url: Option<String>,
    /// The link's state: only an active link can be copied.
    #[prop(into)]
    state: Signal<LinkState>,
    /// The link's name as Unleash stores it, for the button's accessible name.
    link_name: String,
) -> impl IntoView {
    let words = words::Words::expect();
    let button_ref = NodeRef::<html::Button>::new();
    let copier = use_copy();
    let has_url = url.is_some();
    let link = url.unwrap_or_default();
    let copy = move |_| {
        if let Some(button) = button_ref.get_untracked() {
            copier.copy(link.clone(), SelectIn::FieldBeside(button.into()));
        }
    };
    let notice = move || {
        copier.outcome().map(|outcome| {
            words
                .get()
                .copy_notice(outcome == CopyOutcome::Copied, false)
        })
    };
    view! {
        <button
            class="uil-button uil-small"
            type="button"
            node_ref=button_ref
            aria-label=live_text(move || words.get().fill(words::COPY_LINK_NAMED, &[("name", &words.get().name_shown(&link_name))]))
            title=(!has_url).then_some(live_text(words.live(words::NO_ADDRESS)))
            disabled=live_flag(move || !has_url || state.get() != LinkState::Active)
            on:click=handler(copy)
        >
            {words.live(words::COPY_LINK)}
        </button>
        <span class="uil-status" role="status">{live_text(move || notice().unwrap_or_default().to_owned())}</span>
    }
}
