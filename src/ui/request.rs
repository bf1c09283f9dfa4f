use std::future::Future;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local_scoped_with_cancellation;

/// After this long without an answer, a view says it is still waiting.
pub const SLOW_ANSWER: Duration = Duration::from_secs(5);

/// A request the user started (create, change expiry, disable): one at a time, "still waiting" after
/// [`SLOW_ANSWER`], and dropped together with its timer when its view goes away, so that an answer
/// arriving later touches nothing that is gone.
#[derive(Clone, Copy)]
pub struct PendingRequest {
    /// True from the start of a request until its answer.
    pub pending: RwSignal<bool>,
    /// True once the answer has taken longer than [`SLOW_ANSWER`].
    pub slow: RwSignal<bool>,
}

impl PendingRequest {
    /// No request yet.
    pub fn new() -> Self {
        PendingRequest {
            pending: RwSignal::new(false),
            slow: RwSignal::new(false),
        }
    }

    /// Sends `request` unless one is still running (then returns false). `answered` gets the result,
    /// but only while the view that started it is still mounted.
    pub fn start<T: 'static>(
        self,
        request: impl Future<Output = T> + 'static,
        answered: impl FnOnce(T) + 'static,
    ) -> bool {
        if self.pending.get_untracked() {
            return false;
        }
        self.pending.set(true);
        self.slow.set(false);
        let slow_timer = set_timeout_with_handle(move || self.slow.set(true), SLOW_ANSWER).ok();
        on_cleanup(move || slow_timer.into_iter().for_each(|timer| timer.clear()));
        spawn_local_scoped_with_cancellation(async move {
            let result = request.await;
            slow_timer.into_iter().for_each(|timer| timer.clear());
            self.pending.set(false);
            self.slow.set(false);
            answered(result);
        });
        true
    }
}

impl Default for PendingRequest {
    fn default() -> Self {
        Self::new()
    }
}
