//! [`PendingRequest`]: one request a view started, with its "still waiting" notice and its cancellation.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::reactive::owner::{Owner, WeakOwner};
use leptos::task::spawn_local_scoped_with_cancellation;

use super::Waits;

/// A request that ends in the work to do with its answer.
type ErasedRequest = Pin<Box<dyn Future<Output = Box<dyn FnOnce()>>>>;

/// A request the user started (a change, a sign-in, a check): one at a time, "still waiting" after
/// [`Waits::slow_answer`], and dropped together with its timer when its view goes away, so that an answer
/// arriving later touches nothing that is gone.
///
/// The request belongs to the view that created the `PendingRequest`, wherever `start` is called
/// from: a request started when another finishes (the action retried after a sign-in) lives as long
/// as its own view, not as long as the sign-in form that triggered it.
#[derive(Clone, Copy)]
pub struct PendingRequest {
    pending: RwSignal<bool>,
    slow: RwSignal<bool>,
    slow_after: std::time::Duration,
    view: StoredValue<Option<WeakOwner>>,
    running: StoredValue<Option<Owner>>,
}

impl PendingRequest {
    /// No request yet; requests will belong to the calling view.
    pub fn new() -> Self {
        Self::owned_by(Owner::current().map(|owner| owner.downgrade()))
    }

    /// No request yet; requests will belong to `view` (such as the whole page), and go on while it
    /// lives even if the calling view goes away first.
    pub fn owned_by(view: Option<WeakOwner>) -> Self {
        PendingRequest {
            pending: RwSignal::new(false),
            slow: RwSignal::new(false),
            slow_after: Waits::current().slow_answer,
            view: StoredValue::new(view),
            running: StoredValue::new(None),
        }
    }

    /// Sends `request` unless one is still running or the view is gone (then returns false).
    /// `answered` gets the result, but only while the view is still mounted. May be called at any
    /// moment, also from another view's code.
    pub fn start<T: 'static>(
        self,
        request: impl Future<Output = T> + 'static,
        answered: impl FnOnce(T) + 'static,
    ) -> bool {
        self.start_erased(Box::pin(async move {
            let result = request.await;
            Box::new(move || answered(result)) as Box<dyn FnOnce()>
        }))
    }

    /// [`PendingRequest::start`] with the request's type erased: one copy of this code serves every
    /// kind of request (about 3 KB gzip less than one per kind).
    fn start_erased(self, request: ErasedRequest) -> bool {
        if self.pending.try_get_untracked() != Some(false) {
            return false;
        }
        let view = self.view.try_get_value().flatten();
        let Some(view) = view.and_then(|view| view.upgrade()) else {
            return false;
        };
        self.pending.set(true);
        self.slow.set(false);
        let running = view.child();
        self.running.set_value(Some(running.clone()));
        running.with(|| {
            let slow_timer =
                set_timeout_with_handle(move || self.slow.set(true), self.slow_after).ok();
            on_cleanup(move || slow_timer.into_iter().for_each(|timer| timer.clear()));
            spawn_local_scoped_with_cancellation(async move {
                let answered = request.await;
                slow_timer.into_iter().for_each(|timer| timer.clear());
                self.pending.set(false);
                self.slow.set(false);
                self.running.set_value(None);
                answered();
            });
        });
        true
    }

    /// True from the start of a request until its answer.
    pub fn pending(self) -> bool {
        self.pending.get()
    }

    /// Stops the running request, if any: its answer is never read and the browser aborts it.
    /// Returns whether there was one.
    pub fn cancel(self) -> bool {
        let running = self.running.try_update_value(Option::take).flatten();
        self.pending.set(false);
        self.slow.set(false);
        running.map(|running| running.cleanup()).is_some()
    }
}

impl Default for PendingRequest {
    fn default() -> Self {
        Self::new()
    }
}
