//! Reads back what Unleash holds, through its admin API, independently of the app.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use crate::environment::{Environment, ADMIN_TOKEN};

/// A plain HTTP client for Unleash's own address; never follows the app's code paths.
pub struct Unleash {
    base: String,
    agent: ureq::Agent,
}

/// An invite link as Unleash holds it, read from the answer's plain JSON here and never through the
/// app's own decoder: a fault there cannot hide itself by reading Unleash the same wrong way.
#[derive(Debug)]
pub struct StoredLink {
    pub name: String,
    pub secret: String,
    pub url: Option<String>,
    pub enabled: bool,
    pub expires_at: DateTime<Utc>,
}

impl StoredLink {
    fn from_json(value: &Value) -> Result<Self, String> {
        let text = |field: &str| {
            value[field]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("no text {field:?} in {value}"))
        };
        Ok(StoredLink {
            name: text("name")?,
            secret: text("secret")?,
            url: value["url"].as_str().map(str::to_owned),
            enabled: value["enabled"]
                .as_bool()
                .ok_or_else(|| format!("no enabled flag in {value}"))?,
            expires_at: DateTime::parse_from_rfc3339(&text("expiresAt")?)
                .map_err(|e| format!("expiresAt in {value}: {e}"))?
                .with_timezone(&Utc),
        })
    }
}

/// A status and the body text, for checks on answers that are not JSON.
pub struct Answer {
    pub status: u16,
    pub body: String,
}

impl Unleash {
    pub fn new(environment: &Environment) -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(20)))
            .build()
            .into();
        Unleash {
            base: environment.unleash_url.clone(),
            agent,
        }
    }

    /// Every invite link Unleash holds.
    pub fn tokens(&self) -> Result<Vec<StoredLink>, String> {
        let answer = self.send("GET", "/api/admin/invite-link/tokens", None, true)?;
        let body: Value =
            serde_json::from_str(&answer.body).map_err(|e| format!("{e}: {}", answer.body))?;
        body["tokens"]
            .as_array()
            .ok_or_else(|| format!("no list of tokens: {}", answer.body))?
            .iter()
            .map(StoredLink::from_json)
            .collect()
    }

    /// The invite links with exactly this name.
    pub fn tokens_named(&self, name: &str) -> Result<Vec<StoredLink>, String> {
        Ok(self
            .tokens()?
            .into_iter()
            .filter(|token| token.name == name)
            .collect())
    }

    /// Creates a link directly through the API (no cap applies to the past: Unleash accepts it).
    pub fn create_token(&self, name: &str, expires_at: &str) -> Result<StoredLink, String> {
        let body = json!({ "name": name, "expiresAt": expires_at });
        let answer = self.send("POST", "/api/admin/invite-link/tokens", Some(body), true)?;
        let body: Value =
            serde_json::from_str(&answer.body).map_err(|e| format!("{e}: {}", answer.body))?;
        StoredLink::from_json(&body)
    }

    /// Signs up through an invite link, as the invited person's browser does.
    pub fn sign_up(
        &self,
        secret: &str,
        name: &str,
        email: &str,
        password: &str,
    ) -> Result<Answer, String> {
        let body = json!({ "name": name, "email": email, "password": password });
        self.send(
            "POST",
            &format!("/invite/{secret}/signup"),
            Some(body),
            false,
        )
    }

    /// Any request, with or without the admin token.
    pub fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
        as_admin: bool,
    ) -> Result<Answer, String> {
        let url = format!("{}{path}", self.base);
        let request = ureq::http::Request::builder()
            .method(method)
            .uri(&url)
            .header("Content-Type", "application/json");
        let request = if as_admin {
            request.header("Authorization", ADMIN_TOKEN.as_str())
        } else {
            request
        };
        let text = body.map(|body| body.to_string()).unwrap_or_default();
        let request = request.body(text).map_err(|e| e.to_string())?;
        let mut response = self
            .agent
            .run(request)
            .map_err(|e| format!("{method} {url}: {e}"))?;
        let status = response.status().as_u16();
        let body = response.body_mut().read_to_string().unwrap_or_default();
        Ok(Answer { status, body })
    }

    /// Signs in as `user` with `password`, as the sign-in form would, and returns the value of the
    /// session cookie Unleash sets.
    pub fn session_of(&self, user: &str, password: &str) -> Result<String, String> {
        let url = format!("{}/auth/simple/login", self.base);
        let body = json!({ "username": user, "password": password }).to_string();
        let request = ureq::http::Request::builder()
            .method("POST")
            .uri(&url)
            .header("Content-Type", "application/json")
            .body(body)
            .map_err(|e| e.to_string())?;
        let response = self
            .agent
            .run(request)
            .map_err(|e| format!("POST {url}: {e}"))?;
        let status = response.status().as_u16();
        response
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|header| header.to_str().ok())
            .find_map(|header| {
                let pair = header.split(';').next()?;
                pair.strip_prefix("unleash-session=").map(str::to_owned)
            })
            .ok_or_else(|| format!("signing in as {user} gave no session (HTTP {status})"))
    }

    /// What Unleash's public sign-up check answers for `secret` now (200 usable, 400 not).
    pub fn validate(&self, secret: &str) -> Result<u16, String> {
        Ok(self
            .send("GET", &format!("/invite/{secret}/validate"), None, false)?
            .status)
    }

    /// Changes a link directly in Unleash (`{"enabled": false}`, `{"expiresAt": ...}`).
    pub fn update(&self, secret: &str, body: Value) -> Result<(), String> {
        let path = format!("/api/admin/invite-link/tokens/{secret}");
        let answer = self.send("PUT", &path, Some(body), true)?;
        (answer.status == 200)
            .then_some(())
            .ok_or_else(|| format!("PUT {path} answered {}: {}", answer.status, answer.body))
    }

    /// The one link named `name`.
    pub fn token_named(&self, name: &str) -> Result<StoredLink, String> {
        let mut found = self.tokens_named(name)?;
        match found.len() {
            1 => Ok(found.remove(0)),
            count => Err(format!("{count} links named {name:?}")),
        }
    }

    /// The invite-link events in Unleash's event log of the `kind` given (such as
    /// `public-signup-token-updated`), newest first: each is what Unleash recorded of a change.
    pub fn events(&self, kind: &str) -> Result<Vec<Value>, String> {
        let path = format!("/api/admin/search/events?type=IS_ANY_OF:{kind}&limit=1000");
        let answer = self.send("GET", &path, None, true)?;
        let body: Value =
            serde_json::from_str(&answer.body).map_err(|e| format!("{e}: {}", answer.body))?;
        Ok(body["events"].as_array().cloned().unwrap_or_default())
    }

    /// The root role id of a user (3 is Viewer).
    pub fn root_role_of(&self, user_id: i64) -> Result<i64, String> {
        let answer = self.send(
            "GET",
            &format!("/api/admin/user-admin/{user_id}"),
            None,
            true,
        )?;
        let user: Value =
            serde_json::from_str(&answer.body).map_err(|e| format!("{e}: {}", answer.body))?;
        user["rootRole"]
            .as_i64()
            .ok_or_else(|| format!("no rootRole in {user}"))
    }
}
