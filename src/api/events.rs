//! One link's history as Unleash's event log records it: `GET /api/admin/search/events`, narrowed to
//! the link's events and read page by page.
//!
//! The search's address never holds the secret: whoever holds it can join, and an address is seen by
//! proxies' logs and a console's monitoring. It asks for the events holding the secret's first few
//! characters ([`search_fragment`]); the log's events carry the whole secret, which is compared here
//! in full and dropped: what leaves this module names people, times and changes, never the secret.

use chrono::{DateTime, Utc};

use super::config::ApiConfig;
use super::error::ApiError;
use super::json::Json;
use super::transport::send;
use super::wire::rfc3339;

const SEARCH_PATH: &str = "/api/admin/search/events";
const LINK_EVENT_TYPES: &str =
    "IS_ANY_OF:public-signup-token-created,public-signup-token-updated,public-signup-token-user-added";
/// Events asked for per page.
pub const EVENTS_PER_PAGE: usize = 100;
/// Pages read at most: a link's history of more than this many events shows its newest ones.
pub const MOST_PAGES: usize = 10;
/// How many of the secret's characters the search names. Unleash matches `query` anywhere in an
/// event's data, so six hex digits (24 of the secret's 128 bits, leaving 104 unknown) find the
/// link's events, and among 10,000 links about one in a thousand searches also finds another
/// link's, which the comparison in full leaves out.
pub const SEARCH_FRAGMENT_LENGTH: usize = 6;

/// What happened to a link, as one event of the log says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkEventKind {
    /// The link was made, to work until `expires_at` (when the event says).
    Created {
        /// The expiry it was made with.
        expires_at: Option<DateTime<Utc>>,
    },
    /// The link was changed: only the fields the change sent are set.
    Updated {
        /// Its new expiry.
        expires_at: Option<DateTime<Utc>>,
        /// Switched on or off.
        enabled: Option<bool>,
    },
    /// Someone signed up through the link.
    Joined {
        /// The new user's id.
        user_id: i64,
    },
}

/// One event of a link's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkEvent {
    /// What happened.
    pub kind: LinkEventKind,
    /// Who did it: a user name, an API token's name, or `unleash_system_user` for a sign-up.
    pub by: Option<String>,
    /// When Unleash recorded it.
    pub at: DateTime<Utc>,
}

/// A link's events, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkHistory {
    /// The link's events the log holds (all of them, or the newest when `complete` is false).
    pub events: Vec<LinkEvent>,
    /// False when the log held more events than the page reads ([`MOST_PAGES`] pages).
    pub complete: bool,
}

/// Reads the history of the link `secret` from Unleash's event log, oldest first.
pub async fn link_history(config: &ApiConfig, secret: &str) -> Result<LinkHistory, ApiError> {
    let mut newest_first = Vec::new();
    let mut offset = 0;
    for _ in 0..MOST_PAGES {
        let path = format!(
            "{SEARCH_PATH}?type={LINK_EVENT_TYPES}&query={}&limit={EVENTS_PER_PAGE}&offset={offset}",
            search_fragment(secret)
        );
        let answer = send(config, "GET", &path, None).await?;
        let page =
            EventPage::from_json(&answer.body, secret).ok_or(ApiError::UnreadableAnswer {
                status: answer.status,
            })?;
        newest_first.extend(page.events);
        offset += page.read;
        if page.read == 0 || offset >= page.total {
            newest_first.reverse();
            return Ok(LinkHistory {
                events: newest_first,
                complete: true,
            });
        }
    }
    newest_first.reverse();
    Ok(LinkHistory {
        events: newest_first,
        complete: false,
    })
}

/// What the search asks for: the secret's first [`SEARCH_FRAGMENT_LENGTH`] characters, stopping
/// before any that is not an ASCII letter or digit (which Unleash's match or the address could read
/// another way). A shorter fragment only finds more events to compare.
fn search_fragment(secret: &str) -> &str {
    let length = secret
        .bytes()
        .take(SEARCH_FRAGMENT_LENGTH)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    &secret[..length]
}

/// One page of the search's answer: the link's events in it, and how far paging got.
struct EventPage {
    events: Vec<LinkEvent>,
    /// How many events of any link the page held.
    read: usize,
    /// How many events match the search in all.
    total: usize,
}

impl EventPage {
    /// Reads `{events, total}`, keeping the events of the link `secret` whose type this page knows.
    fn from_json(text: &str, secret: &str) -> Option<Self> {
        let answer = Json::parse(text)?;
        let items = answer.field("events")?.items()?;
        let total = answer
            .field("total")
            .and_then(|total| total.whole_number())
            .map_or(items.len(), |total| total.max(0) as usize);
        Some(EventPage {
            read: items.len(),
            events: items
                .iter()
                .filter_map(|event| link_event(event, secret))
                .collect(),
            total,
        })
    }
}

fn link_event(event: &Json, secret: &str) -> Option<LinkEvent> {
    let data = event.present("data")?;
    if data.field("secret")?.text()? != secret {
        return None;
    }
    let expires_at = || data.present("expiresAt").and_then(|at| rfc3339(&at));
    let kind = match event.field("type")?.text()?.as_str() {
        "public-signup-token-created" => LinkEventKind::Created {
            expires_at: expires_at(),
        },
        "public-signup-token-updated" => LinkEventKind::Updated {
            expires_at: expires_at(),
            enabled: data.present("enabled").and_then(|enabled| enabled.flag()),
        },
        "public-signup-token-user-added" => LinkEventKind::Joined {
            user_id: data.field("userId")?.whole_number()?,
        },
        _ => return None,
    };
    Some(LinkEvent {
        kind,
        by: event.optional_text("createdBy").ok().flatten(),
        at: rfc3339(&event.field("createdAt")?)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "cf07ffa93508407b2248a50fd859a172";

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn each_kind_of_event_is_read_and_the_secret_is_not_kept() {
        let body = format!(
            r#"{{"total":5,"events":[
            {{"type":"public-signup-token-user-added","createdBy":"unleash_system_user",
              "createdAt":"2026-12-03T12:00:00.000Z","data":{{"secret":"{SECRET}","userId":7}}}},
            {{"type":"public-signup-token-updated","createdBy":"admin",
              "createdAt":"2026-12-02T12:00:00.000Z",
              "data":{{"secret":"{SECRET}","enabled":true,"expiresAt":"2026-12-20T00:00:00.000Z"}}}},
            {{"type":"feature-created","createdBy":"admin","createdAt":"2026-12-02T11:00:00.000Z",
              "data":{{"secret":"{SECRET}"}}}},
            {{"type":"public-signup-token-updated","createdBy":"admin",
              "createdAt":"2026-12-02T10:00:00.000Z","data":{{"secret":"another","enabled":false}}}},
            {{"type":"public-signup-token-created","createdBy":"local-admin",
              "createdAt":"2026-12-01T09:00:00.000Z",
              "data":{{"secret":"{SECRET}","name":"team","expiresAt":"2026-12-08T00:00:00.000Z"}}}}
            ]}}"#
        );
        let page = EventPage::from_json(&body, SECRET).unwrap();
        assert_eq!((page.read, page.total), (5, 5));
        assert_eq!(
            page.events,
            [
                LinkEvent {
                    kind: LinkEventKind::Joined { user_id: 7 },
                    by: Some("unleash_system_user".into()),
                    at: at("2026-12-03T12:00:00Z"),
                },
                LinkEvent {
                    kind: LinkEventKind::Updated {
                        expires_at: Some(at("2026-12-20T00:00:00Z")),
                        enabled: Some(true),
                    },
                    by: Some("admin".into()),
                    at: at("2026-12-02T12:00:00Z"),
                },
                LinkEvent {
                    kind: LinkEventKind::Created {
                        expires_at: Some(at("2026-12-08T00:00:00Z")),
                    },
                    by: Some("local-admin".into()),
                    at: at("2026-12-01T09:00:00Z"),
                },
            ]
        );
        assert!(!format!("{:?}", page.events).contains(SECRET));
    }

    #[test]
    fn the_search_names_a_few_characters_of_the_secret_and_never_more() {
        assert_eq!(search_fragment(SECRET), "cf07ff");
        assert_eq!(search_fragment("ab%_\\cdef"), "ab");
        assert_eq!(search_fragment("ab"), "ab");
        assert_eq!(search_fragment("é1234567"), "");
    }

    #[test]
    fn an_event_of_another_link_that_shares_the_fragment_is_left_out() {
        let lookalike = format!("{}0000000000000000000000000", &SECRET[..6]);
        let body = format!(
            r#"{{"total":2,"events":[
            {{"type":"public-signup-token-updated","createdBy":"bo",
              "createdAt":"2026-12-02T10:00:00.000Z","data":{{"secret":"{lookalike}","enabled":false}}}},
            {{"type":"public-signup-token-updated","createdBy":"admin",
              "createdAt":"2026-12-02T09:00:00.000Z","data":{{"secret":"{SECRET}","enabled":true}}}}
            ]}}"#
        );
        let page = EventPage::from_json(&body, SECRET).unwrap();
        assert_eq!(page.read, 2);
        assert_eq!(page.events.len(), 1);
        assert_eq!(page.events[0].by.as_deref(), Some("admin"));
    }

    #[test]
    fn events_it_cannot_read_are_left_out_and_other_answers_are_not_pages() {
        let body = format!(
            r#"{{"events":[
            {{"type":"public-signup-token-user-added","createdAt":"2026-12-03T12:00:00Z",
              "data":{{"secret":"{SECRET}","userId":"seven"}}}},
            {{"type":"public-signup-token-updated","createdAt":"yesterday","data":{{"secret":"{SECRET}"}}}},
            {{"type":"public-signup-token-updated","createdAt":"2026-12-03T12:00:00Z","data":null}},
            {{"type":"public-signup-token-updated","createdBy":7,"createdAt":"2026-12-03T12:00:00Z",
              "data":{{"secret":"{SECRET}","enabled":"no"}}}},
            7, null
            ]}}"#
        );
        let page = EventPage::from_json(&body, SECRET).unwrap();
        assert_eq!((page.read, page.total), (6, 6));
        assert_eq!(
            page.events,
            [LinkEvent {
                kind: LinkEventKind::Updated {
                    expires_at: None,
                    enabled: None
                },
                by: None,
                at: at("2026-12-03T12:00:00Z"),
            }]
        );
        for other in ["<html>", "", "[]", r#"{"events":{}}"#, r#"{"total":3}"#] {
            assert!(EventPage::from_json(other, SECRET).is_none(), "{other}");
        }
    }
}
