//! [`LinkField`]: an invite link shown in a read-only field with "Copy link".

use leptos::html;
use leptos::prelude::*;

use crate::rules::expiry::LinkState;
use crate::ui::clipboard::{use_copy, CopyOutcome, SelectIn};
use crate::ui::{focus_soon, handler, live_flag, live_text, unique_id};
use crate::words;

/// The link in a read-only field with "Copy link", or why there is no link to show.
#[component]
pub fn LinkField(
    /// The sign-up address, when Unleash stored one.
    url: Option<String>,
    /// The link's state: only an active link can be copied.
    #[prop(into)]
    state: Signal<LinkState>,
    /// Puts keyboard focus on "Copy link" when shown (a link just created).
    #[prop(optional)]
    focus_copy: bool,
) -> impl IntoView {
    let words = words::Words::expect();
    let Some(url) = url else {
        return view! { <p class="uil-error">{words.live(words::NO_ADDRESS_EXPLAINED)}</p> }
            .into_any();
    };
    let field_ref = NodeRef::<html::Input>::new();
    let copy_ref = NodeRef::<html::Button>::new();
    let field_id = unique_id("uil-link");
    if focus_copy {
        focus_soon(copy_ref);
    }
    let copier = use_copy();
    let link = url.clone();
    let copy = move |_| {
        if let Some(field) = field_ref.get_untracked() {
            copier.copy(link.clone(), SelectIn::Field(field));
        }
    };
    view! {
        <label class="uil-label" for=field_id.clone()>{words.live(words::INVITE_LINK)}</label>
        <div class="uil-link-row">
            <input id=field_id class="uil-input uil-link" readonly prop:value=url node_ref=field_ref />
            <button
                class="uil-button uil-primary"
                type="button"
                node_ref=copy_ref
                disabled=live_flag(move || state.get() != LinkState::Active)
                on:click=handler(copy)
            >
                {words.live(words::COPY_LINK)}
            </button>
        </div>
        <p class="uil-status" role="status">{live_text(move || copier.outcome().map(|outcome| words.get().copy_notice(outcome == CopyOutcome::Copied, true)).unwrap_or_default().to_owned())}</p>
        <p class="uil-note">
            {live_text(move || words.get().nobody_can_join(state.get()).to_owned())}
        </p>
    }
    .into_any()
}
