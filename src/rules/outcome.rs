//! [`Outcome`]: how a change ended, the same five ways for every change (`words` says each).

use crate::api::{ApiError, PublicSignupToken};

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

/// How one link of a bulk disable ended: its [`Outcome`], or `None` when it was not sent (the user
/// cancelled before its turn).
pub type BulkEnd = (PublicSignupToken, Option<Outcome>);

/// Whether the link is disabled after `outcome`: done, or found disabled when read again after no
/// answer came.
pub fn is_disabled(outcome: &Outcome) -> bool {
    match outcome {
        Outcome::Done(_) => true,
        Outcome::Unknown {
            check: Check::Read(Some(token)),
            ..
        } => !token.enabled,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
