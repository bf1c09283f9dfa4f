//! The dialogs that change links, each a body inside the one dialog shell (`ModalDialog` with a
//! `ChangeForm`): create (which then shows the link it made), change expiry, confirm disable.

mod change_expiry_dialog;
mod create_dialog;
mod created_link;
mod disable_dialog;

pub use change_expiry_dialog::ChangeExpiryDialog;
pub use create_dialog::CreateLinkDialog;
pub use created_link::CreatedLink;
pub use disable_dialog::DisableDialog;

use leptos::prelude::*;

use crate::links::{LinkAction, Outcome};

/// Ties `action` to a dialog that closes once its change is done: opening the dialog forgets the
/// last outcome, and a change done closes it.
fn close_when_done(action: LinkAction, open: RwSignal<bool>) {
    start_afresh_on_open(action, open);
    Effect::new(move |_| {
        if matches!(action.outcome(), Some(Outcome::Done(_))) {
            open.set(false);
        }
    });
}

/// Opening the dialog forgets `action`'s last outcome: it starts afresh.
fn start_afresh_on_open(action: LinkAction, open: RwSignal<bool>) {
    Effect::new(move |_| {
        if open.get() {
            action.dismiss();
        }
    });
}
