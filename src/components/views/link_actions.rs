//! [`LinkActions`]: what can be done with one link: change its expiry, disable or enable it.

use leptos::html;
use leptos::prelude::*;

use crate::api::PublicSignupToken;
use crate::components::dialogs::{ChangeExpiryDialog, DisableDialog};
use crate::components::primitives::ChangeStatus;
use crate::links::{LinkAction, Outcome};
use crate::ui::focus_soon;

/// "Change expiry", and "Disable link" (after a confirmation) or "Enable link" (at once; its status,
/// sign-in included, shows right here). Changes to the link run one at a time: a second waits for
/// the first one's answer.
#[component]
pub fn LinkActions(
    /// The link.
    link: Memo<Option<PublicSignupToken>>,
) -> impl IntoView {
    let change_expiry = LinkAction::new();
    let disable = LinkAction::new();
    let enable = LinkAction::new();
    let (expiry_open, disable_open) = (RwSignal::new(false), RwSignal::new(false));
    let switch_button = NodeRef::<html::Button>::new();
    let enabled = Memo::new(move |_| link.with(|link| link.as_ref().is_some_and(|t| t.enabled)));
    let busy_elsewhere = move |action: LinkAction| {
        Signal::derive(move || {
            link.with(|link| {
                link.as_ref()
                    .is_some_and(|t| action.waits_for_other(&t.secret))
            })
        })
    };
    let enable_waits_for_other = busy_elsewhere(enable);
    let enable_busy = move || enable.pending() || enable_waits_for_other.get();
    for switched in [disable, enable] {
        Effect::new(move |_| {
            if matches!(switched.outcome(), Some(Outcome::Done(_))) {
                focus_soon(switch_button);
            }
        });
    }
    let enable_now = move |_| {
        if let Some(known) = link.get_untracked().filter(|_| !untrack(enable_busy)) {
            enable.set_enabled(known, true);
        }
    };
    let enable_waits =
        move || enable.pending() || matches!(enable.outcome(), Some(Outcome::NeedsSignIn(_)));
    view! {
        <div class="uil-actions uil-start">
            <button class="uil-button" type="button" aria-haspopup="dialog" on:click=move |_| expiry_open.set(true)>
                "Change expiry"
            </button>
            {move || if enabled.get() {
                view! {
                    <button class="uil-button uil-danger" type="button" aria-haspopup="dialog" node_ref=switch_button
                        on:click=move |_| disable_open.set(true)>
                        "Disable link"
                    </button>
                }.into_any()
            } else {
                view! {
                    <button class="uil-button" type="button" node_ref=switch_button
                        aria-disabled=move || enable_busy().to_string() on:click=enable_now>
                        "Enable link"
                    </button>
                }.into_any()
            }}
            <button class="uil-button" type="button" hidden=move || !enable_waits() on:click=move |_| _ = enable.cancel()>
                "Cancel"
            </button>
        </div>
        <ChangeStatus action=enable focus_after_sign_in=switch_button />
        <ChangeExpiryDialog open=expiry_open link action=change_expiry waits_for_other=busy_elsewhere(change_expiry) />
        <DisableDialog open=disable_open link action=disable waits_for_other=busy_elsewhere(disable) />
    }
}
