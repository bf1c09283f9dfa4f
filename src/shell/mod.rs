//! The host shell: the addresses the page follows ([`routes`], [`page_address`]), mounting into a host element and removing it ([`mount`]), the
//! `<unleash-invite-links>` custom element (`embed`, feature "embed") and the standalone [`app`].

pub mod app;
#[cfg(feature = "embed")]
pub mod embed;
pub mod mount;
pub mod page_address;
pub mod routes;
pub mod standalone;
