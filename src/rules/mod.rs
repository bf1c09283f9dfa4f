//! The pure rules, functions of explicit inputs (`now` included) with no browser and no reactivity:
//! time and expiry ([`expiry`]), a link's history and joins per day ([`history`]), the list's order and filter ([`link_order`]), Unleash's validity
//! answer next to the state shown ([`validity`]), the rows a click selects ([`selection`]), the key naming a link in addresses
//! ([`link_key`]), the base paths refused ([`base_path_problem`]), and names as shown ([`shown_text`]). Host unit tests cover them natively.

pub mod base_path_problem;
pub mod change;
pub mod expiry;
pub mod history;
pub mod link_key;
pub mod link_order;
pub mod outcome;
pub mod selection;
pub mod shown_text;
pub mod validity;
