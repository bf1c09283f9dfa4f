//! What the page knows about the links, and the one way to change one.
//!
//! [`LinkStore`] holds Unleash's list and the page's own later changes. Every change (create, new
//! expiry, disable, enable) is made through a view's [`LinkChanges`], sent by its `LinkAction` (action.rs),
//! and ends in one [`Outcome`]: done, refused, needs sign-in, unknown or cancelled, each with the
//! same words for every change.

mod action;
mod change;
mod changes;
mod lost_create;
mod outcome;
mod store;

pub use change::Change;
pub use changes::{Dialog, LinkChanges};
pub use outcome::{Check, Outcome};
pub use store::{LinkStore, ListStatus};
