//! The words for a change to a link: while it is on its way, once done, and each way it can end
//! otherwise.

use super::errors::{error, error_for, stopped_waiting, Access};
use crate::api::ApiError;
use crate::rules::change::Change;
use crate::rules::outcome::{Check, Outcome};
use crate::rules::shown_text::one_line;

/// Said while an answer is slow to come.
pub const STILL_WAITING: &str =
    "Still waiting for Unleash. Cancel stops waiting, but the change may then happen all the same.";

/// Said while another change to the same link is on its way.
pub const WAITS_FOR_OTHER: &str =
    "Another change to this link is on its way: this one can be sent once it has its answer.";

/// While it is on its way: "Creating the link…".
pub fn sending(change: &Change) -> &'static str {
    match change {
        Change::Create(_) => "Creating the link…",
        Change::SetExpiry { .. } => "Saving the new expiry…",
        Change::SetEnabled { enabled: false, .. } => "Disabling the link…",
        Change::SetEnabled { enabled: true, .. } => "Enabling the link…",
    }
}

const CREATED: &str = "Invite link created.";

/// Once done: "Invite link created."
pub fn done(change: &Change) -> &'static str {
    match change {
        Change::Create(_) => CREATED,
        Change::SetExpiry { .. } => "Expiry changed.",
        Change::SetEnabled { enabled: false, .. } => "Link disabled.",
        Change::SetEnabled { enabled: true, .. } => "Link enabled.",
    }
}

/// Above a link the create dialog made: created, or found on reading the list again after
/// Unleash's answer was lost (by this user, or by someone the page cannot tell).
pub fn created(found_after_lost_answer: bool, maker_unknown: bool) -> &'static str {
    match (found_after_lost_answer, maker_unknown) {
        (true, false) => "Invite link created. Unleash's answer was lost on the way, but reading the list again found the link.",
        (true, true) => "Unleash's answer was lost on the way. Reading the list again found a link of this name made since, but this page cannot tell whether you or another admin made it.",
        _ => CREATED,
    }
}

/// Before a second create of `name` (already on one line) whose first create got no answer.
pub fn may_exist_already(name: &str) -> String {
    format!(
        "Unleash may already have made a link named “{name}”: it did not answer when you last pressed Create. \
         Press Create another to make one more all the same, or Cancel and look in the list."
    )
}

/// Below a link the create dialog made: who can use it.
pub const WHO_CAN_JOIN: &str = "Anyone who opens this link can join Unleash as a Viewer until it expires: share it only with the people you mean to invite.";

/// What may have happened when no answer came: "created the link".
fn deed(change: &Change) -> &'static str {
    match change {
        Change::Create(_) => "created the link",
        Change::SetExpiry { .. } => "changed the expiry",
        Change::SetEnabled { enabled: false, .. } => "disabled the link",
        Change::SetEnabled { enabled: true, .. } => "enabled the link",
    }
}

/// What signing in leads to: "the link is created".
fn after_sign_in(change: &Change) -> &'static str {
    match change {
        Change::Create(_) => "the link is created",
        Change::SetExpiry { .. } => "the new expiry is saved",
        Change::SetEnabled { enabled: false, .. } => "the link is disabled",
        Change::SetEnabled { enabled: true, .. } => "the link is enabled",
    }
}

/// A cancelled `change`: it may have happened, and the links are read again.
pub fn cancelled(change: &Change) -> String {
    let again = match change {
        Change::Create(_) => "the list is read again",
        _ => "the link is read again",
    };
    format!(
        "Cancelled. Unleash may have {} already: {again}.",
        deed(change)
    )
}

/// An unknown outcome of `change`: why there was no answer, that it may have happened (so not "try
/// again"), and what reading the links again found.
fn unknown(change: &Change, cause: &ApiError, check: &Check) -> String {
    let lost = match cause {
        ApiError::TimedOut { seconds } => stopped_waiting(*seconds),
        ApiError::UnreadableAnswer { status } => {
            format!("Unleash answered (HTTP {status}), but the answer could not be read.")
        }
        ApiError::Status { status, .. } => format!(
            "Something between this page and Unleash answered HTTP {status} instead of Unleash."
        ),
        _ => format!(
            "The connection to Unleash broke off before its answer came ({}).",
            network(cause)
        ),
    };
    let found = match (change, check) {
        (_, Check::Reading) => "Reading the links again to see what Unleash has…".to_owned(),
        (Change::Create(_), Check::Read(Some(_))) => {
            "Reading the list again found it: Unleash had created the link.".to_owned()
        }
        (Change::Create(request), Check::Read(None)) => format!(
            "The list, read again, has no link named “{}” made since you pressed Create, so most \
             likely none was made. To make it, press Create again: you will be asked first.",
            one_line(&request.name)
        ),
        (_, Check::Read(Some(_))) => {
            "The link was read again: the page now shows what Unleash has.".to_owned()
        }
        (_, Check::Read(None)) => "Unleash no longer lists this link.".to_owned(),
        (_, Check::Failed(failure)) => format!(
            "Reading the links again failed as well ({}). Reload the list before trying again.",
            network(failure)
        ),
    };
    format!(
        "{lost} Unleash may have {} all the same. {found}",
        deed(change)
    )
}

/// The problem to tell about how `change` ended, if any: refused, sign-in needed, unknown or
/// cancelled (`offers_sign_in` also says whether the sign-in form is shown beside it).
pub fn outcome_problem(change: &Change, outcome: &Outcome, access: Access) -> Option<String> {
    Some(match outcome {
        Outcome::Done(_) => return None,
        Outcome::Refused(failure) => error_for(failure, access),
        Outcome::NeedsSignIn(_) if access.offers_sign_in => format!(
            "Sign in to Unleash to continue: once you are signed in, {}.",
            after_sign_in(change)
        ),
        Outcome::NeedsSignIn(failure) => error_for(failure, access),
        Outcome::Unknown { cause, check } => unknown(change, cause, check),
        Outcome::Cancelled => cancelled(change),
    })
}

fn network(failure: &ApiError) -> String {
    match failure {
        ApiError::Network { description } => description.clone(),
        other => error(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::CreateTokenRequest;

    fn create() -> Change {
        Change::Create(CreateTokenRequest {
            name: "Team".into(),
            expires_at: "2026-12-09T00:00:00Z".parse().unwrap(),
        })
    }

    #[test]
    fn an_unknown_outcome_never_says_try_again_and_says_it_may_have_happened() {
        let causes = [
            ApiError::Network {
                description: "TypeError: Failed to fetch".into(),
            },
            ApiError::TimedOut { seconds: 30 },
            ApiError::from_answer(502, "<html>"),
            ApiError::UnreadableAnswer { status: 201 },
        ];
        for cause in causes {
            for check in [Check::Reading, Check::Read(None)] {
                let said = unknown(&create(), &cause, &check);
                assert!(said.contains("may have created the link"), "{said}");
                assert!(!said.to_lowercase().contains("try again"), "{said}");
            }
        }
        let failed = unknown(
            &create(),
            &ApiError::TimedOut { seconds: 30 },
            &Check::Failed(ApiError::from_answer(503, "")),
        );
        assert!(
            failed.contains("Reload the list before trying again"),
            "{failed}"
        );
    }

    #[test]
    fn a_cancelled_create_says_the_link_may_exist() {
        assert_eq!(
            cancelled(&create()),
            "Cancelled. Unleash may have created the link already: the list is read again."
        );
    }
}
