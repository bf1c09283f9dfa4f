//! [`unique_id`]: element ids that never repeat on a page.

use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT: AtomicUsize = AtomicUsize::new(1);

/// An element id no other element on the page has, so that several instances of a component
/// (a list of cards, two sign-in forms) keep their labels pointing at their own fields.
pub fn unique_id(prefix: &str) -> String {
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}
