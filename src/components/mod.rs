//! The components, one per file. A component renders; it asks `api` for data and `expiry` for meaning.

mod clock;
mod context;
mod create_dialog;
mod expiry_field;
mod field_value;
mod invite_link_card;
mod invite_links_page;
mod link_list;
mod sign_in_form;
mod unique_id;

pub use clock::{use_clock, Clock};
pub use context::ApiContext;
pub use create_dialog::CreateLinkDialog;
pub use expiry_field::{ExpiryChoice, ExpiryField};
use field_value::{clear_field, field_value};
pub use invite_link_card::InviteLinkCard;
pub use invite_links_page::InviteLinksPage;
pub use link_list::{LinkList, Links};
pub use sign_in_form::SignInForm;
use unique_id::unique_id;
