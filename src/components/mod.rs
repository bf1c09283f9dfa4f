//! The components. A component renders: it asks `links` to change a link, `api` (through the
//! context) for data, and `expiry` what times mean. One public component per file; a file may hold a
//! small private component only it uses.
//!
//! - [`views`]: what an address shows (the list, one link's details);
//! - [`dialogs`]: the dialogs that change links, each a body in the one dialog shell;
//! - [`primitives`]: what those are built from (the dialog surface, the body of a change with its
//!   status, fields, the link with Copy, the sign-in).

pub mod dialogs;
pub mod primitives;
pub mod views;

pub use views::{InviteLinksPage, LinkDetailsView, LinkListView, NotFound};
