//! Unleash invite links: create and manage Unleash public sign-up links from a browser.
//!
//! The crate is both the standalone app ([`App`]) and a library of components a larger admin console
//! embeds ([`components::InviteLinksPage`], configured with [`config::ApiConfig`]). Consoles that are
//! not written in Leptos call [`mount_invite_links`] from JavaScript.
//!
//! Layers: [`api`] is the only code that speaks HTTP; [`expiry`] holds the pure time rules;
//! [`components`] render. Unleash must be reachable on the page's own origin (it sends no CORS headers).

pub mod api;
mod app;
pub mod clipboard;
pub mod components;
pub mod config;
pub mod expiry;
pub mod local_time;

pub use app::App;

use std::any::Any;

use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the invite-links page into `element`, for host pages that are not written in Leptos.
///
/// `base_url` is where Unleash's routes live (empty for this page's origin); `token`, when given, is
/// sent as `Authorization` instead of the session cookie. Sign-in is left to the host. The page stays
/// until the host calls `unmount()` on the returned object.
#[wasm_bindgen]
pub fn mount_invite_links(
    element: web_sys::HtmlElement,
    base_url: String,
    token: Option<String>,
) -> MountedInviteLinks {
    let config = config::ApiConfig::new(base_url);
    let config = match token {
        Some(token) => config.with_token(token),
        None => config,
    };
    let handle = leptos::mount::mount_to(element, move || {
        leptos::view! { <components::InviteLinksPage config=config offer_sign_in=false /> }
    });
    MountedInviteLinks {
        handle: Some(Box::new(handle)),
    }
}

/// A page mounted by [`mount_invite_links`].
#[wasm_bindgen]
pub struct MountedInviteLinks {
    handle: Option<Box<dyn Any>>,
}

#[wasm_bindgen]
impl MountedInviteLinks {
    /// Removes the page and stops its timers and requests' effects.
    pub fn unmount(&mut self) {
        self.handle.take();
    }
}
