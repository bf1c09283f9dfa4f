//! [`ChangeExpiryDialog`]: a new expiry for an existing link.

use leptos::prelude::*;

use super::close_when_done;
use crate::api::PublicSignupToken;
use crate::components::primitives::{ChangeForm, ExpiryChoice, ExpiryField, ModalDialog};
use crate::links::LinkAction;
use crate::ui::use_now;

/// "Change expiry": a new expiry for an existing link, longer or shorter, expired or not, with the
/// same choices and limits as a new link. Closes once Unleash has saved it.
#[component]
pub fn ChangeExpiryDialog(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
    /// The link to change.
    link: Memo<Option<PublicSignupToken>>,
    /// The action that saves the expiry.
    action: LinkAction,
    /// True while another change to this link is on its way.
    #[prop(into)]
    waits_for_other: Signal<bool>,
) -> impl IntoView {
    let choice = RwSignal::new(ExpiryChoice::default());
    let custom_value = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let now = use_now();
    close_when_done(action, open);
    Effect::new(move |_| {
        if open.get() {
            problem.set(None);
        }
    });
    let shown_problem =
        Signal::derive(move || problem.get().or_else(|| action.refusal_for("expiresAt")));
    let submit = move |()| {
        let Some(known) = link.get_untracked() else {
            return;
        };
        match choice
            .get_untracked()
            .expires_at(&custom_value.get_untracked(), now())
        {
            Ok(expires_at) => _ = action.set_expiry(known, expires_at),
            Err(reason) => problem.set(Some(reason)),
        }
    };
    view! {
        <ModalDialog open title="Change expiry" on_close=move |()| _ = action.cancel()>
            <ChangeForm action submit_label="Save expiry" on_submit=submit on_cancel=move |()| open.set(false) waits_for_other>
                <p class="uil-note">
                    "Counted from now, for a link that has expired too. As for a new link, at most one month: "
                    "a forgotten link then stops working soon. Choose a shorter time to end the link sooner."
                </p>
                <ExpiryField choice custom_value problem=shown_problem on_change=move |()| problem.set(None) />
            </ChangeForm>
        </ModalDialog>
    }
}
