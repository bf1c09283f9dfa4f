//! [`ViewTasks`]: async work that belongs to a view and ends with it.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::reactive::owner::{Owner, WeakOwner};
use leptos::task::spawn_local_scoped_with_cancellation;

/// Starts tasks that belong to the view that made it, wherever `spawn` is called from (an event
/// handler, another task): when the view goes away, each task is dropped where it waits, so its
/// request is aborted, its timers are cleared, and nothing of it runs later.
#[derive(Clone, Copy)]
pub struct ViewTasks(StoredValue<Option<WeakOwner>>);

impl ViewTasks {
    /// Tasks of the calling view.
    pub fn new() -> Self {
        ViewTasks(StoredValue::new(
            Owner::current().map(|owner| owner.downgrade()),
        ))
    }

    /// Runs `task` until it ends or the view goes away; false (and nothing runs) once it is gone.
    pub fn spawn(self, task: impl Future<Output = ()> + 'static) -> bool {
        self.spawn_erased(Box::pin(task))
    }

    /// [`ViewTasks::spawn`] with the task's type erased: one copy of Leptos's task code serves
    /// every kind of task.
    fn spawn_erased(self, task: Pin<Box<dyn Future<Output = ()>>>) -> bool {
        let view = self.0.try_get_value().flatten();
        let Some(view) = view.and_then(|view| view.upgrade()) else {
            return false;
        };
        let own = view.child();
        let kept = own.clone();
        own.with(|| {
            spawn_local_scoped_with_cancellation(async move {
                task.await;
                drop(kept);
            })
        });
        true
    }
}

impl Default for ViewTasks {
    fn default() -> Self {
        Self::new()
    }
}
