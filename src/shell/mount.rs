//! Mounting the page into a host's element, and removing all of it again.

use std::any::Any;

use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use web_sys::HtmlElement;

/// A view mounted into a host element. [`MountedView::unmount`] (or dropping it) removes the view
/// and runs every cleanup under it: timers, requests, and listeners on `window` (the page's
/// `popstate` listener, or a router's).
///
/// Leptos's own unmount handle leaves cleanups to the moment the last reference to the view's
/// owner is gone, which event handlers can postpone indefinitely; a router's listener left on
/// `window` would then take over every link click in the host page.
pub struct MountedView {
    handle: Option<Box<dyn Any>>,
    owner: Owner,
}

/// Mounts `view` at the end of `element`.
pub fn mount_view<F, N>(element: HtmlElement, view: F) -> MountedView
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let owner = Owner::new();
    let handle = owner.with(|| leptos::mount::mount_to(element, view));
    MountedView {
        handle: Some(Box::new(handle)),
        owner,
    }
}

impl MountedView {
    /// Removes the view and runs its cleanups; calling it again does nothing.
    pub fn unmount(&mut self) {
        if self.handle.take().is_some() {
            self.owner.cleanup();
        }
    }
}

impl Drop for MountedView {
    fn drop(&mut self) {
        self.unmount();
    }
}
