//! The words of "Disable selected": the question, the progress line and the report.

use super::catalogue::*;
use super::errors::Access;
use crate::rules::change::Change;
use crate::rules::outcome::{is_disabled, BulkEnd};

/// The words around the question before disabling links, for one link (its details' Disable link,
/// or one selected) or for many.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisableWords {
    /// The dialog's title.
    pub title: String,
    /// What stays as it was once they are disabled.
    pub keeps: String,
    /// The button that keeps them enabled.
    pub keep: String,
    /// The button that disables them.
    pub disable: String,
}

impl Catalogue {
    /// The words around the question before disabling `count` links.
    pub fn disable_words(&self, count: usize) -> DisableWords {
        let [title, keeps, keep, disable] = if count == 1 {
            [
                DISABLE_ONE_TITLE,
                DISABLE_ONE_KEEPS,
                KEEP_IT_ENABLED,
                DISABLE_LINK,
            ]
        } else {
            [
                DISABLE_MANY_TITLE,
                DISABLE_MANY_KEEPS,
                KEEP_THEM_ENABLED,
                DISABLE_THEM,
            ]
        };
        DisableWords {
            title: self.text(title),
            keeps: self.text(keeps),
            keep: self.text(keep),
            disable: self.text(disable),
        }
    }

    /// The question before disabling the links named `names` (each already on one line): one link
    /// by its name, many with each name in quotes on a line of its own.
    pub fn disable_question(&self, names: &[String]) -> String {
        if let [name] = names {
            return self.fill(QUESTION_ONE, &[("name", name)]);
        }
        let listed = names
            .iter()
            .map(|name| format!("\n{}", self.fill(QUOTED, &[("name", name)])))
            .collect::<String>();
        self.count(QUESTION_MANY, names.len(), &[]) + &listed
    }

    /// The progress line while a run is on its way: "Disabled 4 of 10 … now “Team”."
    pub fn bulk_progress(&self, ended: &[BulkEnd], total: usize, now: Option<&str>) -> String {
        let disabled = disabled_count(ended);
        let failed = ended.len() - disabled;
        let message = match (failed, now) {
            (0, None) => PROGRESS,
            (0, Some(_)) => PROGRESS_NOW,
            (_, None) => PROGRESS_FAILED,
            (_, Some(_)) => PROGRESS_FAILED_NOW,
        };
        self.fill(
            message,
            &[
                ("disabled", &self.number(disabled)),
                ("total", &self.number(total)),
                ("failed", &self.number(failed)),
                ("name", now.unwrap_or_default()),
            ],
        )
    }

    /// The report once a run has ended: its first line says how many were disabled, each other
    /// line one link that was not, and why (in the words every change uses for that outcome).
    pub fn bulk_report(&self, ended: &[BulkEnd], total: usize, access: Access) -> Vec<String> {
        let disabled = self.number(disabled_count(ended));
        let mut lines = vec![self.count(
            REPORT_DISABLED,
            total,
            &[("disabled", &disabled), ("total", &self.number(total))],
        )];
        let mut not_sent = Vec::new();
        for (link, outcome) in ended {
            let name = self.link_name(link);
            let Some(outcome) = outcome else {
                not_sent.push(self.fill(QUOTED, &[("name", &name)]));
                continue;
            };
            if is_disabled(outcome) {
                continue;
            }
            let change = Change::SetEnabled {
                link: link.clone(),
                enabled: false,
            };
            if let Some(problem) = self.outcome_problem(&change, outcome, access) {
                lines.push(self.fill(REPORT_PROBLEM, &[("name", &name), ("problem", &problem)]));
            }
        }
        if !not_sent.is_empty() {
            lines.push(self.fill(REPORT_NOT_SENT, &[("names", &self.list(&not_sent))]));
        }
        lines
    }
}

fn disabled_count(ended: &[BulkEnd]) -> usize {
    ended
        .iter()
        .filter(|(_, outcome)| outcome.as_ref().is_some_and(is_disabled))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{ApiError, PublicSignupToken};
    use crate::rules::outcome::{Check, Outcome};

    fn link(name: &str) -> PublicSignupToken {
        PublicSignupToken::sample(name, false)
    }

    fn en() -> &'static Catalogue {
        Catalogue::english()
    }

    #[test]
    fn the_question_speaks_of_one_link_as_one_and_of_many_as_many() {
        assert_eq!(
            en().disable_question(&["Team".to_owned()]),
            "Nobody can join with “Team” once it is disabled."
        );
        let one = en().disable_words(1);
        assert_eq!(one.title, "Disable this link?");
        assert_eq!(
            (one.keep.as_str(), one.disable.as_str()),
            ("Keep it enabled", "Disable link")
        );
        assert!(one.keeps.contains("through it "), "{}", one.keeps);
        assert_eq!(
            en().disable_question(&["a".to_owned(), "b".to_owned()]),
            "Nobody can join with these 2 links once they are disabled:\n“a”\n“b”"
        );
        let two = en().disable_words(2);
        assert_eq!(two.title, "Disable the selected links?");
        assert_eq!(
            (two.keep.as_str(), two.disable.as_str()),
            ("Keep them enabled", "Disable them")
        );
        assert!(two.keeps.contains("through them "), "{}", two.keeps);
    }

    #[test]
    fn the_report_counts_the_disabled_and_names_each_other_link_with_its_outcome() {
        let access = Access {
            sends_token: false,
            offers_sign_in: true,
        };
        let ended = vec![
            (link("a"), Some(Outcome::Done(link("a")))),
            (
                link("b"),
                Some(Outcome::Refused(ApiError::from_answer(400, ""))),
            ),
            (
                link("c"),
                Some(Outcome::Unknown {
                    cause: ApiError::TimedOut { seconds: 30 },
                    check: Check::Read(Some(PublicSignupToken::sample("c", true))),
                }),
            ),
            (link("d"), Some(Outcome::Cancelled)),
            (link("e"), None),
            (link("f"), None),
        ];
        let report = en().bulk_report(&ended, 6, access);
        assert_eq!(report[0], "Disabled 1 of 6 links.");
        assert!(report[1].starts_with("“b”: "), "{report:?}");
        assert!(report[2].starts_with("“c”: ") && report[2].contains("may have disabled"));
        assert!(report[3].starts_with("“d”: Cancelled."), "{report:?}");
        assert_eq!(report[4], "Not sent, once stopped: “e”, “f”.");
        assert_eq!(report.len(), 5);
        assert_eq!(
            en().bulk_progress(&ended[..2], 6, Some("c")),
            "Disabled 1 of 6 (1 not) … now “c”."
        );
    }
}
