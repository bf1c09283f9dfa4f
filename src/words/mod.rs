//! Every sentence the page says about a failure or a change, in one place (so that a translation
//! has one module to replace): `api` and the rules return typed errors and problems, `links` typed
//! outcomes, and the views show what these functions make of them. No sentence is written twice.

mod bulk;
mod changes;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod decoding_properties;
mod errors;
mod history;

pub use bulk::{bulk_progress, bulk_report, disable_question, disable_words, links};
pub use changes::{cancelled, done, outcome_problem, sending, STILL_WAITING};
pub use errors::{
    base_path_refused, error_for, expiry_problem, sign_in_problem, token_problem, Access,
};
#[cfg(test)]
pub(crate) use errors::{error, wait};
pub use history::{
    ago, history_cut, history_failure, joins_summary, step_sentence, HISTORY_BEGINS_LATER,
};
