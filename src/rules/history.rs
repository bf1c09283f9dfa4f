//! A link's history told as steps (made, new expiry, off, on, a person joined), and its joins counted
//! per day: pure functions of the events the log holds and the people the link knows.

use chrono::{DateTime, NaiveDate, Utc};

use crate::api::{LinkEvent, LinkEventKind, TokenUser};

/// One step of a link's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Made, to work until this time (when the log says).
    Created(Option<DateTime<Utc>>),
    /// A new expiry, and the one it replaced when the history knows it.
    ExpiryChanged {
        /// The expiry before, when known.
        from: Option<DateTime<Utc>>,
        /// The new expiry.
        to: DateTime<Utc>,
    },
    /// Switched off.
    Disabled,
    /// Switched on.
    Enabled,
    /// Changed in a way the log does not name.
    Changed,
    /// Someone signed up through the link.
    Joined(Person),
}

/// Who joined: the link's own list of people knows most of them by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// The user's id.
    pub id: i64,
    /// Their name and user name, when the link's list of people has them.
    pub known_as: Option<TokenUser>,
}

/// A step with who took it and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryEntry {
    /// What happened.
    pub step: Step,
    /// Who did it (for a join: the person, see [`Step::Joined`]).
    pub by: Option<String>,
    /// When.
    pub at: DateTime<Utc>,
}

/// The steps of `events` (oldest first), people named from `users` where they are known. A change
/// of both expiry and the switch is two steps.
pub fn history_entries(events: &[LinkEvent], users: &[TokenUser]) -> Vec<HistoryEntry> {
    let mut expiry = None;
    let mut entries = Vec::new();
    for event in events {
        let entry = |step| HistoryEntry {
            step,
            by: event.by.clone(),
            at: event.at,
        };
        match &event.kind {
            LinkEventKind::Created { expires_at } => {
                expiry = *expires_at;
                entries.push(entry(Step::Created(*expires_at)));
            }
            LinkEventKind::Updated {
                expires_at,
                enabled,
            } => {
                if let Some(to) = *expires_at {
                    let from = expiry.replace(to);
                    entries.push(entry(Step::ExpiryChanged { from, to }));
                }
                match enabled {
                    Some(false) => entries.push(entry(Step::Disabled)),
                    Some(true) => entries.push(entry(Step::Enabled)),
                    None if expires_at.is_none() => entries.push(entry(Step::Changed)),
                    None => {}
                }
            }
            LinkEventKind::Joined { user_id } => {
                let known_as = users.iter().find(|user| user.id == *user_id).cloned();
                entries.push(entry(Step::Joined(Person {
                    id: *user_id,
                    known_as,
                })));
            }
        }
    }
    entries
}

/// Whether the history starts where the link did: the log still holds its creation.
pub fn begins_at_creation(events: &[LinkEvent]) -> bool {
    events
        .iter()
        .any(|event| matches!(event.kind, LinkEventKind::Created { .. }))
}

/// Joins per UTC day from `first` to `last` (both included), one count per day.
pub fn joins_per_day(events: &[LinkEvent], first: NaiveDate, last: NaiveDate) -> Vec<usize> {
    let days = (last - first).num_days().max(0) as usize + 1;
    let mut counts = vec![0; days];
    for event in events {
        if matches!(event.kind, LinkEventKind::Joined { .. }) {
            let day = (event.at.date_naive() - first).num_days();
            if let Some(count) = usize::try_from(day)
                .ok()
                .and_then(|day| counts.get_mut(day))
            {
                *count += 1;
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn event(kind: LinkEventKind, by: &str, when: &str) -> LinkEvent {
        LinkEvent {
            kind,
            by: Some(by.into()),
            at: at(when),
        }
    }

    fn joined(user_id: i64, when: &str) -> LinkEvent {
        event(
            LinkEventKind::Joined { user_id },
            "unleash_system_user",
            when,
        )
    }

    fn ada() -> TokenUser {
        TokenUser {
            id: 7,
            name: Some("Ada".into()),
            username: Some("ada".into()),
        }
    }

    #[test]
    fn each_step_says_what_changed_from_what() {
        let events = [
            event(
                LinkEventKind::Created {
                    expires_at: Some(at("2026-12-08T00:00:00Z")),
                },
                "admin",
                "2026-12-01T09:00:00Z",
            ),
            event(
                LinkEventKind::Updated {
                    expires_at: None,
                    enabled: Some(false),
                },
                "bo",
                "2026-12-02T09:00:00Z",
            ),
            event(
                LinkEventKind::Updated {
                    expires_at: Some(at("2026-12-20T00:00:00Z")),
                    enabled: Some(true),
                },
                "admin",
                "2026-12-03T09:00:00Z",
            ),
            joined(7, "2026-12-03T10:00:00Z"),
            joined(9, "2026-12-03T11:00:00Z"),
        ];
        let steps: Vec<Step> = history_entries(&events, &[ada()])
            .into_iter()
            .map(|entry| entry.step)
            .collect();
        assert_eq!(
            steps,
            [
                Step::Created(Some(at("2026-12-08T00:00:00Z"))),
                Step::Disabled,
                Step::ExpiryChanged {
                    from: Some(at("2026-12-08T00:00:00Z")),
                    to: at("2026-12-20T00:00:00Z"),
                },
                Step::Enabled,
                Step::Joined(Person {
                    id: 7,
                    known_as: Some(ada()),
                }),
                Step::Joined(Person {
                    id: 9,
                    known_as: None,
                }),
            ]
        );
        assert!(begins_at_creation(&events));
        assert!(!begins_at_creation(&events[1..]));
    }

    #[test]
    fn a_new_expiry_without_the_creation_does_not_know_what_it_replaced() {
        let events = [event(
            LinkEventKind::Updated {
                expires_at: Some(at("2026-12-20T00:00:00Z")),
                enabled: None,
            },
            "admin",
            "2026-12-03T09:00:00Z",
        )];
        assert_eq!(
            history_entries(&events, &[])[0].step,
            Step::ExpiryChanged {
                from: None,
                to: at("2026-12-20T00:00:00Z"),
            }
        );
    }

    #[test]
    fn joins_are_counted_on_their_utc_day_within_the_days_asked() {
        let events = [
            joined(1, "2026-11-30T23:59:00Z"),
            joined(2, "2026-12-01T00:00:00Z"),
            joined(3, "2026-12-01T18:00:00Z"),
            joined(4, "2026-12-03T23:00:00Z"),
            joined(5, "2026-12-09T10:00:00Z"),
        ];
        let day = |text: &str| text.parse::<NaiveDate>().unwrap();
        assert_eq!(
            joins_per_day(&events, day("2026-12-01"), day("2026-12-04")),
            [2, 0, 1, 0]
        );
        assert_eq!(
            joins_per_day(&events, day("2026-12-05"), day("2026-12-01")),
            [0]
        );
    }
}
