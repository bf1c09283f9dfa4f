//! Properties of this project's decoders of what Unleash sends, each over thousands of generated
//! cases: the four error body shapes keep their words, `Retry-After` is read when it is seconds and
//! ignored otherwise, a list keeps every token it can read and counts the others, and no body of any
//! kind makes a decoder panic (a panic in the release wasm kills the page). Each prints its count.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{json, Map, Value};

use crate::api::{ApiError, PublicSignupToken, TokenList};

/// Cases per property; `PROPTEST_CASES` changes it.
fn runner() -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(2_000);
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

fn run<T: std::fmt::Debug>(
    name: &str,
    strategy: impl Strategy<Value = T>,
    property: impl Fn(T) -> Result<(), TestCaseError>,
) {
    let mut runner = runner();
    let cases = runner.config().cases;
    runner
        .run(&strategy, property)
        .unwrap_or_else(|failure| panic!("{name}: {failure}"));
    println!("{name}: {cases} cases");
}

/// Any JSON value, with the field names of tokens and error bodies mixed into its objects' keys so
/// that the decoders get past their first look.
fn any_json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("tokens".to_owned()),
        Just("secret".to_owned()),
        Just("name".to_owned()),
        Just("enabled".to_owned()),
        Just("expiresAt".to_owned()),
        Just("createdAt".to_owned()),
        Just("users".to_owned()),
        Just("role".to_owned()),
        Just("message".to_owned()),
        Just("details".to_owned()),
        Just("path".to_owned()),
        ".{0,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,24}".prop_map(Value::String),
        Just(Value::String("2026-12-05T10:08:36.000Z".to_owned())),
    ];
    leaf.prop_recursive(4, 48, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..10)
                .prop_map(|fields| Value::Object(fields.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// The four shapes Unleash's error bodies come in.
#[derive(Clone, Copy, Debug)]
enum Shape {
    Full,
    WithoutId,
    MessageOnly,
    Empty,
}

#[derive(Debug)]
struct ErrorBody {
    shape: Shape,
    status: u16,
    message: String,
    details: Vec<(String, Option<String>)>,
}

impl ErrorBody {
    fn text(&self) -> String {
        let details: Vec<Value> = self
            .details
            .iter()
            .map(|(message, path)| match path {
                Some(path) => json!({"message": message, "path": path}),
                None => json!({"message": message}),
            })
            .collect();
        match self.shape {
            Shape::Full => json!({"id": "e1", "name": "ValidationError", "message": self.message,
                "details": details, "permissions": ["ADMIN"]})
            .to_string(),
            Shape::WithoutId => json!({"name": "NotFoundError", "message": self.message,
                "details": details})
            .to_string(),
            Shape::MessageOnly => json!({"message": self.message}).to_string(),
            Shape::Empty => String::new(),
        }
    }
}

fn error_bodies() -> impl Strategy<Value = ErrorBody> {
    let shape = prop_oneof![
        Just(Shape::Full),
        Just(Shape::WithoutId),
        Just(Shape::MessageOnly),
        Just(Shape::Empty),
    ];
    let detail = (".{1,40}", prop::option::of("/body/[a-zA-Z]{1,10}"));
    (
        shape,
        400u16..600,
        ".{0,60}",
        prop::collection::vec(detail, 0..4),
    )
        .prop_map(|(shape, status, message, details)| ErrorBody {
            shape,
            status,
            message,
            details,
        })
}

#[test]
fn every_error_body_shape_keeps_its_status_message_and_details() {
    run("error bodies of the four shapes", error_bodies(), |body| {
        let error = ApiError::from_answer(body.status, &body.text());
        prop_assert_eq!(error.status(), Some(body.status));
        let has_message = !matches!(body.shape, Shape::Empty) && !body.message.trim().is_empty();
        let expected_message = has_message.then_some(body.message.as_str());
        prop_assert_eq!(error.server_message(), expected_message);
        let listed = matches!(body.shape, Shape::Full | Shape::WithoutId);
        let expected_details: &[(String, Option<String>)] =
            if listed { &body.details } else { &[] };
        let decoded: Vec<(String, Option<String>)> = error
            .details()
            .iter()
            .map(|detail| (detail.message.clone(), detail.path.clone()))
            .collect();
        prop_assert_eq!(&decoded[..], expected_details);
        for path in expected_details
            .iter()
            .filter_map(|(_, path)| path.as_deref())
        {
            let first = expected_details
                .iter()
                .find(|(_, other)| other.as_deref() == Some(path))
                .map(|(message, _)| message.as_str());
            let field = path.trim_start_matches("/body/");
            prop_assert_eq!(error.field_message(field), first);
        }
        let said = crate::words::Catalogue::english().error(&error);
        if let Some(message) = expected_message {
            if !matches!(body.status, 401 | 403 | 413 | 415 | 429) {
                prop_assert!(said.contains(message), "{said:?} leaves out {message:?}");
            }
        }
        prop_assert_eq!(error.needs_sign_in(), body.status == 401);
        prop_assert_eq!(error.outcome_unknown(), (502..=504).contains(&body.status));
        Ok(())
    });
}

#[test]
fn retry_after_in_seconds_is_read_and_anything_else_means_a_minute() {
    let written = [
        (" 1 ", "1 second"),
        ("30", "30 seconds"),
        ("90", "90 seconds"),
        ("91", "2 minutes"),
        ("3600", "60 minutes"),
        ("4294967295", "71,582,789 minutes"),
        ("Wed, 21 Oct 2026 07:28:00 GMT", "a minute"),
        ("-5", "a minute"),
        ("", "a minute"),
    ];
    for (header, expected) in written {
        let error = ApiError::from_answer_with_wait(429, "", Some(header));
        assert_eq!(
            crate::words::Catalogue::english().wait(&error),
            expected,
            "Retry-After: {header:?}"
        );
        let wait = format!("Wait {expected} and try again.");
        assert!(
            crate::words::Catalogue::english()
                .error(&error)
                .contains(&wait),
            "{:?}",
            crate::words::Catalogue::english().error(&error)
        );
    }
    let headers = prop_oneof![
        any::<u32>().prop_map(|seconds| format!(" {seconds} ")),
        "[^0-9]{0,20}",
    ];
    run("Retry-After values", headers, |header| {
        let error = ApiError::from_answer_with_wait(429, "", Some(&header));
        let words = crate::words::Catalogue::english().wait(&error);
        let number = header.trim().parse::<u64>().ok();
        let unit_ok = match number {
            None => words == "a minute",
            Some(0..=90) => words.ends_with("second") || words.ends_with("seconds"),
            Some(_) => words.ends_with("minutes"),
        };
        prop_assert!(unit_ok, "{:?} read as {:?}", header, words);
        let wait = format!("Wait {words} and try again.");
        prop_assert!(
            crate::words::Catalogue::english()
                .error(&error)
                .contains(&wait),
            "{:?}",
            crate::words::Catalogue::english().error(&error)
        );
        Ok(())
    });
}

/// A token as Unleash sends it, named `name`.
fn token_json(name: &str, enabled: bool, day: u32) -> Value {
    json!({"secret": format!("s-{name}-{day}"), "name": name, "enabled": enabled,
        "url": null, "expiresAt": format!("2026-12-{day:02}T00:00:00.000Z"),
        "createdAt": "2026-11-28T10:08:37.019Z", "createdBy": null, "role": {}, "users": []})
}

/// A value in a list that is not a token this page can read.
fn not_a_token() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        ".{0,10}".prop_map(Value::String),
        Just(Value::Null),
        Just(json!({"name": "no secret", "enabled": true})),
        Just(
            json!({"secret": "s", "enabled": true, "expiresAt": "next week",
            "createdAt": "2026-11-28T10:08:37Z"})
        ),
    ]
}

#[test]
fn a_list_keeps_every_readable_token_in_order_and_counts_the_others() {
    let entries = prop::collection::vec(
        prop_oneof![
            (".{0,12}", any::<bool>(), 1u32..29).prop_map(|(name, enabled, day)| {
                (Some(name.clone()), token_json(&name, enabled, day))
            }),
            not_a_token().prop_map(|value| (None, value)),
        ],
        0..12,
    );
    run("token lists", entries, |entries| {
        let body = json!({"tokens": entries.iter().map(|(_, value)| value).collect::<Vec<_>>()});
        let list = TokenList::from_json(&body.to_string()).expect("a list of tokens");
        let expected: Vec<&String> = entries
            .iter()
            .filter_map(|(name, _)| name.as_ref())
            .collect();
        let names: Vec<&String> = list.tokens.iter().map(|token| &token.name).collect();
        prop_assert_eq!(names, expected.clone());
        prop_assert_eq!(list.unreadable, entries.len() - expected.len());
        Ok(())
    });
}

/// Runs every decoder on `body`; only a panic fails.
fn decode_everything(body: &str, status: u16) {
    let _ = TokenList::from_json(body);
    let _ = PublicSignupToken::from_json_text(body);
    let error = ApiError::from_answer_with_wait(status, body, Some(body));
    let _ = (
        crate::words::Catalogue::english().error(&error),
        error.needs_sign_in(),
        error.outcome_unknown(),
        error.field_message("name"),
        crate::words::Catalogue::english().wait(&error),
    );
}

#[test]
fn no_decoder_panics_on_arbitrary_json() {
    let bodies = (any_json(), 100u16..600).prop_map(|(value, status)| (value.to_string(), status));
    run("arbitrary JSON", bodies, |(body, status)| {
        decode_everything(&body, status);
        Ok(())
    });
}

#[test]
fn no_decoder_panics_on_json_shaped_like_a_token_list() {
    let lists = (prop::collection::vec(any_json(), 0..6), 100u16..600)
        .prop_map(|(tokens, status)| (json!({ "tokens": tokens }).to_string(), status));
    run("token-list-shaped JSON", lists, |(body, status)| {
        decode_everything(&body, status);
        Ok(())
    });
}

#[test]
fn no_decoder_panics_on_arbitrary_bytes() {
    let bytes = (prop::collection::vec(any::<u8>(), 0..256), 100u16..600)
        .prop_map(|(bytes, status)| (String::from_utf8_lossy(&bytes).into_owned(), status));
    run("arbitrary bytes", bytes, |(body, status)| {
        decode_everything(&body, status);
        Ok(())
    });
}
