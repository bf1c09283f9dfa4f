//! Unleash invite links: create and manage Unleash public sign-up links from a browser.
//!
//! The crate is both the standalone app ([`App`]) and a library a larger admin console embeds: Leptos
//! consoles put [`routes::InviteLinksRoutes`] in their router (configured with [`config::ApiConfig`]
//! and a base path); other consoles call [`mount_invite_links`] from JavaScript.
//!
//! Layers: [`api`] is the only code that speaks HTTP; [`expiry`], [`link_order`] and [`validity`]
//! hold the pure rules; [`links`] keeps what the page knows; [`components`] render; [`routes`] maps
//! addresses to views. Unleash must be reachable on the page's own origin (it sends no CORS headers).

pub mod api;
mod app;
pub mod clipboard;
pub mod components;
pub mod config;
pub mod expiry;
pub mod link_key;
pub mod link_order;
pub mod links;
pub mod local_time;
pub mod mount;
pub mod routes;
pub mod ui;
pub mod validity;

pub use app::App;

use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the invite-links page into `element`, for host pages that are not written in Leptos.
///
/// `base_url` is where Unleash's routes live (empty for this page's origin); `token`, when given, is
/// sent as `Authorization` instead of the session cookie. Sign-in is left to the host. `base_path` is
/// the address of the page in the host (its details views live below it); by default the address
/// the host page has when this is called. The page stays until the host calls `unmount()` on the
/// returned object.
#[wasm_bindgen]
pub fn mount_invite_links(
    element: web_sys::HtmlElement,
    base_url: String,
    token: Option<String>,
    base_path: Option<String>,
) -> MountedInviteLinks {
    let base_path = base_path.unwrap_or_else(|| {
        web_sys::window()
            .and_then(|window| window.location().pathname().ok())
            .unwrap_or_default()
    });
    let config = config::ApiConfig::new(base_url);
    let config = match token {
        Some(token) => config.with_token(token),
        None => config,
    };
    let mounted = mount::mount_view(element, move || {
        leptos::view! { <routes::InviteLinksApp config offer_sign_in=false base_path /> }
    });
    MountedInviteLinks { mounted }
}

/// A page mounted by [`mount_invite_links`].
#[wasm_bindgen]
pub struct MountedInviteLinks {
    mounted: mount::MountedView,
}

#[wasm_bindgen]
impl MountedInviteLinks {
    /// Removes the page and stops its timers, requests and listeners.
    pub fn unmount(&mut self) {
        self.mounted.unmount();
    }
}
