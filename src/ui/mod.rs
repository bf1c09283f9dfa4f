//! What the components share and are not components themselves: contexts, hooks and DOM helpers.

mod clock;
mod context;
mod field_value;
mod request;
mod unique_id;

pub use clock::{use_clock, use_now, Clock};
pub use context::ApiContext;
pub use field_value::{clear_field, field_value, focus, focus_soon, focused_element, submit_again};
pub use request::PendingRequest;
pub use unique_id::unique_id;
