//! The decoders as the app runs them, in the browser: answers parsed by the browser's own
//! `JSON.parse` and read field by field (the host's unit tests read the same fields through
//! serde_json). Every body shape Unleash sends keeps its words, and no body makes a reader panic.

use serde_json::json;
use unleash_invite_links::api::{ApiError, PublicSignupToken, TokenList, TokenRole};
use wasm_bindgen_test::*;

fn token() -> serde_json::Value {
    json!({"secret": "cf07ffa93508407b2248a50fd859a172", "name": "Team “A” <b>",
        "url": "http://localhost:4242/new-user?invite=cf07ffa93508407b2248a50fd859a172",
        "expiresAt": "2026-12-05T10:08:36.000Z", "enabled": true,
        "createdAt": "2026-11-28T11:08:37.019+01:00", "createdBy": "admin",
        "role": {"id": 3, "name": "Viewer", "type": "root"},
        "users": [{"id": 7, "name": null, "username": "ann"}]})
}

#[wasm_bindgen_test]
fn a_token_reads_every_field_as_unleash_sends_it() {
    let read = PublicSignupToken::from_json_text(&token().to_string()).expect("a token");
    assert_eq!(read.secret, "cf07ffa93508407b2248a50fd859a172");
    assert_eq!(read.name, "Team “A” <b>");
    assert!(read
        .url
        .as_deref()
        .unwrap()
        .ends_with("invite=cf07ffa93508407b2248a50fd859a172"));
    assert!(read.enabled);
    assert_eq!(read.expires_at.to_rfc3339(), "2026-12-05T10:08:36+00:00");
    assert_eq!(
        read.created_at.to_rfc3339(),
        "2026-11-28T10:08:37.019+00:00"
    );
    assert_eq!(read.created_by.as_deref(), Some("admin"));
    assert_eq!(read.role.id, Some(3));
    assert_eq!(read.role.role_type.as_deref(), Some("root"));
    let users = read.users.unwrap();
    assert_eq!(
        (
            users[0].id,
            users[0].name.as_deref(),
            users[0].username.as_deref()
        ),
        (7, None, Some("ann"))
    );
}

#[wasm_bindgen_test]
fn what_the_server_leaves_loose_reads_as_nothing_and_what_is_wrong_is_no_token() {
    let mut loose = token();
    loose["name"] = json!(null);
    loose["role"] = json!({});
    loose["users"] = json!(null);
    loose.as_object_mut().unwrap().remove("url");
    let read = PublicSignupToken::from_json_text(&loose.to_string()).expect("a loose token");
    assert_eq!((read.name.as_str(), read.url, read.users), ("", None, None));
    assert_eq!(read.role, TokenRole::default());

    for (field, wrong) in [
        ("secret", json!(null)),
        ("enabled", json!("true")),
        ("expiresAt", json!("next week")),
        ("name", json!(["a"])),
        ("users", json!([{"id": 1.5}])),
        ("role", json!({"id": "3"})),
    ] {
        let mut bad = token();
        bad[field] = wrong.clone();
        assert!(
            PublicSignupToken::from_json_text(&bad.to_string()).is_none(),
            "{field}: {wrong} was read"
        );
    }
    for body in [
        "",
        "<html>Bad Gateway</html>",
        "null",
        "[]",
        "\"text\"",
        "7",
        "{\"secret\":",
        &"[".repeat(100_000),
    ] {
        assert!(
            PublicSignupToken::from_json_text(body).is_none(),
            "{body:.20} was read"
        );
        assert!(
            TokenList::from_json(body).is_none(),
            "{body:.20} was read as a list"
        );
    }
}

#[wasm_bindgen_test]
fn a_list_keeps_the_tokens_it_can_read_and_counts_the_others() {
    let mut second = token();
    second["name"] = json!("second");
    let body = json!({"tokens": [token(), 7, {"name": "no secret"}, second, null]});
    let list = TokenList::from_json(&body.to_string()).expect("a list");
    let names: Vec<&str> = list
        .tokens
        .iter()
        .map(|token| token.name.as_str())
        .collect();
    assert_eq!(names, ["Team “A” <b>", "second"]);
    assert_eq!(list.unreadable, 3);
    assert!(TokenList::from_json(r#"{"tokens":{}}"#).is_none());
}

#[wasm_bindgen_test]
fn every_error_body_shape_keeps_its_words() {
    let full = json!({"id": "9c1f", "name": "ValidationError", "message": "Request validation failed",
        "details": [{"path": "/body/name", "message": "The name is required."}, 5, {"path": "/body/x"}]});
    let error = ApiError::from_answer(400, &full.to_string());
    assert_eq!(error.server_message(), Some("Request validation failed"));
    assert_eq!(error.field_message("name"), Some("The name is required."));
    assert_eq!(error.details().len(), 1);

    let without_id =
        json!({"name": "NotFoundError", "message": "Could not find public signup token."});
    let error = ApiError::from_answer(404, &without_id.to_string());
    assert_eq!(
        error.server_message(),
        Some("Could not find public signup token.")
    );

    let message_only = json!({"message": "request entity too large"});
    assert_eq!(
        ApiError::from_answer(413, &message_only.to_string()).server_message(),
        Some("request entity too large")
    );
    for body in [
        "",
        "<html>Bad Gateway</html>",
        "{\"message\": 5}",
        "[\"message\"]",
        "{\"message\": \"  \"}",
    ] {
        let error = ApiError::from_answer(502, body);
        assert_eq!(
            (error.status(), error.server_message()),
            (Some(502), None),
            "{body}"
        );
        assert!(error.outcome_unknown());
    }
}
