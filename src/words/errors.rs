//! The words for a failed request, a refused token or address, an expiry that cannot be used, and
//! a failed sign-in.

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

/// What to tell the user about `error` given `access`: a refused API token is not something signing
/// in fixes, and a host that signs users in itself is the one to ask.
pub fn error_for(failure: &ApiError, access: Access) -> String {
    let signed_out = failure.needs_sign_in();
    if signed_out && access.sends_token {
        "Unleash refused the API token: check that it is valid and has not expired.".to_owned()
    } else if signed_out && !access.offers_sign_in {
        "Your Unleash session has ended: sign in again, then try again.".to_owned()
    } else if let ApiError::UnusableToken(problem) = failure {
        format!(
            "The API token this page was given is not used. {}",
            token_problem(problem)
        )
    } else {
        error(failure)
    }
}

/// A sentence that says what went wrong and what to do, whatever the page's access.
pub(crate) fn error(failure: &ApiError) -> String {
    match failure {
        ApiError::Network { description } => format!(
            "Could not reach Unleash ({description}). Check the connection and that Unleash is running, then try again."
        ),
        ApiError::UnreadableAnswer { status } => format!(
            "Unleash answered (HTTP {status}) but the answer could not be read. Is the address right?"
        ),
        ApiError::TimedOut { seconds: waited } => format!(
            "{} It may be overloaded or unreachable: try again in a moment.",
            stopped_waiting(*waited)
        ),
        ApiError::Status { status: 429, .. } => format!(
            "Unleash is refusing requests because there were too many in a short time. Wait {} and try again.",
            wait(failure)
        ),
        ApiError::Status { status, message, .. } => status_words(*status, message.as_deref()),
        ApiError::UnusableToken(problem) => token_problem(problem),
        ApiError::UnusableBaseUrl(problem) => base_url_problem(*problem),
        ApiError::Redirected => "Unleash's address answered with a redirect, which this page does not follow with your credentials: give it the address Unleash answers at.".to_owned(),
        ApiError::TooLarge { status } => format!(
            "Unleash's answer (HTTP {status}) is over {} MB, more than this page reads.",
            ANSWER_LIMIT_BYTES >> 20
        ),
        ApiError::NotSent { description } => format!(
            "The browser would not send the request ({description}). Check the Unleash address this page was given."
        ),
    }
}

/// "Unleash did not answer within 30 seconds, so the page stopped waiting."
pub(super) fn stopped_waiting(waited: u64) -> String {
    format!(
        "Unleash did not answer within {}, so the page stopped waiting.",
        seconds(waited)
    )
}

fn status_words(status: u16, message: Option<&str>) -> String {
    match (status, message) {
        (401, _) => "Sign in to Unleash to continue.".to_owned(),
        (403, _) => "You need the Admin role in Unleash to manage invite links.".to_owned(),
        (413, _) => "Unleash refused the request as too large (HTTP 413). Use a shorter name, then try again.".to_owned(),
        (415, _) => "Unleash did not accept the request's format (HTTP 415). This page and this Unleash version do not fit together: please report it.".to_owned(),
        (404, None) => "Unleash has nothing at this address (HTTP 404). Check that the Unleash address is right, and reload the list: the link may have been deleted.".to_owned(),
        (_, Some(message)) => format!("Unleash refused the request (HTTP {status}): {message}"),
        (500..=599, None) => format!(
            "Unleash did not answer (HTTP {status}). It may be down or restarting: try again in a moment. If this goes on, check the Unleash server and its log."
        ),
        (_, None) => format!("Unleash refused the request (HTTP {status}) without saying why."),
    }
}

/// A number of seconds in words: "1 second", "30 seconds", "2 minutes".
pub(super) fn seconds(seconds: u64) -> String {
    match seconds {
        1 => "1 second".to_owned(),
        0..=90 => format!("{seconds} seconds"),
        _ => format!("{} minutes", seconds.div_ceil(60)),
    }
}

/// How long the server asked to wait before trying again ("60 seconds"); "a minute" when it did
/// not say.
pub(crate) fn wait(failure: &ApiError) -> String {
    failure
        .retry_after()
        .map_or_else(|| "a minute".to_owned(), seconds)
}

/// Which character of a token cannot be sent, where, and what to do.
pub fn token_problem(problem: &TokenProblem) -> String {
    let code = format!("U+{:04X}", u32::from(problem.character));
    let shown = if is_visible(problem.character) {
        format!("“{}” ({code})", problem.character)
    } else {
        format!("an invisible or special character ({code})")
    };
    format!(
        "The token cannot be sent: character {} is {shown}. Tokens hold only letters, digits and \
         punctuation. Copy it again from Unleash.",
        problem.position
    )
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

/// Why nothing is sent to the Unleash address the page was given.
pub(super) fn base_url_problem(problem: BaseUrlProblem) -> String {
    let why = match problem {
        BaseUrlProblem::NotHttp => "is not an http: or https: address",
        BaseUrlProblem::UserInfo => "names a user and password",
        BaseUrlProblem::QueryOrFragment => "has a query (?) or a fragment (#)",
    };
    format!("Nothing was sent: the Unleash address this page was given {why}. Give it one such as https://unleash.example.com.")
}

/// Why the page shows nothing at the base path `given`.
pub fn base_path_refused(given: &str, problem: BasePathProblem) -> String {
    let why = match problem {
        BasePathProblem::Backslash => {
            "holds a backslash (\\ or %5C), which browsers read as a slash"
        }
        BasePathProblem::ControlCharacter => "holds a control character",
        BasePathProblem::TwoSlashes => "starts with //",
    };
    format!(
        "This page is not shown: the base path it was given, “{}”, {why}, so its links could lead to another site. Give it a path on this site, such as /admin/invite-links.",
        one_line(given)
    )
}

/// A create pressed with no name.
pub const NO_NAME: &str = "Enter a name for the link.";

/// A sign-in pressed without a user name or a password.
pub const NO_USER_NAME_OR_PASSWORD: &str = "Enter your Unleash user name and password.";

/// What is wrong with a chosen expiry and what to choose instead.
pub fn expiry_problem(problem: ExpiryProblem) -> &'static str {
    match problem {
        ExpiryProblem::NoTimeChosen => "Enter the date and time when the link should expire.",
        ExpiryProblem::InThePast => "This time has already passed. Choose a time in the future.",
        ExpiryProblem::BeyondOneMonth => "Unleash allows at most one month: it would silently shorten a longer link. Choose a time within a month.",
    }
}

/// Why signing in with a user name and password failed.
pub fn sign_in_problem(failure: &ApiError) -> String {
    match (failure.status(), failure.server_message()) {
        (Some(401), Some(message)) => message.to_owned(),
        (Some(401), None) => "Wrong user name or password.".to_owned(),
        (Some(429), _) => format!(
            "Too many sign-in attempts: Unleash allows 10 a minute. Wait {}, then sign in again, or use a token.",
            wait(failure)
        ),
        _ => error(failure),
    }
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
            error(self)
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
        let said = token_problem(&problem);
        assert!(said.contains("character 8"), "{said}");
        assert!(said.contains("U+200B"), "{said}");
        assert!(said.contains("Copy it again"), "{said}");
        let accented = crate::api::ApiToken::parse("user:é").unwrap_err();
        assert!(token_problem(&accented).contains("“é” (U+00E9)"));
    }
}
