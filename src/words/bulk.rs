//! The words of "Disable selected": the question, the progress line and the report.

use super::changes::outcome_problem;
use super::errors::Access;
use super::labels::DISABLE_LINK;
use super::names::link_name;
use crate::rules::change::Change;
use crate::rules::outcome::{is_disabled, BulkEnd};

/// "3 links", "1 link".
pub fn links(count: usize) -> String {
    match count {
        1 => "1 link".to_owned(),
        _ => format!("{count} links"),
    }
}

/// The words around the question before disabling links, for one link (its details' Disable link,
/// or one selected) or for many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DisableWords {
    /// The dialog's title.
    pub title: &'static str,
    /// What stays as it was once they are disabled.
    pub keeps: &'static str,
    /// The button that keeps them enabled.
    pub keep: &'static str,
    /// The button that disables them.
    pub disable: &'static str,
}

/// The words around the question before disabling `count` links.
pub fn disable_words(count: usize) -> DisableWords {
    if count == 1 {
        DisableWords {
            title: "Disable this link?",
            keeps: "People who already joined through it keep their accounts. You can enable the link again later.",
            keep: "Keep it enabled",
            disable: DISABLE_LINK,
        }
    } else {
        DisableWords {
            title: "Disable the selected links?",
            keeps: "People who already joined through them keep their accounts. You can enable each link again later.",
            keep: "Keep them enabled",
            disable: "Disable them",
        }
    }
}

/// The question before disabling the links named `names` (each already on one line): one link by
/// its name, many with each name in quotes on a line of its own.
pub fn disable_question(names: &[String]) -> String {
    if let [name] = names {
        return format!("Nobody can join with “{name}” once it is disabled.");
    }
    let listed = names
        .iter()
        .map(|name| format!("\n“{name}”"))
        .collect::<String>();
    format!(
        "Nobody can join with these {} once they are disabled:{listed}",
        links(names.len())
    )
}

/// The progress line while a run is on its way: "Disabled 4 of 10 … now “Team”."
pub fn bulk_progress(ended: &[BulkEnd], total: usize, now: Option<&str>) -> String {
    let disabled = disabled_count(ended);
    let failed = ended.len() - disabled;
    let failed = match failed {
        0 => String::new(),
        _ => format!(" ({failed} not)"),
    };
    let now = now.map(|name| format!(" now “{name}”")).unwrap_or_default();
    format!("Disabled {disabled} of {total}{failed} …{now}.")
}

/// The report once a run has ended: its first line says how many were disabled, each other line one
/// link that was not, and why (in the words every change uses for that outcome).
pub fn bulk_report(ended: &[BulkEnd], total: usize, access: Access) -> Vec<String> {
    let mut lines = vec![format!(
        "Disabled {} of {}.",
        disabled_count(ended),
        links(total)
    )];
    let mut not_sent = Vec::new();
    for (link, outcome) in ended {
        let name = link_name(link);
        let Some(outcome) = outcome else {
            not_sent.push(format!("“{name}”"));
            continue;
        };
        if is_disabled(outcome) {
            continue;
        }
        let change = Change::SetEnabled {
            link: link.clone(),
            enabled: false,
        };
        if let Some(problem) = outcome_problem(&change, outcome, access) {
            lines.push(format!("“{name}”: {problem}"));
        }
    }
    if !not_sent.is_empty() {
        lines.push(format!("Not sent, once stopped: {}.", not_sent.join(", ")));
    }
    lines
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

    #[test]
    fn the_question_speaks_of_one_link_as_one_and_of_many_as_many() {
        assert_eq!(
            disable_question(&["Team".to_owned()]),
            "Nobody can join with “Team” once it is disabled."
        );
        let one = disable_words(1);
        assert_eq!(one.title, "Disable this link?");
        assert_eq!((one.keep, one.disable), ("Keep it enabled", "Disable link"));
        assert!(one.keeps.contains("through it "), "{}", one.keeps);
        assert_eq!(
            disable_question(&["a".to_owned(), "b".to_owned()]),
            "Nobody can join with these 2 links once they are disabled:\n“a”\n“b”"
        );
        let two = disable_words(2);
        assert_eq!(two.title, "Disable the selected links?");
        assert_eq!(
            (two.keep, two.disable),
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
        let report = bulk_report(&ended, 6, access);
        assert_eq!(report[0], "Disabled 1 of 6 links.");
        assert!(report[1].starts_with("“b”: "), "{report:?}");
        assert!(report[2].starts_with("“c”: ") && report[2].contains("may have disabled"));
        assert!(report[3].starts_with("“d”: Cancelled."), "{report:?}");
        assert_eq!(report[4], "Not sent, once stopped: “e”, “f”.");
        assert_eq!(report.len(), 5);
        assert_eq!(
            bulk_progress(&ended[..2], 6, Some("c")),
            "Disabled 1 of 6 (1 not) … now “c”."
        );
    }
}
