//! [`LinkActions`]: what can be done with one link: change its expiry, disable or enable it.

use leptos::html;
use leptos::prelude::*;

use crate::api::PublicSignupToken;
use crate::components::dialogs::{ChangeExpiryDialog, DisableDialog};
use crate::components::primitives::ChangeStatus;
use crate::components::primitives::{Dialog, LinkChanges};
use crate::rules::outcome::Outcome;
use crate::ui::{handler, live_flag, live_text, live_view};
use crate::words;

/// "Change expiry", and "Disable link" (after a confirmation) or "Enable link" (at once; its status,
/// sign-in included, shows right here). Changes to the link run one at a time: a second waits for
/// the first one's answer.
#[component]
pub fn LinkActions(
    /// The link.
    link: Memo<Option<PublicSignupToken>>,
) -> impl IntoView {
    let words = words::Words::expect();
    let switch_button = NodeRef::<html::Button>::new();
    let changes = LinkChanges::of_link(link, switch_button);
    let action = changes.action();
    let enabled = Memo::new(move |_| link.with(|link| link.as_ref().is_some_and(|t| t.enabled)));
    let enable_waits = move || {
        changes.shows_in(None)
            && (action.pending() || matches!(action.outcome(), Some(Outcome::NeedsSignIn(_))))
    };
    view! {
        <div class="uil-actions uil-start">
            <button class="uil-button" type="button" aria-haspopup="dialog" on:click=handler(move |_| changes.open(Dialog::ChangeExpiry))>
                {words.live(words::CHANGE_EXPIRY)}
            </button>
            {live_view(move || Some(if enabled.get() {
                view! {
                    <button class="uil-button uil-danger" type="button" aria-haspopup="dialog" node_ref=switch_button
                        on:click=handler(move |_| changes.open(Dialog::Disable))>
                        {words.live(words::DISABLE_LINK)}
                    </button>
                }.into_any()
            } else {
                view! {
                    <button class="uil-button" type="button" node_ref=switch_button
                        aria-disabled=live_text(move || changes.busy(None).to_string()) on:click=handler(move |_| _ = changes.switch(true))>
                        {words.live(words::ENABLE_LINK)}
                    </button>
                }.into_any()
            }))}
            <button class="uil-button" type="button" hidden=live_flag(move || !enable_waits()) on:click=handler(move |_| changes.cancel_in_place())>
                {words.live(words::CANCEL)}
            </button>
        </div>
        <ChangeStatus changes place=None focus_after_sign_in=switch_button />
        <ChangeExpiryDialog changes />
        <DisableDialog changes />
    }
}
