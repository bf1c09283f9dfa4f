//! [`ApiError`]: every way a request can fail, decoded from whatever the server sent.
//!
//! Unleash sends four error body shapes: `{id, name, message, details, ...}`, the same without `id`,
//! `{message}` alone, and an empty body. Proxies in front of it may send HTML. All of them decode here,
//! and nothing in this module can panic on a body.

use super::config::BaseUrlProblem;
use super::json::Json;
use super::token::TokenProblem;

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

    /// How many seconds the server asked to wait before trying again, when it said.
    pub fn retry_after(&self) -> Option<u64> {
        match self {
            ApiError::Status { retry_after, .. } => *retry_after,
            _ => None,
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
