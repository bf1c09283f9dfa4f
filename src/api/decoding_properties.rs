//! Every decoder of what Unleash sends, fed arbitrary JSON and arbitrary bytes: each gives a value or
//! an error, never a panic (a panic in the release wasm kills the page). Each property prints how
//! many cases it ran.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Map, Value};

use super::{ApiError, PublicSignupToken, TokenList};

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

/// Any JSON value, with the field names of tokens and error bodies mixed into its objects' keys so
/// that the decoders get past their first look.
fn any_json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("tokens".to_owned()),
        Just("secret".to_owned()),
        Just("url".to_owned()),
        Just("name".to_owned()),
        Just("enabled".to_owned()),
        Just("expiresAt".to_owned()),
        Just("createdAt".to_owned()),
        Just("createdBy".to_owned()),
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

/// Runs every decoder on `body`; only a panic fails.
fn decode_everything(body: &str, status: u16) {
    let _ = TokenList::from_json(body);
    let _ = serde_json::from_str::<PublicSignupToken>(body);
    let error = ApiError::from_answer_with_wait(status, body, Some(body));
    let _ = (error.describe(), error.kind(), error.field_message("name"));
}

fn run(name: &str, strategy: impl Strategy<Value = (String, u16)>) {
    let mut runner = runner();
    let cases = runner.config().cases;
    runner
        .run(&strategy, |(body, status)| {
            decode_everything(&body, status);
            Ok(())
        })
        .unwrap_or_else(|failure| panic!("{name}: {failure}"));
    println!("{name}: {cases} cases, no panic");
}

#[test]
fn decoders_never_panic_on_arbitrary_json() {
    let bodies = (any_json(), 100u16..600).prop_map(|(value, status)| (value.to_string(), status));
    run("arbitrary JSON", bodies);
}

#[test]
fn decoders_never_panic_on_json_shaped_like_a_token_list() {
    let lists = (prop::collection::vec(any_json(), 0..6), 100u16..600)
        .prop_map(|(tokens, status)| (serde_json::json!({ "tokens": tokens }).to_string(), status));
    run("token-list-shaped JSON", lists);
}

#[test]
fn decoders_never_panic_on_arbitrary_bytes() {
    let bytes = (prop::collection::vec(any::<u8>(), 0..256), 100u16..600)
        .prop_map(|(bytes, status)| (String::from_utf8_lossy(&bytes).into_owned(), status));
    run("arbitrary bytes", bytes);
}
