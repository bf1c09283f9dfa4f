//! [`Clock`]: the page's one ticking clock, which a test can set to a chosen moment.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use leptos::prelude::*;

use crate::ui::local_time;

/// The page's time, ticking once a second: one timer for a whole page of rows. It is the browser's
/// clock, a clock set to another instant (tests use one to be at a chosen moment, such as just
/// before a UTC midnight), or a clock that stands still until moved (tests step over a moment with it,
/// however slow the machine).
#[derive(Clone, Copy)]
pub struct Clock {
    ticks: ReadSignal<DateTime<Utc>>,
    /// How far this clock is from the browser's; `None` when it stands still.
    offset: Option<TimeDelta>,
}

impl Clock {
    /// Shares a clock with the components below the caller: the one provided above it, if any,
    /// otherwise a new browser clock that stops when the calling component unmounts.
    pub fn provide() -> Self {
        let clock = use_context::<Clock>().unwrap_or_else(|| Self::start(TimeDelta::zero()));
        provide_context(clock);
        clock
    }

    /// A clock that reads `instant` now and runs on from there; provide it above the page.
    pub fn starting_at(instant: DateTime<Utc>) -> Self {
        Self::start(instant - local_time::now())
    }

    /// A clock that reads `instant` until the returned setter moves it; provide it above the page.
    pub fn stopped_at(instant: DateTime<Utc>) -> (Self, WriteSignal<DateTime<Utc>>) {
        let (ticks, set_ticks) = signal(instant);
        let clock = Clock {
            ticks,
            offset: None,
        };
        (clock, set_ticks)
    }

    /// The instant right now by this clock.
    pub fn now(self) -> DateTime<Utc> {
        match self.offset {
            Some(offset) => local_time::now() + offset,
            None => self
                .ticks
                .try_get_untracked()
                .unwrap_or_else(local_time::now),
        }
    }

    fn start(offset: TimeDelta) -> Self {
        let (ticks, set_ticks) = signal(local_time::now() + offset);
        let tick = move || set_ticks.set(local_time::now() + offset);
        if let Ok(handle) = set_interval_with_handle(tick, Duration::from_secs(1)) {
            on_cleanup(move || handle.clear());
        }
        Clock {
            ticks,
            offset: Some(offset),
        }
    }
}

/// The current time, kept fresh so that wording such as "expires in 2 minutes" stays true and a link
/// that expires on screen turns "Expired". Uses the page's [`Clock`], or starts one of its own.
pub fn use_clock() -> ReadSignal<DateTime<Utc>> {
    use_context::<Clock>()
        .unwrap_or_else(|| Clock::start(TimeDelta::zero()))
        .ticks
}

/// Reads the instant right now by the page's [`Clock`] (the browser's clock outside a page): what a
/// click means, e.g. "one week from now". Call it while building a component; call what it returns
/// in event handlers.
pub fn use_now() -> impl Fn() -> DateTime<Utc> + Copy + Send + Sync + 'static {
    let clock = use_context::<Clock>();
    move || clock.map_or_else(local_time::now, Clock::now)
}
