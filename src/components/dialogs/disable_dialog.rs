//! [`DisableDialog`]: "Disable this link?", asked before a link is switched off.

use leptos::prelude::*;

use super::close_when_done;
use crate::api::PublicSignupToken;
use crate::components::primitives::{ChangeForm, ModalDialog};
use crate::links::LinkAction;

/// The confirmation before disabling: who can no longer join, and who keeps their account. Closes
/// once Unleash has disabled the link.
#[component]
pub fn DisableDialog(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
    /// The link to disable.
    link: Memo<Option<PublicSignupToken>>,
    /// The action that disables it.
    action: LinkAction,
    /// True while another change to this link is on its way.
    #[prop(into)]
    waits_for_other: Signal<bool>,
) -> impl IntoView {
    close_when_done(action, open);
    let name = move || {
        link.with(|link| {
            link.as_ref()
                .map(PublicSignupToken::shown_name)
                .unwrap_or_default()
        })
    };
    let disable = move |()| {
        if let Some(known) = link.get_untracked() {
            action.set_enabled(known, false);
        }
    };
    view! {
        <ModalDialog open title="Disable this link?" on_close=move |()| _ = action.cancel()>
            <ChangeForm
                action
                submit_label="Disable link"
                cancel_label="Keep it enabled"
                danger=true
                on_submit=disable
                on_cancel=move |()| open.set(false)
                waits_for_other
            >
                <p>"Nobody can join with “"{name}"” once it is disabled."</p>
                <p>"People who already joined through it keep their accounts. You can enable the link again later."</p>
            </ChangeForm>
        </ModalDialog>
    }
}
