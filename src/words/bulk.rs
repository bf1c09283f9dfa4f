//! The words of "Disable selected": the question, the progress line and the report.

use super::changes::outcome_problem;
use super::errors::Access;
use crate::rules::change::Change;
use crate::rules::outcome::{is_disabled, BulkEnd};
use crate::rules::shown_text::link_name;

/// "3 links", "1 link".
pub fn links(count: usize) -> String {
    match count {
        1 => "1 link".to_owned(),
        _ => format!("{count} links"),
    }
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
