//! Every sentence the page says about a failure or a change, in one place (so that a translation
//! has one module to replace): `api` and the rules return typed errors and problems, `links` typed
//! outcomes, and the views show what these functions make of them. No sentence is written twice.

mod bulk;
mod changes;
mod copying;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod decoding_properties;
mod errors;
mod facts;
mod history;
mod labels;
mod list;
mod names;
mod states;
mod times;
mod validity;

pub use bulk::{bulk_progress, bulk_report, disable_question, disable_words, links};
pub use changes::{
    cancelled, created, done, may_exist_already, outcome_problem, sending, STILL_WAITING,
    WAITS_FOR_OTHER, WHO_CAN_JOIN,
};
pub use copying::{
    copy_link_named, copy_notice, COPY_LINK, INVITE_LINK, NO_ADDRESS, NO_ADDRESS_EXPLAINED,
};
pub use errors::{
    base_path_refused, error_for, expiry_problem, sign_in_problem, token_problem, Access, NO_NAME,
    NO_USER_NAME_OR_PASSWORD,
};
#[cfg(test)]
pub(crate) use errors::{error, wait};
pub use facts::{created_by, expiry_label, people, stored_expiry, yes_no, ROLE_NOT_REPORTED};
pub use history::{
    history_cut, history_failure, joins_summary, step_sentence, HISTORY_BEGINS_LATER,
};
pub use labels::*;
pub use list::{nothing_shown, unreadable_links, LOADING_LINKS, SIGN_IN_TO_SEE_LINKS};
pub use names::link_name;
pub use states::{filter, nobody_can_join, preset, state};
pub use times::{ago, relative_expiry, LOCAL_TIME};
pub use validity::{verdict, ASKING_UNLEASH};
