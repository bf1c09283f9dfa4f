//! [`ExpiryInput`]: the state of an "Expires" field, read when its form sends the change.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::rules::expiry::{ExpiryChoice, ExpiryProblem};
use crate::ui::local_time::from_input_value;

/// The "Expires" field's state: the choice, the custom date-time input's value, and the problem
/// shown beside it. The form that owns it reads it when the user sends the change.
#[derive(Clone, Copy)]
pub struct ExpiryInput {
    /// The chosen option.
    pub(super) choice: RwSignal<ExpiryChoice>,
    /// The custom date-time input's value (`YYYY-MM-DDTHH:MM`, the user's time zone).
    pub(super) custom_value: RwSignal<String>,
    /// What is wrong with the choice, once the user tried to send it.
    pub(super) problem: RwSignal<Option<ExpiryProblem>>,
}

impl ExpiryInput {
    /// One week, no problem.
    pub fn new() -> Self {
        ExpiryInput {
            choice: RwSignal::new(ExpiryChoice::default()),
            custom_value: RwSignal::new(String::new()),
            problem: RwSignal::new(None),
        }
    }

    /// What the choice means at `now` (tracked: a view that shows it follows the input).
    pub fn expires_at(self, now: DateTime<Utc>) -> Result<DateTime<Utc>, ExpiryProblem> {
        let custom = from_input_value(&self.custom_value.get());
        self.choice.get().expires_at(custom, now)
    }

    /// The expiry to send at `now`; otherwise notes the problem to show and returns `None`.
    pub fn read(self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let read = untrack(|| self.expires_at(now));
        self.problem.set(read.err());
        read.ok()
    }
}

impl Default for ExpiryInput {
    fn default() -> Self {
        Self::new()
    }
}
