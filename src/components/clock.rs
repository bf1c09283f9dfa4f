use std::time::Duration;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::local_time;

/// The current time, refreshed every second while the calling component is mounted, so that
/// wording such as "expires in 2 minutes" stays true and a link that expires on screen turns "Expired".
pub fn use_clock() -> ReadSignal<DateTime<Utc>> {
    let (now, set_now) = signal(local_time::now());
    if let Ok(handle) = set_interval_with_handle(
        move || set_now.set(local_time::now()),
        Duration::from_secs(1),
    ) {
        on_cleanup(move || handle.clear());
    }
    now
}
