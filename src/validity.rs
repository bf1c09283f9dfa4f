//! "Does it work right now?": Unleash's own answer compared with the state the page computes.
//!
//! The page counts a link expired once its expiry time has passed. Unleash's check compares calendar
//! dates in UTC: it refuses a link from 00:00 UTC of the day the link expires. For a link ending at a
//! UTC midnight (as every link this app makes or changes does) the two agree; for others they differ
//! on the expiry day, and the administrator should be told which is right and why.

use chrono::{DateTime, Utc};

use crate::api::InviteValidity;
use crate::expiry::{start_of_next_utc_day, LinkState};

/// What Unleash's answer means next to the state the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Unleash accepts the link, as the page expects.
    Works,
    /// Unleash refuses the link, as the page expects (it is disabled or expired).
    RefusedAsExpected(LinkState),
    /// The page says active, but today is the link's expiry day in UTC, so Unleash already refuses it.
    RefusedOnExpiryDay {
        /// When Unleash began refusing the link: 00:00 UTC of its expiry day.
        since: DateTime<Utc>,
    },
    /// The page says active, Unleash refuses for another reason: changed elsewhere since the list was read.
    RefusedThoughActive,
    /// The page says expired or disabled, but Unleash accepts the link.
    AcceptedThough(LinkState),
}

/// Compares Unleash's `answer` with the `state` the page shows for a link expiring at `expires_at`.
pub fn verdict(
    state: LinkState,
    answer: InviteValidity,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Verdict {
    match (state, answer) {
        (LinkState::Active, InviteValidity::Accepted) => Verdict::Works,
        (LinkState::Active, InviteValidity::Refused) => {
            if expires_at.date_naive() <= now.date_naive() {
                Verdict::RefusedOnExpiryDay {
                    since: start_of_next_utc_day(expires_at) - chrono::Days::new(1),
                }
            } else {
                Verdict::RefusedThoughActive
            }
        }
        (state, InviteValidity::Refused) => Verdict::RefusedAsExpected(state),
        (state, InviteValidity::Accepted) => Verdict::AcceptedThough(state),
    }
}

impl Verdict {
    /// Whether Unleash and the page agree.
    pub fn agrees(self) -> bool {
        matches!(self, Self::Works | Self::RefusedAsExpected(_))
    }

    /// What to tell the administrator; `local` formats a time in their own time zone.
    pub fn describe(self, local: impl Fn(DateTime<Utc>) -> String) -> String {
        match self {
            Self::Works => "Yes. Unleash accepts this link right now: people who open it can sign up.".to_owned(),
            Self::RefusedAsExpected(LinkState::Disabled) => {
                "No. Unleash refuses this link because it is disabled, as shown here.".to_owned()
            }
            Self::RefusedAsExpected(_) => {
                "No. Unleash refuses this link because it has expired, as shown here.".to_owned()
            }
            Self::RefusedOnExpiryDay { since } => format!(
                "No, although this page counts the link as active. Unleash compares calendar days in UTC: \
                 it stops accepting a link at the start of the day it expires, here {}. \
                 Give the link a new expiry to keep it working.",
                local(since)
            ),
            Self::RefusedThoughActive => {
                "No, although this page counts the link as active. It may have been disabled or changed \
                 in Unleash since the list was read: reload the list to see its state now."
                    .to_owned()
            }
            Self::AcceptedThough(LinkState::Disabled) => {
                "Yes, although this page shows the link disabled. It may have been enabled in Unleash \
                 since the list was read: reload the list to see its state now."
                    .to_owned()
            }
            Self::AcceptedThough(_) => {
                "Yes, although this page counts the link as expired. The clock of this computer may be \
                 ahead of the Unleash server's: the link keeps working until the server's own clock \
                 reaches its expiry day."
                    .to_owned()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn agreement_is_reported_plainly() {
        let now = at("2026-11-29T10:00:00Z");
        let later = at("2026-12-06T00:00:00Z");
        let works = verdict(LinkState::Active, InviteValidity::Accepted, later, now);
        assert_eq!(works, Verdict::Works);
        assert!(works.agrees());
        let disabled = verdict(LinkState::Disabled, InviteValidity::Refused, later, now);
        assert!(disabled.agrees());
        assert!(disabled.describe(|_| String::new()).contains("disabled"));
    }

    #[test]
    fn on_its_utc_expiry_day_an_active_link_is_already_refused_and_the_page_says_why() {
        let now = at("2026-11-29T10:00:00Z");
        let tonight = at("2026-11-29T18:00:00Z");
        let verdict = verdict(LinkState::Active, InviteValidity::Refused, tonight, now);
        assert_eq!(
            verdict,
            Verdict::RefusedOnExpiryDay {
                since: at("2026-11-29T00:00:00Z")
            }
        );
        assert!(!verdict.agrees());
        let told = verdict.describe(|at| at.to_rfc3339());
        assert!(told.contains("calendar days in UTC"), "{told}");
        assert!(told.contains("2026-11-29T00:00:00+00:00"), "{told}");
    }

    #[test]
    fn other_disagreements_point_at_a_change_elsewhere_or_the_clock() {
        let now = at("2026-11-29T10:00:00Z");
        let later = at("2026-12-06T00:00:00Z");
        assert_eq!(
            verdict(LinkState::Active, InviteValidity::Refused, later, now),
            Verdict::RefusedThoughActive
        );
        let expired = verdict(LinkState::Expired, InviteValidity::Accepted, now, now);
        assert!(expired.describe(|_| String::new()).contains("clock"));
    }
}
