//! What the page knows about the links, and the one way to change one.
//!
//! [`LinkStore`] holds Unleash's list and the page's own later changes. Every change (create, new
//! expiry, disable, enable) goes through a [`LinkAction`] and ends in one [`Outcome`]: done, refused,
//! needs sign-in, unknown or cancelled, each with the same words for every change.

mod action;
mod change;
mod lost_create;
mod outcome;
mod store;

pub use action::LinkAction;
pub use change::Change;
pub use lost_create::{find_created, CLOCK_TOLERANCE};
pub use outcome::{cancelled_words, unknown_words, Check, Outcome};
pub use store::{LinkStore, ListStatus};
