//! One token fixture for every browser test, and typed canned replies for the `fetch` stub.

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::{json, Value};
use unleash_invite_links::api::PublicSignupToken;
use unleash_invite_links::testing::local_time;

use super::{queue_answer, queue_events_page, set_events_answer, set_list_answer};

/// A token as Unleash sends it: by default active, created a day ago, expiring at a UTC midnight four
/// to five days ahead (as every link this app makes ends at one), with a link, the Viewer role and
/// nobody joined. Its secret is derived from its name.
#[derive(Clone, Debug)]
pub struct Token(Value);

impl Token {
    /// A token named `name`.
    pub fn named(name: &str) -> Self {
        let now = local_time::now();
        let secret = secret_for(name);
        Token(json!({
            "secret": secret,
            "name": name,
            "url": format!("http://127.0.0.1:4242/new-user?invite={secret}"),
            "expiresAt": (super::next_utc_midnight() + TimeDelta::days(4)).to_rfc3339(),
            "enabled": true,
            "createdAt": (now - TimeDelta::days(1)).to_rfc3339(),
            "createdBy": "admin",
            "role": {"id": 3, "name": "Viewer", "type": "root"},
            "users": [],
        }))
    }

    /// Expiring `from_now` after this moment (negative: expired that long ago).
    pub fn expiring_in(self, from_now: TimeDelta) -> Self {
        self.expiring_at(local_time::now() + from_now)
    }

    /// Expiring at `at`.
    pub fn expiring_at(self, at: DateTime<Utc>) -> Self {
        self.with("expiresAt", json!(at.to_rfc3339()))
    }

    /// Created `days` days ago.
    pub fn created_days_ago(self, days: i64) -> Self {
        self.with(
            "createdAt",
            json!((local_time::now() - TimeDelta::days(days)).to_rfc3339()),
        )
    }

    /// Switched off by an administrator (the stored flag false).
    pub fn disabled(self) -> Self {
        self.with("enabled", json!(false))
    }

    /// With `users` as the people who joined (each `{id, name, username}`).
    pub fn joined_by(self, users: Value) -> Self {
        self.with("users", users)
    }

    /// With any field set to `value`, as the wire has it.
    pub fn with(mut self, field: &str, value: Value) -> Self {
        self.0[field] = value;
        self
    }

    /// Without `field`, as a broken server might send it.
    pub fn without(mut self, field: &str) -> Self {
        self.0.as_object_mut().unwrap().remove(field);
        self
    }

    /// The secret.
    pub fn secret(&self) -> String {
        self.0["secret"].as_str().unwrap_or_default().to_owned()
    }

    /// The invite URL.
    pub fn url(&self) -> String {
        self.0["url"].as_str().unwrap_or_default().to_owned()
    }

    /// The JSON value.
    pub fn json(&self) -> Value {
        self.0.clone()
    }

    /// Decoded as the app decodes it.
    pub fn decoded(&self) -> PublicSignupToken {
        PublicSignupToken::from_json_text(&self.0.to_string())
            .expect("the fixture is a valid token")
    }
}

/// A 32-hex-character secret that depends on `name` only.
fn secret_for(name: &str) -> String {
    let mut hash: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for byte in name.bytes() {
        hash = (hash ^ u128::from(byte)).wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
    }
    format!("{hash:032x}")
}

/// The body of a list answer holding `tokens`.
pub fn list_of(tokens: &[Token]) -> String {
    json!({ "tokens": tokens.iter().map(Token::json).collect::<Vec<_>>() }).to_string()
}

/// A canned answer for the `fetch` stub.
#[derive(Clone, Debug)]
pub struct Reply {
    status: u16,
    body: String,
    headers: Value,
    delay_ms: u32,
}

impl Reply {
    /// An answer with `status` and an empty body.
    pub fn status(status: u16) -> Self {
        Reply {
            status,
            body: String::new(),
            headers: json!({}),
            delay_ms: 0,
        }
    }

    /// 200 with `token`, as a GET or PUT of one token answers.
    pub fn token(token: &Token) -> Self {
        Self::status(200).body(token.json().to_string())
    }

    /// 201 with `token` and its `location`, as a create answers.
    pub fn created(token: &Token) -> Self {
        let location = format!("tokens/{}", token.secret());
        Self::status(201)
            .body(token.json().to_string())
            .header("location", &location)
    }

    /// 200 with a list of `tokens`.
    pub fn list(tokens: &[Token]) -> Self {
        Self::status(200).body(list_of(tokens))
    }

    /// An error answer with a JSON body such as Unleash sends.
    pub fn error(status: u16, body: Value) -> Self {
        Self::status(status).body(body.to_string())
    }

    /// The same answer with this body text.
    pub fn body(self, body: impl Into<String>) -> Self {
        Reply {
            body: body.into(),
            ..self
        }
    }

    /// The same answer with one more header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers[name] = json!(value);
        self
    }

    /// Left as the answer to the list read `src/start.js` sends before the app starts.
    pub fn left_as_the_early_list(self) {
        super::leave_early_list(self.status, &self.body, &self.headers.to_string());
    }

    /// The same answer, sent `millis` milliseconds after the request.
    pub fn after_ms(self, millis: u32) -> Self {
        Reply {
            delay_ms: millis,
            ..self
        }
    }

    /// The same answer, never sent: the server keeps the request waiting.
    pub fn never(self) -> Self {
        self.after_ms(u32::MAX)
    }

    /// The same answer, sent when the test calls `release_held_answers` (no timer: the test decides
    /// when, however slow the machine).
    pub fn held(self) -> Self {
        self.after_ms(u32::MAX - 1)
    }

    /// Answers the next request that is not a list read with this.
    pub fn queue(self) {
        queue_answer(
            self.status,
            &self.body,
            &self.headers.to_string(),
            self.delay_ms,
        );
    }

    /// Answers every search of the event log from now on with this.
    pub fn for_the_event_log(self) {
        set_events_answer(self.status, &self.body);
    }

    /// Answers the next search of the event log with this (searches queued so go first).
    pub fn queue_as_event_page(self) {
        queue_events_page(self.status, &self.body, self.delay_ms);
    }

    /// Answers every list read from now on with this.
    pub fn for_the_list(self) {
        set_list_answer(self.status, &self.body, self.delay_ms);
    }
}
