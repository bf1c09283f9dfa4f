//! [`pause`]: waiting a while inside a task, with the timer cleared if the task is dropped first.

use std::time::Duration;

use js_sys::Promise;
use wasm_bindgen_futures::JsFuture;

/// Resolves after `duration`. Dropping the future before then clears its timer, so a view that goes
/// away leaves no timer behind.
pub async fn pause(duration: Duration) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let mut timer = None;
    let promise = Promise::new(&mut |resolve, _| {
        timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                duration.as_millis().min(i32::MAX as u128) as i32,
            )
            .ok();
    });
    let _clear = ClearTimer(timer);
    let _ = JsFuture::from(promise).await;
}

struct ClearTimer(Option<i32>);

impl Drop for ClearTimer {
    fn drop(&mut self) {
        if let (Some(timer), Some(window)) = (self.0, web_sys::window()) {
            window.clear_timeout_with_handle(timer);
        }
    }
}
