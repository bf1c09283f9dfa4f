//! [`Waits`]: how long the page waits before it acts on its own, which a test can shorten.

use std::time::Duration;

use leptos::prelude::*;

/// The page's own waits: before saying an answer is slow, and before reading the links again after
/// a change whose outcome is unknown. Provide other waits above the page (as tests do) to move time
/// instead of waiting for it; without one, the page uses [`Waits::default`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Waits {
    /// After this long without an answer, a view says it is still waiting.
    pub slow_answer: Duration,
    /// After an unknown outcome, the links are read again after this pause: a change that reached
    /// Unleash is then stored.
    pub reread: Duration,
}

impl Default for Waits {
    fn default() -> Self {
        Waits {
            slow_answer: Duration::from_secs(5),
            reread: Duration::from_millis(800),
        }
    }
}

impl Waits {
    /// The waits provided above the caller, or the default ones.
    pub fn current() -> Self {
        use_context::<Waits>().unwrap_or_default()
    }
}
