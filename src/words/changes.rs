//! The words for a change to a link: while it is on its way, once done, and each way it can end
//! otherwise.

use super::catalogue::*;
use super::errors::Access;
use crate::api::ApiError;
use crate::rules::change::Change;
use crate::rules::outcome::{Check, Outcome};
use crate::rules::shown_text::one_line;

/// The message for each kind of change, in the order create, new expiry, disable, enable.
fn by_change(change: &Change, messages: [Message; 4]) -> Message {
    let [create, expiry, disable, enable] = messages;
    match change {
        Change::Create(_) => create,
        Change::SetExpiry { .. } => expiry,
        Change::SetEnabled { enabled: false, .. } => disable,
        Change::SetEnabled { enabled: true, .. } => enable,
    }
}

impl Catalogue {
    /// While it is on its way: "Creating the link…".
    pub fn sending(&self, change: &Change) -> String {
        self.text(by_change(
            change,
            [
                SENDING_CREATE,
                SENDING_EXPIRY,
                SENDING_DISABLE,
                SENDING_ENABLE,
            ],
        ))
    }

    /// Once Unleash has done it: "Expiry changed.".
    pub fn done(&self, change: &Change) -> String {
        self.text(by_change(
            change,
            [DONE_CREATE, DONE_EXPIRY, DONE_DISABLE, DONE_ENABLE],
        ))
    }

    /// A create that is done: plainly, or found by reading the list again after its answer was
    /// lost (and then maybe made by another admin).
    pub fn created(&self, found_after_lost_answer: bool, maker_unknown: bool) -> String {
        self.text(match (found_after_lost_answer, maker_unknown) {
            (true, false) => CREATED_FOUND,
            (true, true) => CREATED_FOUND_MAKER_UNKNOWN,
            _ => DONE_CREATE,
        })
    }

    /// Before a second create of a name whose first create got no answer.
    pub fn may_exist_already(&self, name: &str) -> String {
        self.fill(MAY_EXIST_ALREADY, &[("name", name)])
    }

    /// A change the user cancelled while on its way: it may have happened.
    pub fn cancelled(&self, change: &Change) -> String {
        self.text(by_change(
            change,
            [
                CANCELLED_CREATE,
                CANCELLED_EXPIRY,
                CANCELLED_DISABLE,
                CANCELLED_ENABLE,
            ],
        ))
    }

    /// A change sent without an answer: what was lost, that it may have happened, and what reading
    /// the links again found. Never "try again".
    fn unknown(&self, change: &Change, cause: &ApiError, check: &Check) -> String {
        let lost = match cause {
            ApiError::TimedOut { seconds } => self.stopped_waiting(*seconds),
            ApiError::UnreadableAnswer { status } => {
                self.fill(LOST_UNREADABLE, &[("status", &status.to_string())])
            }
            ApiError::Status { status, .. } => {
                self.fill(LOST_OTHER_ANSWERED, &[("status", &status.to_string())])
            }
            _ => self.fill(LOST_BROKE_OFF, &[("description", &self.network(cause))]),
        };
        let may = self.text(by_change(
            change,
            [
                MAY_HAVE_CREATED,
                MAY_HAVE_CHANGED_EXPIRY,
                MAY_HAVE_DISABLED,
                MAY_HAVE_ENABLED,
            ],
        ));
        let found = match (change, check) {
            (_, Check::Reading) => self.text(FOUND_READING),
            (Change::Create(_), Check::Read(Some(_))) => self.text(FOUND_CREATED),
            (Change::Create(request), Check::Read(None)) => {
                self.fill(FOUND_NONE_CREATED, &[("name", &one_line(&request.name))])
            }
            (_, Check::Read(Some(_))) => self.text(FOUND_READ),
            (_, Check::Read(None)) => self.text(FOUND_GONE),
            (_, Check::Failed(failure)) => {
                self.fill(FOUND_FAILED, &[("description", &self.network(failure))])
            }
        };
        self.sentences(&self.sentences(&lost, &may), &found)
    }

    /// What to tell the user about a change that ended in `outcome`; `None` when it was done.
    pub fn outcome_problem(
        &self,
        change: &Change,
        outcome: &Outcome,
        access: Access,
    ) -> Option<String> {
        Some(match outcome {
            Outcome::Done(_) => return None,
            Outcome::Refused(failure) => self.error_for(failure, access),
            Outcome::NeedsSignIn(_) if access.offers_sign_in => self.text(by_change(
                change,
                [
                    SIGN_IN_THEN_CREATE,
                    SIGN_IN_THEN_EXPIRY,
                    SIGN_IN_THEN_DISABLE,
                    SIGN_IN_THEN_ENABLE,
                ],
            )),
            Outcome::NeedsSignIn(failure) => self.error_for(failure, access),
            Outcome::Unknown { cause, check } => self.unknown(change, cause, check),
            Outcome::Cancelled => self.cancelled(change),
        })
    }

    /// The browser's own description of a failed connection, or the words of another failure.
    fn network(&self, failure: &ApiError) -> String {
        match failure {
            ApiError::Network { description } => description.clone(),
            other => self.error(other),
        }
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
                let said = Catalogue::english().unknown(&create(), &cause, &check);
                assert!(said.contains("may have created the link"), "{said}");
                assert!(!said.to_lowercase().contains("try again"), "{said}");
            }
        }
        let failed = Catalogue::english().unknown(
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
            Catalogue::english().cancelled(&create()),
            "Cancelled. Unleash may have created the link already: the list is read again."
        );
    }
}
