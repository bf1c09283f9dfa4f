//! The dialogs that change links, each a body inside the one dialog shell (`ModalDialog` with a
//! `ChangeForm`), opened and closed by the view's `LinkChanges`: create (which then shows the link
//! it made), change expiry, confirm disable.

mod change_expiry_dialog;
mod create_dialog;
mod disable_dialog;

pub use change_expiry_dialog::ChangeExpiryDialog;
pub use create_dialog::CreateLinkDialog;
pub use disable_dialog::DisableDialog;
