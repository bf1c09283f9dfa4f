//! Unleash invite links: create and manage Unleash public sign-up links from a browser.
//!
//! The crate is the standalone app ([`App`]), a library a larger admin console embeds, and the embed
//! bundle: Leptos consoles put [`routes::InviteLinksRoutes`] in their router (configured with one
//! [`config::InviteLinksConfig`] and a base path); other consoles use the `<unleash-invite-links>`
//! custom element (the `embed` module, behind the `embed` feature). Unleash must be reachable on
//! the page's own origin (it sends no CORS headers).
//!
//! Layers: `api` (the only code that speaks HTTP, typed errors only; its models are public, as
//! hosts hear of links in them), `rules` (pure), `ui` (contexts, hooks, the browser's clock and
//! clipboard), `links` (what the page knows and the one way to change a link), `words` (every
//! sentence the page says of an error or a change; `links` announces with it), `components` (what
//! renders), and `shell` (config, addresses, mounting, the element: what a host touches). Only
//! what a host uses is public.

pub mod api;
mod components;
pub mod config;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod layers;
mod links;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod policy_rules;
mod rules;
mod shell;
mod ui;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod view_rules;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod word_rules;
mod words;

#[cfg(feature = "embed")]
pub use shell::embed;
pub use shell::{mount, routes};

pub use shell::app::App;
pub use shell::standalone::start_app;

/// What the crate's own browser and end-to-end tests reach inside: the page's clock and waits, the
/// browser's local time, and the key naming a link in addresses. Not for hosts.
#[doc(hidden)]
pub mod testing {
    pub use crate::rules::link_key::link_key;
    pub use crate::ui::language::forget_read_catalogues;
    pub use crate::ui::local_time;
    pub use crate::ui::{Clock, Waits};
    pub use crate::words::Catalogue;
}
