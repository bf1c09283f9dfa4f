use std::time::Duration;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::local_time;

/// The current time, ticking once a second: one timer for a whole page of cards.
#[derive(Clone, Copy)]
pub struct Clock(ReadSignal<DateTime<Utc>>);

impl Clock {
    /// Starts a clock that stops when the calling component unmounts, and shares it with the
    /// components below it.
    pub fn provide() -> Self {
        let clock = Self::start();
        provide_context(clock);
        clock
    }

    fn start() -> Self {
        let (now, set_now) = signal(local_time::now());
        let tick = move || set_now.set(local_time::now());
        if let Ok(handle) = set_interval_with_handle(tick, Duration::from_secs(1)) {
            on_cleanup(move || handle.clear());
        }
        Clock(now)
    }
}

/// The current time, kept fresh so that wording such as "expires in 2 minutes" stays true and a link
/// that expires on screen turns "Expired". Uses the page's [`Clock`], or starts one of its own.
pub fn use_clock() -> ReadSignal<DateTime<Utc>> {
    use_context::<Clock>().unwrap_or_else(Clock::start).0
}
