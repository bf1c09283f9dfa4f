//! What the views and dialogs are built from: the changes a view makes and the dialog it makes them
//! in ([`LinkChanges`]), the dialog surface and the body of a change, a field with its problem, the
//! expiry choice, a link with Copy, and Unleash's sign-in.

mod change_form;
mod change_status;
mod copy_link_button;
mod expiry_field;
mod expiry_input;
mod link_changes;
mod link_facts;
mod link_field;
mod modal_dialog;
mod request_failure;
mod sign_in_form;
mod text_field;
mod token_sign_in;

pub use change_form::ChangeForm;
pub use change_status::ChangeStatus;
pub use copy_link_button::CopyLinkButton;
pub use expiry_field::ExpiryField;
pub use expiry_input::ExpiryInput;
pub use link_changes::{Dialog, LinkChanges};
pub use link_facts::LinkFacts;
pub use link_field::LinkField;
pub use modal_dialog::ModalDialog;
pub use request_failure::RequestFailure;
pub use sign_in_form::SignInForm;
pub use text_field::TextField;
pub use token_sign_in::TokenSignIn;
