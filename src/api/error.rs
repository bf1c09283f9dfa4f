//! [`ApiError`]: every way a request can fail, decoded from whatever the server sent.
//!
//! Unleash sends four error body shapes: `{id, name, message, details, ...}`, the same without `id`,
//! `{message}` alone, and an empty body. Proxies in front of it may send HTML. All of them decode here,
//! and nothing in this module can panic on a body.

use super::config::BaseUrlProblem;
use super::json::Json;
use super::token::TokenProblem;
use super::transport::ANSWER_LIMIT_BYTES;

/// One entry of an error body's `details` list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorDetail {
    /// What is wrong, in the server's words.
    pub message: String,
    /// Which part of the request it is about, such as `/body/name`, when the server says.
    pub path: Option<String>,
}

/// A failed request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// No HTTP answer at all: the network is down, the server is unreachable, or the browser blocked it.
    Network {
        /// The browser's own description, such as "TypeError: Failed to fetch".
        description: String,
    },
    /// The server answered with an error status.
    Status {
        /// The HTTP status.
        status: u16,
        /// The error's name, such as `PermissionError`, when the body has one.
        name: Option<String>,
        /// The server's message, when the body has one.
        message: Option<String>,
        /// Per-field problems, when the body lists them.
        details: Vec<ErrorDetail>,
        /// How many seconds the server asked to wait (`Retry-After`), when it said.
        retry_after: Option<u64>,
    },
    /// No answer in time ([`crate::api::ANSWER_TIMEOUT`] by default): the request was given up.
    TimedOut {
        /// How long the page waited, in seconds.
        seconds: u64,
    },
    /// The server answered with success, but the body is not what it should be.
    UnreadableAnswer {
        /// The HTTP status.
        status: u16,
    },
    /// The page was given a token it cannot send; no request was made.
    UnusableToken(TokenProblem),
    /// The page was given an Unleash address it does not send credentials to; no request was made.
    UnusableBaseUrl(BaseUrlProblem),
    /// The answer was a redirect, which a request carrying credentials does not follow.
    Redirected,
    /// The answer's body is larger than [`crate::api::ANSWER_LIMIT_BYTES`]; it was not read.
    TooLarge {
        /// The HTTP status.
        status: u16,
    },
    /// The browser refused to make the request (such as an Unleash address it cannot read); nothing
    /// was sent.
    NotSent {
        /// The browser's own description.
        description: String,
    },
}

impl ApiError {
    /// Decodes an error answer of any shape; `body` may be empty, JSON, or anything else.
    pub fn from_answer(status: u16, body: &str) -> Self {
        Self::from_answer_with_wait(status, body, None)
    }

    /// The same, with the answer's `Retry-After` header (seconds, or an HTTP date, which is ignored).
    pub fn from_answer_with_wait(status: u16, body: &str, retry_after: Option<&str>) -> Self {
        let body = Json::parse(body);
        let words = |field: &'static str| {
            let text = body.as_ref()?.field(field)?.text()?;
            (!text.trim().is_empty()).then_some(text)
        };
        ApiError::Status {
            status,
            name: words("name"),
            message: words("message"),
            details: body.as_ref().map(listed_details).unwrap_or_default(),
            retry_after: retry_after.and_then(|wait| wait.trim().parse().ok()),
        }
    }

    /// The HTTP status, when there was an answer.
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Network { .. }
            | ApiError::TimedOut { .. }
            | ApiError::UnusableToken(_)
            | ApiError::UnusableBaseUrl(_)
            | ApiError::Redirected
            | ApiError::NotSent { .. } => None,
            ApiError::Status { status, .. }
            | ApiError::UnreadableAnswer { status }
            | ApiError::TooLarge { status } => Some(*status),
        }
    }

    /// The server's own message, when it sent one.
    pub fn server_message(&self) -> Option<&str> {
        match self {
            ApiError::Status { message, .. } => message.as_deref(),
            _ => None,
        }
    }

    /// How long the server asked to wait before trying again, in words ("60 seconds"); "a minute"
    /// when it did not say.
    pub fn wait_in_words(&self) -> String {
        match self {
            ApiError::Status {
                retry_after: Some(wait),
                ..
            } => seconds_in_words(*wait),
            _ => "a minute".to_owned(),
        }
    }

    /// The per-field problems the server listed.
    pub fn details(&self) -> &[ErrorDetail] {
        match self {
            ApiError::Status { details, .. } => details,
            _ => &[],
        }
    }

    /// The server's message about one body field (`"name"` matches the path `/body/name`).
    pub fn field_message(&self, field: &str) -> Option<&str> {
        self.details()
            .iter()
            .find(|detail| {
                detail
                    .path
                    .as_deref()
                    .is_some_and(|path| path_names_field(path, field))
            })
            .map(|detail| detail.message.as_str())
    }

    /// Whether Unleash asks the user to sign in (401).
    pub fn needs_sign_in(&self) -> bool {
        self.status() == Some(401)
    }

    /// Whether the request may have been carried out although no usable answer came: the connection
    /// broke, the page stopped waiting, a proxy in front of Unleash answered 502, 503 or 504, or a
    /// success could not be read. A change that ends so may have happened.
    pub fn outcome_unknown(&self) -> bool {
        match self {
            ApiError::Network { .. }
            | ApiError::TimedOut { .. }
            | ApiError::UnreadableAnswer { .. } => true,
            ApiError::Status { status, .. } => matches!(status, 502..=504),
            ApiError::TooLarge { status } => (200..300).contains(status),
            ApiError::UnusableToken(_)
            | ApiError::UnusableBaseUrl(_)
            | ApiError::Redirected
            | ApiError::NotSent { .. } => false,
        }
    }

    /// A sentence for the user that says what went wrong and what to do.
    pub fn describe(&self) -> String {
        match self {
            ApiError::Network { description } => format!(
                "Could not reach Unleash ({description}). Check the connection and that Unleash is running, then try again."
            ),
            ApiError::UnreadableAnswer { status } => format!(
                "Unleash answered (HTTP {status}) but the answer could not be read. Is the address right?"
            ),
            ApiError::TimedOut { seconds } => format!(
                "Unleash did not answer within {}, so the page stopped waiting. It may be overloaded or unreachable: try again in a moment.",
                seconds_in_words(*seconds)
            ),
            ApiError::Status { status: 429, .. } => format!(
                "Unleash is refusing requests because there were too many in a short time. Wait {} and try again.",
                self.wait_in_words()
            ),
            ApiError::Status { status, message, .. } => describe_status(*status, message.as_deref()),
            ApiError::UnusableToken(problem) => problem.describe(),
            ApiError::UnusableBaseUrl(problem) => describe_base_url(*problem),
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
}

fn describe_base_url(problem: BaseUrlProblem) -> String {
    let why = match problem {
        BaseUrlProblem::NotHttp => "is not an http: or https: address",
        BaseUrlProblem::UserInfo => "names a user and password",
        BaseUrlProblem::QueryOrFragment => "has a query (?) or a fragment (#)",
    };
    format!("Nothing was sent: the Unleash address this page was given {why}. Give it one such as https://unleash.example.com.")
}

fn describe_status(status: u16, message: Option<&str>) -> String {
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
pub fn seconds_in_words(seconds: u64) -> String {
    match seconds {
        1 => "1 second".to_owned(),
        0..=90 => format!("{seconds} seconds"),
        _ => format!("{} minutes", seconds.div_ceil(60)),
    }
}

/// The entries of an error body's `details` list that have a message; others are left out.
fn listed_details(body: &Json) -> Vec<ErrorDetail> {
    let entries = body
        .field("details")
        .and_then(|details| details.items())
        .unwrap_or_default();
    entries
        .iter()
        .filter_map(|entry| {
            Some(ErrorDetail {
                message: entry.field("message")?.text()?,
                path: entry.field("path").and_then(|path| path.text()),
            })
        })
        .collect()
}

fn path_names_field(path: &str, field: &str) -> bool {
    path.trim_end_matches('/').rsplit('/').next() == Some(field)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
