//! The words of a link's history: one sentence per step, why the history cannot be shown, and the
//! joins chart told in words.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use super::catalogue::*;
use super::Access;
use crate::api::ApiError;
use crate::rules::expiry::works_until;
use crate::rules::history::{HistoryEntry, Person, Step};
use crate::rules::shown_text::one_line;

impl Catalogue {
    /// What the history says of `entry`, times written by `time` (the reader's local time):
    /// "Expiry changed from … to … by admin."
    pub fn step_sentence(
        &self,
        entry: &HistoryEntry,
        time: impl Fn(DateTime<Utc>) -> String,
    ) -> String {
        let by = entry
            .by
            .as_deref()
            .map_or_else(|| self.text(UNKNOWN_USER), one_line);
        let until = |at: DateTime<Utc>| time(works_until(at));
        let by = ("by", by.as_str());
        match &entry.step {
            Step::Created(Some(expiry)) => {
                self.fill(STEP_CREATED_UNTIL, &[by, ("until", &until(*expiry))])
            }
            Step::Created(None) => self.fill(STEP_CREATED, &[by]),
            Step::ExpiryChanged {
                from: Some(from),
                to,
            } => self.fill(
                STEP_EXPIRY_CHANGED,
                &[by, ("from", &until(*from)), ("to", &until(*to))],
            ),
            Step::ExpiryChanged { from: None, to } => {
                self.fill(STEP_EXPIRY_SET, &[by, ("to", &until(*to))])
            }
            Step::Disabled => self.fill(STEP_DISABLED, &[by]),
            Step::Enabled => self.fill(STEP_ENABLED, &[by]),
            Step::Changed => self.fill(STEP_CHANGED, &[by]),
            Step::Joined(person) => self.fill(STEP_JOINED, &[("person", &self.person(person))]),
        }
    }

    /// "Ada Lovelace (ada)", or "A person (user id 9)" when the link's people do not include them.
    fn person(&self, person: &Person) -> String {
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
            (Some(name), Some(username)) => self.fill(
                PERSON_WITH_USER_NAME,
                &[("name", &name), ("username", &username)],
            ),
            (Some(name), None) | (None, Some(name)) => name,
            (None, None) => self.fill(PERSON_UNKNOWN, &[("id", &person.id.to_string())]),
        }
    }

    /// Why a link's history cannot be shown, in one line.
    pub fn history_failure(&self, failure: &ApiError, access: Access) -> String {
        match failure.status() {
            Some(403) => self.text(HISTORY_FORBIDDEN),
            Some(404) => self.text(HISTORY_UNSUPPORTED),
            _ => self.fill(
                HISTORY_FAILED,
                &[("problem", &self.error_for(failure, access))],
            ),
        }
    }

    /// The joins chart in words: how many joined over how many days, and the first busiest day
    /// (`first` is the first day's date, `day` writes a date).
    pub fn joins_summary(
        &self,
        counts: &[usize],
        first: NaiveDate,
        day: impl Fn(NaiveDate) -> String,
    ) -> String {
        let total: usize = counts.iter().sum();
        let days = counts.len();
        let peak = counts
            .iter()
            .enumerate()
            .max_by_key(|(index, count)| (**count, std::cmp::Reverse(*index)));
        let days_count = self.number(days);
        let values = |extra: &[(&'static str, String)]| {
            let mut values = vec![("days", days_count.clone())];
            values.extend_from_slice(extra);
            values
        };
        let (message, values) = match (total, peak) {
            (0, _) | (_, None) => (NOBODY_JOINED_IN, values(&[])),
            (1, _) => (ONE_JOINED_IN, values(&[])),
            (total, Some((index, most))) => (
                MANY_JOINED_IN,
                values(&[
                    ("total", self.number(total)),
                    ("most", self.number(*most)),
                    ("day", day(first + TimeDelta::days(index as i64))),
                ]),
            ),
        };
        let borrowed: Vec<(&str, &str)> = values
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .collect();
        self.count(message, days, &borrowed)
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
        Catalogue::english()
            .step_sentence(&entry(step, by), |at| at.format("%b %-d %H:%M").to_string())
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
            Catalogue::english().joins_summary(&[1, 3, 0, 3], first, day),
            "7 people joined in 4 days; the most on Dec 2 (3)."
        );
        assert_eq!(
            Catalogue::english().joins_summary(&[0, 1], first, day),
            "1 person joined in 2 days."
        );
        assert_eq!(
            Catalogue::english().joins_summary(&[0], first, day),
            "Nobody joined in 1 day."
        );
    }

    #[test]
    fn a_history_that_cannot_be_read_says_why_in_one_line() {
        let access = Access {
            sends_token: false,
            offers_sign_in: true,
        };
        let status = |status| ApiError::from_answer(status, "");
        assert!(Catalogue::english()
            .history_failure(&status(403), access)
            .contains("your role may not read"));
        assert!(Catalogue::english()
            .history_failure(&status(404), access)
            .contains("no event search"));
        assert!(Catalogue::english()
            .history_failure(&status(500), access)
            .starts_with("History could not be read: "));
    }
}
