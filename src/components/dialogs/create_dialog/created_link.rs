//! [`CreatedLink`]: the link just made, ready to copy.

use leptos::prelude::*;

use crate::api::PublicSignupToken;
use crate::components::primitives::{LinkFacts, LinkField};
use crate::rules::expiry::LinkState;
use crate::ui::{handler, use_clock};
use crate::words;

/// What the create dialog turns into once Unleash has made the link: the link in a read-only field
/// with "Copy link" (focused), its name, until when it works, its state, and "Done".
#[component]
pub fn CreatedLink(
    /// The link Unleash made.
    token: PublicSignupToken,
    /// True when Unleash's answer was lost and the link was found by reading the list again.
    found_after_lost_answer: bool,
    /// True when that link was found by its name and time alone: the page does not know who is
    /// signed in, so another admin may have made it.
    maker_unknown: bool,
    /// Closes the dialog.
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    let words = words::Words::expect();
    let now = use_clock();
    let (stored_enabled, expires_at) = (token.enabled, token.expires_at);
    let state = Memo::new(move |_| LinkState::of(stored_enabled, expires_at, now.get()));
    let url = token.url.clone();
    let link = Memo::new(move |_| Some(token.clone()));
    let said = words.get().created(found_after_lost_answer, maker_unknown);
    view! {
        <p class="uil-status" role="status">{said}</p>
        <LinkField url state focus_copy=true />
        <LinkFacts link state />
        <p class="uil-note">{words.live(words::WHO_CAN_JOIN)}</p>
        <div class="uil-actions">
            <button class="uil-button" type="button" on:click=handler(move |_| on_done.run(()))>{words.live(words::DONE)}</button>
        </div>
    }
}
