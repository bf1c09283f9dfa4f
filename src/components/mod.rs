//! The components, one per file. A component renders; it asks `api` for data and `expiry` for meaning.

mod change_expiry_dialog;
mod create_dialog;
mod expiry_field;
mod invite_links_page;
mod joined_people;
mod link_details;
mod link_field;
mod link_list;
mod link_row;
mod link_switch;
mod modal_dialog;
mod more_links;
mod not_found;
mod request_failure;
mod sign_in_form;
mod text_field;
mod validity_check;

pub use change_expiry_dialog::ChangeExpiryDialog;
pub use create_dialog::CreateLinkDialog;
pub use expiry_field::{ExpiryChoice, ExpiryField};
pub use invite_links_page::{Announcer, InviteLinksPage};
pub use joined_people::JoinedPeople;
pub use link_details::LinkDetailsView;
pub use link_field::{CopyLinkButton, LinkField};
pub use link_list::LinkListView;
pub use link_row::LinkRow;
pub use link_switch::LinkSwitch;
pub use modal_dialog::ModalDialog;
pub use more_links::{MoreLinks, LINKS_PER_PAGE};
pub use not_found::NotFound;
pub use request_failure::RequestFailure;
pub use sign_in_form::SignInForm;
pub use text_field::TextField;
pub use validity_check::ValidityCheck;
