//! Every word the page shows, from one catalogue per language (`lang/<language>.json`): `api` and
//! the rules return typed errors and problems, `links` typed outcomes, and the views show what
//! [`Catalogue`] makes of them, in the language [`Words`] holds now. No sentence is written twice.

mod bulk;
mod catalogue;
mod changes;
mod copying;
mod current;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod decoding_properties;
mod errors;
mod facts;
mod history;
mod list;
mod names;
mod states;
mod times;
mod validity;

pub use catalogue::*;
pub use current::Words;
pub use errors::Access;
