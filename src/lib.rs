//! Unleash invite links: create and manage Unleash public sign-up links from a browser.
//!
//! The crate is the standalone app ([`App`]), a library a larger admin console embeds, and the embed
//! bundle: Leptos consoles put [`routes::InviteLinksRoutes`] in their router (configured with one
//! [`config::InviteLinksConfig`] and a base path); other consoles use the `<unleash-invite-links>`
//! custom element (the `embed` module, behind the `embed` feature).
//!
//! Layers: [`api`] is the only code that speaks HTTP; [`expiry`], [`link_order`] and [`validity`]
//! hold the pure rules; [`links`] keeps what the page knows and is the one way to change a link;
//! [`components`] render; [`routes`] maps addresses ([`base_path`]) to views. Unleash must be
//! reachable on the page's own origin (it sends no CORS headers).

pub mod api;
mod app;
pub mod base_path;
pub mod clipboard;
pub mod components;
pub mod config;
#[cfg(feature = "embed")]
pub mod embed;
pub mod expiry;
pub mod link_key;
pub mod link_order;
pub mod links;
pub mod local_time;
pub mod mount;
pub mod page_address;
pub mod routes;
pub mod ui;
pub mod validity;

pub use app::App;
