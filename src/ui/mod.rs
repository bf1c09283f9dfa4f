//! What the components share and are not components themselves: contexts, hooks and DOM helpers.
//!
//! # When a view may already be gone
//!
//! A view's signals and stored values are disposed with it (unmount, navigation). In Leptos 0.8,
//! *writing* to a disposed one (`set`, `update`, `set_value`, `update_value`) does nothing, but
//! *reading* one (`get`, `with`, `get_untracked`, `get_value`, `with_value`) and `Callback::run`
//! panic, and a panic in the release build kills the page (and a host console's page with it). So:
//!
//! - Code that runs only while its view lives reads plainly: the view's event handlers, effects,
//!   memos and derived signals, and a task spawned with `spawn_local_scoped_with_cancellation`
//!   under the view's owner (it is dropped with the view and never resumes afterwards).
//! - Code that may run after the view is gone reads with `try_`: a timer's callback, an `on_cleanup`,
//!   a callback handed to a host, and any code that runs after a call that can unmount the view
//!   (telling the host of a change, closing or navigating) in the same turn.
//! - Writes need no `try_`.
//! - [`ApiContext`], and the link store and actions above this layer, follow these rules inside:
//!   their methods may be called at any moment.

mod announcer;
pub mod base_path;
pub mod clipboard;
mod clock;
mod context;
mod field_value;
pub mod language;
mod live;
pub mod local_time;
mod pause;
pub mod plain_dom;
mod request;
pub mod search_text;
mod unique_id;
mod view_tasks;
mod waits;

pub use announcer::Announcer;
pub use clock::{use_clock, use_now, Clock};
pub use context::ApiContext;
pub use field_value::{clear_field, field_value, focus, focus_soon, focused_element};
pub use live::{handler, live_flag, live_text, live_view};
pub use pause::pause;
pub use request::PendingRequest;
pub use unique_id::unique_id;
pub use view_tasks::ViewTasks;
pub use waits::Waits;
