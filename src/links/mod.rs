//! What the page knows about the links, and the one way to change one.
//!
//! [`LinkStore`] holds Unleash's list and the page's own later changes. Every change (create, new
//! expiry, disable, enable) is made through a view's [`LinkChanges`], sent by its `LinkAction` (action.rs),
//! and ends in one [`Outcome`]: done, refused, needs sign-in, unknown or cancelled, each with the
//! same words for every change. [`BulkDisable`] sends a sequence of disables through one action.

mod action;
mod bulk_disable;
mod change;
mod lost_create;
mod store;
mod user_line;

pub use action::LinkAction;
pub use bulk_disable::BulkDisable;
pub use store::{LinkStore, ListStatus};
