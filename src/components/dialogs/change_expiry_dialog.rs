//! [`ChangeExpiryDialog`]: a new expiry for an existing link.

use leptos::prelude::*;

use crate::components::primitives::{ChangeForm, Dialog, ExpiryField, LinkChanges, ModalDialog};
use crate::ui::use_now;
use crate::words;

/// "Change expiry": a new expiry for an existing link, longer or shorter, expired or not, with the
/// same choices and limits as a new link. Closes once Unleash has saved it.
#[component]
pub fn ChangeExpiryDialog(
    /// The link's changes, which open and close the dialog.
    changes: LinkChanges,
) -> impl IntoView {
    let words = words::Words::expect();
    let now = use_now();
    let refused = Signal::derive(move || changes.action().refusal_for("expiresAt"));
    view! {
        <ModalDialog open=Signal::derive(move || changes.is_open(Dialog::ChangeExpiry)) title=Signal::derive(words.live(words::CHANGE_EXPIRY)) on_close=move |()| changes.close()>
            <ChangeForm changes dialog=Dialog::ChangeExpiry submit_label=Signal::derive(words.live(words::SAVE_EXPIRY)) on_submit=move |()| _ = changes.save_expiry(now())>
                <p class="uil-note">{words.live(words::CHANGE_EXPIRY_NOTE)}</p>
                <ExpiryField input=changes.expiry() refused />
            </ChangeForm>
        </ModalDialog>
    }
}
