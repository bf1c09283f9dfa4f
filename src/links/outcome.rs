//! [`Outcome`]: how a change ended, the same five ways for every change, and the words for each.

use crate::api::error::seconds_in_words;
use crate::api::{ApiError, PublicSignupToken};

use super::change::Change;

/// How a change ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Unleash made the change; the link as it has it now.
    Done(PublicSignupToken),
    /// Unleash refused it and said why (or a check before sending did); nothing changed.
    Refused(ApiError),
    /// Unleash asks the user to sign in; the change waits and goes through once they have.
    NeedsSignIn(ApiError),
    /// No usable answer came after sending: the change may have happened. The links are read again.
    Unknown {
        /// Why there was no answer.
        cause: ApiError,
        /// What reading the links again found.
        check: Check,
    },
    /// The user stopped waiting; the change may have happened. The links are read again.
    Cancelled,
}

/// What reading the links again after an unknown outcome found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    /// Not read yet.
    Reading,
    /// The link concerned as Unleash has it now: for a create, the link it made (`None`: none found).
    Read(Option<PublicSignupToken>),
    /// The links could not be read.
    Failed(ApiError),
}

impl Outcome {
    /// The outcome of a request that failed with `error`.
    pub fn of_failure(error: ApiError) -> Self {
        if error.needs_sign_in() {
            Outcome::NeedsSignIn(error)
        } else if error.outcome_unknown() {
            Outcome::Unknown {
                cause: error,
                check: Check::Reading,
            }
        } else {
            Outcome::Refused(error)
        }
    }

    /// The link a create made, known for sure: done, or found after the answer was lost.
    pub fn created_link(&self) -> Option<&PublicSignupToken> {
        match self {
            Outcome::Done(token)
            | Outcome::Unknown {
                check: Check::Read(Some(token)),
                ..
            } => Some(token),
            _ => None,
        }
    }
}

/// The words for a cancelled `change`: it may have happened, and the links are read again.
pub fn cancelled_words(change: &Change) -> String {
    let again = match change {
        Change::Create(_) => "the list is read again",
        _ => "the link is read again",
    };
    format!(
        "Cancelled. Unleash may have {} already: {again}.",
        change.deed()
    )
}

/// The words for an unknown outcome of `change`: why there was no answer, that it may have happened
/// (so not "try again"), and what reading the links again found.
pub fn unknown_words(change: &Change, cause: &ApiError, check: &Check) -> String {
    let deed = change.deed();
    let lost = match cause {
        ApiError::TimedOut { seconds } => {
            format!(
                "Unleash did not answer within {}, so the page stopped waiting.",
                seconds_in_words(*seconds)
            )
        }
        ApiError::UnreadableAnswer { status } => {
            format!("Unleash answered (HTTP {status}), but the answer could not be read.")
        }
        ApiError::Status { status, .. } => format!(
            "Something between this page and Unleash answered HTTP {status} instead of Unleash."
        ),
        _ => format!(
            "The connection to Unleash broke off before its answer came ({}).",
            network_words(cause)
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
            request.name
        ),
        (_, Check::Read(Some(_))) => {
            "The link was read again: the page now shows what Unleash has.".to_owned()
        }
        (_, Check::Read(None)) => "Unleash no longer lists this link.".to_owned(),
        (_, Check::Failed(error)) => format!(
            "Reading the links again failed as well ({}). Reload the list before trying again.",
            network_words(error)
        ),
    };
    format!("{lost} Unleash may have {deed} all the same. {found}")
}

fn network_words(error: &ApiError) -> String {
    match error {
        ApiError::Network { description } => description.clone(),
        other => other.describe(),
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
    fn each_failure_has_its_outcome() {
        assert!(matches!(
            Outcome::of_failure(ApiError::from_answer(401, "")),
            Outcome::NeedsSignIn(_)
        ));
        assert!(matches!(
            Outcome::of_failure(ApiError::from_answer(400, "")),
            Outcome::Refused(_)
        ));
        assert!(matches!(
            Outcome::of_failure(ApiError::from_answer(503, "")),
            Outcome::Unknown {
                check: Check::Reading,
                ..
            }
        ));
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
                let said = unknown_words(&create(), &cause, &check);
                assert!(said.contains("may have created the link"), "{said}");
                assert!(!said.to_lowercase().contains("try again"), "{said}");
            }
        }
        let failed = unknown_words(
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
            cancelled_words(&create()),
            "Cancelled. Unleash may have created the link already: the list is read again."
        );
    }
}
