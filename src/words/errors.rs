//! The words for a failed request, a refused token or address, an expiry that cannot be used, and
//! a failed sign-in.

use super::catalogue::*;
use crate::api::{ApiError, BaseUrlProblem, TokenProblem, ANSWER_LIMIT_BYTES};
use crate::rules::base_path_problem::BasePathProblem;
use crate::rules::expiry::ExpiryProblem;
use crate::rules::shown_text::one_line;

/// What the page knows about its access when it words an error.
#[derive(Clone, Copy, Debug, Default)]
pub struct Access {
    /// Requests carry an API token (the host's or one typed in), not the session cookie.
    pub sends_token: bool,
    /// The page offers Unleash's own sign-in on a 401 (otherwise the host signs users in).
    pub offers_sign_in: bool,
}

impl Catalogue {
    /// What to tell the user about `failure` given `access`: a refused API token is not something
    /// signing in fixes, and a host that signs users in itself is the one to ask.
    pub fn error_for(&self, failure: &ApiError, access: Access) -> String {
        let signed_out = failure.needs_sign_in();
        if signed_out && access.sends_token {
            self.text(TOKEN_REFUSED)
        } else if signed_out && !access.offers_sign_in {
            self.text(SESSION_ENDED)
        } else if let ApiError::UnusableToken(problem) = failure {
            self.fill(TOKEN_NOT_USED, &[("problem", &self.token_problem(problem))])
        } else {
            self.error(failure)
        }
    }

    /// A sentence that says what went wrong and what to do, whatever the page's access.
    pub(crate) fn error(&self, failure: &ApiError) -> String {
        let status = failure.status().unwrap_or_default().to_string();
        let status = ("status", status.as_str());
        match failure {
            ApiError::Network { description } => {
                self.fill(NETWORK_FAILED, &[("description", description)])
            }
            ApiError::UnreadableAnswer { .. } => self.fill(UNREADABLE_ANSWER, &[status]),
            ApiError::TimedOut { seconds } => {
                self.fill(TIMED_OUT, &[("stopped", &self.stopped_waiting(*seconds))])
            }
            ApiError::Status { status: 429, .. } => {
                self.fill(TOO_MANY_REQUESTS, &[("wait", &self.wait(failure))])
            }
            ApiError::Status {
                status, message, ..
            } => self.status_words(*status, message.as_deref()),
            ApiError::UnusableToken(problem) => self.token_problem(problem),
            ApiError::UnusableBaseUrl(problem) => self.text(match problem {
                BaseUrlProblem::NotHttp => BASE_URL_NOT_HTTP,
                BaseUrlProblem::UserInfo => BASE_URL_USER_INFO,
                BaseUrlProblem::QueryOrFragment => BASE_URL_QUERY,
            }),
            ApiError::Redirected => self.text(REDIRECTED),
            ApiError::TooLarge { .. } => self.fill(
                TOO_LARGE,
                &[
                    status,
                    (
                        "megabytes",
                        &self.number((ANSWER_LIMIT_BYTES >> 20) as usize),
                    ),
                ],
            ),
            ApiError::NotSent { description } => {
                self.fill(NOT_SENT, &[("description", description)])
            }
        }
    }

    /// "Unleash did not answer within 30 seconds, so the page stopped waiting."
    pub(super) fn stopped_waiting(&self, waited: u64) -> String {
        self.fill(STOPPED_WAITING, &[("duration", &self.duration(waited))])
    }

    fn status_words(&self, status: u16, message: Option<&str>) -> String {
        let code = status.to_string();
        let values = [
            ("status", code.as_str()),
            ("message", message.unwrap_or_default()),
        ];
        self.fill(
            match (status, message) {
                (401, _) => STATUS_401,
                (403, _) => STATUS_403,
                (413, _) => STATUS_413,
                (415, _) => STATUS_415,
                (404, None) => STATUS_404,
                (_, Some(_)) => STATUS_REFUSED_SAYING,
                (500..=599, None) => STATUS_SERVER_DOWN,
                (_, None) => STATUS_REFUSED,
            },
            &values,
        )
    }

    /// How long the server asked to wait before trying again ("60 seconds"); "a minute" when it
    /// did not say.
    pub(crate) fn wait(&self, failure: &ApiError) -> String {
        failure
            .retry_after()
            .map_or_else(|| self.text(A_MINUTE), |seconds| self.duration(seconds))
    }

    /// Which character of a token cannot be sent, where, and what to do.
    pub fn token_problem(&self, problem: &TokenProblem) -> String {
        let code = format!("U+{:04X}", u32::from(problem.character));
        let character = problem.character.to_string();
        let shown = if is_visible(problem.character) {
            self.fill(
                TOKEN_CHARACTER_SHOWN,
                &[("character", &character), ("code", &code)],
            )
        } else {
            self.fill(TOKEN_CHARACTER_HIDDEN, &[("code", &code)])
        };
        self.fill(
            TOKEN_PROBLEM,
            &[
                ("position", &problem.position.to_string()),
                ("character", &shown),
            ],
        )
    }

    /// Why the page shows nothing at the base path `given`.
    pub fn base_path_refused(&self, given: &str, problem: BasePathProblem) -> String {
        let message = match problem {
            BasePathProblem::Backslash => BASE_PATH_BACKSLASH,
            BasePathProblem::ControlCharacter => BASE_PATH_CONTROL,
            BasePathProblem::TwoSlashes => BASE_PATH_TWO_SLASHES,
        };
        self.fill(message, &[("path", &one_line(given))])
    }

    /// What is wrong with a chosen expiry and what to choose instead.
    pub fn expiry_problem(&self, problem: ExpiryProblem) -> String {
        self.text(match problem {
            ExpiryProblem::NoTimeChosen => EXPIRY_NO_TIME,
            ExpiryProblem::InThePast => EXPIRY_IN_PAST,
            ExpiryProblem::BeyondOneMonth => EXPIRY_BEYOND_MONTH,
        })
    }

    /// Why signing in with a user name and password failed.
    pub fn sign_in_problem(&self, failure: &ApiError) -> String {
        match (failure.status(), failure.server_message()) {
            (Some(401), Some(message)) => message.to_owned(),
            (Some(401), None) => self.text(WRONG_PASSWORD),
            (Some(429), _) => self.fill(TOO_MANY_SIGN_INS, &[("wait", &self.wait(failure))]),
            _ => self.error(failure),
        }
    }
}

/// Whether `character` shows as a mark of its own, by the ranges of Unicode's spaces, controls,
/// joiners, combining marks and invisible formatting characters (no Unicode tables in the bundle).
fn is_visible(character: char) -> bool {
    !matches!(character,
        '\0'..=' ' | '\u{7f}'..='\u{a0}' | '\u{ad}' | '\u{300}'..='\u{36f}'
        | '\u{115f}' | '\u{1160}' | '\u{1680}' | '\u{180e}' | '\u{2000}'..='\u{200f}'
        | '\u{2028}'..='\u{202f}' | '\u{205f}'..='\u{206f}' | '\u{3000}' | '\u{3164}'
        | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}' | '\u{fff0}'..='\u{ffff}'
        | '\u{e0000}'..='\u{e0fff}')
}

#[cfg(test)]
mod tests {
    //! Each error body shape decoded (`api::error`), and the words each gets.

    use super::*;
    use crate::api::{ApiError, ErrorDetail};

    /// The words as the views show them, read the way the tests read best.
    trait Said {
        fn describe(&self) -> String;
    }

    impl Said for ApiError {
        fn describe(&self) -> String {
            Catalogue::english().error(self)
        }
    }

    const FULL: &str = r#"{"id":"9c1f","name":"ValidationError","message":"Request validation failed: your request body or params contain invalid data. Refer to the `details` list for more information.","details":[{"path":"/body/name","message":"The `/body/name` property is required. It was not present on the data you sent."}]}"#;
    const NO_ID: &str = r#"{"name":"NotFoundError","message":"Could not find public signup token.","details":[{"message":"Could not find public signup token."}]}"#;
    const MESSAGE_ONLY: &str = r#"{"message":"request entity too large"}"#;
    const FORBIDDEN: &str = r#"{"id":"1","name":"PermissionError","message":"You don't have the required permissions to perform this operation. To perform this action, you need the \"ADMIN\" permission.","details":[{"message":"x"}],"permissions":["ADMIN"]}"#;

    #[test]
    fn full_shape_keeps_status_message_and_field_details() {
        let error = ApiError::from_answer(400, FULL);
        assert_eq!(error.status(), Some(400));
        assert!(error
            .server_message()
            .unwrap()
            .starts_with("Request validation failed"));
        assert_eq!(
            error.field_message("name"),
            Some("The `/body/name` property is required. It was not present on the data you sent.")
        );
        assert_eq!(error.field_message("expiresAt"), None);
        assert_eq!(error.details()[0].path.as_deref(), Some("/body/name"));
    }

    #[test]
    fn shape_without_id_decodes_with_pathless_details() {
        let error = ApiError::from_answer(404, NO_ID);
        assert_eq!(
            error.server_message(),
            Some("Could not find public signup token.")
        );
        assert_eq!(error.details()[0].path, None);
        assert_eq!(error.field_message("name"), None);
        assert_eq!(
            error.describe(),
            "Unleash refused the request (HTTP 404): Could not find public signup token."
        );
    }

    #[test]
    fn message_only_shape_decodes() {
        let error = ApiError::from_answer(413, MESSAGE_ONLY);
        assert_eq!(error.server_message(), Some("request entity too large"));
        assert!(error.details().is_empty());
        assert!(error.describe().contains("too large (HTTP 413)"));
    }

    #[test]
    fn empty_body_keeps_the_status_and_still_explains() {
        let error = ApiError::from_answer(400, "");
        assert_eq!(error.status(), Some(400));
        assert_eq!(error.server_message(), None);
        assert_eq!(
            error.describe(),
            "Unleash refused the request (HTTP 400) without saying why."
        );
        assert!(ApiError::from_answer(500, "")
            .describe()
            .contains("HTTP 500"));
    }

    #[test]
    fn html_or_garbage_bodies_decode_without_a_message() {
        for body in [
            "<html><body>Too Many Requests</body></html>",
            "{",
            "[1,2]",
            "null",
            "\"x\"",
        ] {
            let error = ApiError::from_answer(502, body);
            assert_eq!(error.server_message(), None, "{body}");
            assert!(error.describe().contains("did not answer"), "{body}");
        }
    }

    #[test]
    fn details_without_a_message_are_skipped() {
        let body = r#"{"message":"m","details":[{"path":"/body/name"},{"message":"kept"}]}"#;
        let error = ApiError::from_answer(400, body);
        assert_eq!(
            error.details(),
            &[ErrorDetail {
                message: "kept".into(),
                path: None
            }]
        );
    }

    #[test]
    fn odd_details_lose_only_the_details_not_the_message() {
        let error = ApiError::from_answer(400, r#"{"message":"m","details":[1,{"path":7}]}"#);
        assert_eq!(error.server_message(), Some("m"));
        assert!(error.details().is_empty());
        let error = ApiError::from_answer(400, r#"{"message":7,"details":[{"message":"kept"}]}"#);
        assert_eq!(error.server_message(), None);
        assert_eq!(error.details().len(), 1);
    }

    #[test]
    fn statuses_map_to_what_the_user_must_do() {
        assert!(ApiError::from_answer(401, "").needs_sign_in());
        let forbidden = ApiError::from_answer(403, FORBIDDEN);
        assert!(!forbidden.needs_sign_in());
        assert!(forbidden.describe().contains("Admin role"));
        assert!(!ApiError::from_answer(400, FULL).needs_sign_in());
        assert!(ApiError::from_answer(429, "<html>")
            .describe()
            .contains("Wait a minute"));
    }

    #[test]
    fn a_rate_limit_says_how_long_to_wait_and_a_timeout_how_long_was_waited() {
        let wait = |retry_after: &str| {
            ApiError::from_answer_with_wait(429, "", Some(retry_after)).describe()
        };
        assert!(wait("30").contains("Wait 30 seconds and try again."));
        assert!(wait("120").contains("Wait 2 minutes and try again."));
        assert!(wait("Wed, 21 Oct 2026 07:28:00 GMT").contains("Wait a minute"));
        let timed_out = ApiError::TimedOut { seconds: 30 };
        assert_eq!(timed_out.status(), None);
        assert!(timed_out
            .describe()
            .contains("did not answer within 30 seconds"));
    }

    #[test]
    fn network_failure_has_no_status_and_names_the_cause() {
        let error = ApiError::Network {
            description: "TypeError: Failed to fetch".into(),
        };
        assert_eq!(error.status(), None);
        assert!(!error.needs_sign_in());
        assert!(error
            .describe()
            .contains("Could not reach Unleash (TypeError: Failed to fetch)"));
    }

    #[test]
    fn an_unreadable_success_is_described_with_its_status() {
        let error = ApiError::UnreadableAnswer { status: 201 };
        assert!(error
            .describe()
            .contains("(HTTP 201) but the answer could not be read"));
    }

    #[test]
    fn no_answer_after_sending_leaves_the_outcome_unknown_and_a_refusal_does_not() {
        let unknown = [
            ApiError::Network {
                description: "TypeError: Failed to fetch".into(),
            },
            ApiError::TimedOut { seconds: 30 },
            ApiError::UnreadableAnswer { status: 201 },
            ApiError::from_answer(502, "<html>Bad Gateway</html>"),
            ApiError::from_answer(503, ""),
            ApiError::from_answer(504, ""),
            ApiError::TooLarge { status: 200 },
        ];
        for error in unknown {
            assert!(error.outcome_unknown(), "{error:?}");
        }
        let known = [
            ApiError::TooLarge { status: 400 },
            ApiError::Redirected,
            ApiError::UnusableBaseUrl(BaseUrlProblem::UserInfo),
            ApiError::from_answer(400, FULL),
            ApiError::from_answer(401, ""),
            ApiError::from_answer(403, FORBIDDEN),
            ApiError::from_answer(429, ""),
            ApiError::from_answer(500, ""),
            ApiError::NotSent {
                description: "TypeError: Failed to parse URL".into(),
            },
        ];
        for error in known {
            assert!(!error.outcome_unknown(), "{error:?}");
        }
    }

    #[test]
    fn a_token_problem_names_the_character_and_its_position() {
        let problem = crate::api::ApiToken::parse("user:ab\u{200B}c").unwrap_err();
        let said = Catalogue::english().token_problem(&problem);
        assert!(said.contains("character 8"), "{said}");
        assert!(said.contains("U+200B"), "{said}");
        assert!(said.contains("Copy it again"), "{said}");
        let accented = crate::api::ApiToken::parse("user:é").unwrap_err();
        assert!(Catalogue::english()
            .token_problem(&accented)
            .contains("“é” (U+00E9)"));
    }
}
