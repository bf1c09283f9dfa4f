//! The words of a link's history: one sentence per step, why the history cannot be shown, and the
//! joins chart told in words.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use super::errors::error_for;
use super::Access;
use crate::api::ApiError;
use crate::rules::expiry::works_until;
use crate::rules::history::{HistoryEntry, Person, Step};
use crate::rules::shown_text::one_line;

/// What the history says of `entry`, times written by `time` (the reader's local time):
/// "Expiry changed from … to … by admin."
pub fn step_sentence(entry: &HistoryEntry, time: impl Fn(DateTime<Utc>) -> String) -> String {
    let by = entry
        .by
        .as_deref()
        .map_or_else(|| "an unknown user".to_owned(), one_line);
    let until = |at: DateTime<Utc>| time(works_until(at));
    match &entry.step {
        Step::Created(Some(expiry)) => {
            format!("Created by {by}, to work until {}.", until(*expiry))
        }
        Step::Created(None) => format!("Created by {by}."),
        Step::ExpiryChanged {
            from: Some(from),
            to,
        } => format!(
            "Expiry changed from {} to {} by {by}.",
            until(*from),
            until(*to)
        ),
        Step::ExpiryChanged { from: None, to } => {
            format!("Expiry set to {} by {by}.", until(*to))
        }
        Step::Disabled => format!("Disabled by {by}."),
        Step::Enabled => format!("Enabled by {by}."),
        Step::Changed => format!("Changed by {by}."),
        Step::Joined(person) => format!("{} joined.", person_words(person)),
    }
}

/// "Ada Lovelace (ada)", or "A person (user id 9)" when the link's people do not include them.
fn person_words(person: &Person) -> String {
    let known = |text: &Option<String>| {
        text.as_deref()
            .map(one_line)
            .filter(|text| !text.trim().is_empty())
    };
    let user = person.known_as.as_ref();
    match (
        user.and_then(|user| known(&user.name)),
        user.and_then(|user| known(&user.username)),
    ) {
        (Some(name), Some(username)) => format!("{name} ({username})"),
        (Some(name), None) | (None, Some(name)) => name,
        (None, None) => format!("A person (user id {})", person.id),
    }
}

/// Why the history cannot be shown: the role may not read the log (403), the Unleash has no event
/// search (404), or what the request met otherwise.
pub fn history_failure(failure: &ApiError, access: Access) -> String {
    match failure.status() {
        Some(403) => "History: your role may not read Unleash's event log, so this link's history \
                      cannot be shown."
            .to_owned(),
        Some(404) => "History: this Unleash has no event search (older versions lack it), so this \
                      link's history cannot be shown."
            .to_owned(),
        _ => format!("History could not be read: {}", error_for(failure, access)),
    }
}

/// Said when the log no longer holds how the link began.
pub const HISTORY_BEGINS_LATER: &str =
    "Unleash's event log no longer holds how this link began; its history starts later.";

/// Said when the link has more events than the page reads.
pub fn history_cut(shown: usize) -> String {
    format!("This link has more events than the page reads; the newest {shown} are shown.")
}

/// The joins chart in words: "5 people joined over 12 days; the most on Dec 3 (3)."
pub fn joins_summary(
    counts: &[usize],
    first: NaiveDate,
    day: impl Fn(NaiveDate) -> String,
) -> String {
    let total: usize = counts.iter().sum();
    let days = counts.len();
    let day_word = if days == 1 { "day" } else { "days" };
    let peak = counts
        .iter()
        .enumerate()
        .max_by_key(|(index, count)| (**count, std::cmp::Reverse(*index)));
    match (total, peak) {
        (0, _) | (_, None) => format!("Nobody joined in {days} {day_word}."),
        (1, _) => format!("1 person joined in {days} {day_word}."),
        (total, Some((index, most))) => format!(
            "{total} people joined in {days} {day_word}; the most on {} ({most}).",
            day(first + TimeDelta::days(index as i64))
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::TokenUser;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn entry(step: Step, by: Option<&str>) -> HistoryEntry {
        HistoryEntry {
            step,
            by: by.map(str::to_owned),
            at: at("2026-12-03T09:00:00Z"),
        }
    }

    fn said(step: Step, by: Option<&str>) -> String {
        step_sentence(&entry(step, by), |at| at.format("%b %-d %H:%M").to_string())
    }

    #[test]
    fn each_step_reads_as_one_sentence_with_who_and_until_when() {
        let expiry = at("2026-12-08T00:00:00Z");
        assert_eq!(
            said(Step::Created(Some(expiry)), Some("admin")),
            "Created by admin, to work until Dec 8 00:00."
        );
        assert_eq!(
            said(Step::Created(None), None),
            "Created by an unknown user."
        );
        assert_eq!(
            said(
                Step::ExpiryChanged {
                    from: Some(expiry),
                    to: at("2026-12-20T18:00:00Z")
                },
                Some("bo")
            ),
            "Expiry changed from Dec 8 00:00 to Dec 20 00:00 by bo."
        );
        assert_eq!(
            said(
                Step::ExpiryChanged {
                    from: None,
                    to: expiry
                },
                Some("bo")
            ),
            "Expiry set to Dec 8 00:00 by bo."
        );
        assert_eq!(said(Step::Disabled, Some("bo")), "Disabled by bo.");
        assert_eq!(said(Step::Enabled, Some("bo")), "Enabled by bo.");
        assert_eq!(said(Step::Changed, Some("bo")), "Changed by bo.");
    }

    #[test]
    fn a_person_who_joined_is_named_as_the_link_knows_them() {
        let person = |name: Option<&str>, username: Option<&str>| {
            Step::Joined(Person {
                id: 9,
                known_as: Some(TokenUser {
                    id: 9,
                    name: name.map(str::to_owned),
                    username: username.map(str::to_owned),
                }),
            })
        };
        let joined = |step| said(step, Some("unleash_system_user"));
        assert_eq!(
            joined(person(Some("Ada"), Some("ada"))),
            "Ada (ada) joined."
        );
        assert_eq!(joined(person(None, Some("ada"))), "ada joined.");
        assert_eq!(
            joined(person(Some(" "), None)),
            "A person (user id 9) joined."
        );
        let unknown = Step::Joined(Person {
            id: 9,
            known_as: None,
        });
        assert_eq!(joined(unknown), "A person (user id 9) joined.");
    }

    #[test]
    fn the_chart_in_words_gives_the_total_and_the_first_busiest_day() {
        let first = "2026-12-01".parse().unwrap();
        let day = |day: NaiveDate| day.format("%b %-d").to_string();
        assert_eq!(
            joins_summary(&[1, 3, 0, 3], first, day),
            "7 people joined in 4 days; the most on Dec 2 (3)."
        );
        assert_eq!(
            joins_summary(&[0, 1], first, day),
            "1 person joined in 2 days."
        );
        assert_eq!(joins_summary(&[0], first, day), "Nobody joined in 1 day.");
    }

    #[test]
    fn a_history_that_cannot_be_read_says_why_in_one_line() {
        let access = Access {
            sends_token: false,
            offers_sign_in: true,
        };
        let status = |status| ApiError::from_answer(status, "");
        assert!(history_failure(&status(403), access).contains("your role may not read"));
        assert!(history_failure(&status(404), access).contains("no event search"));
        assert!(history_failure(&status(500), access).starts_with("History could not be read: "));
    }
}
