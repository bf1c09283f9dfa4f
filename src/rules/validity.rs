//! "Does it work right now?": Unleash's own answer compared with the state the page computes.
//!
//! The page counts a link expired from 00:00 UTC of its expiry day, as Unleash's check does (see
//! [`crate::rules::expiry::works_until`]), so the two disagree only when something changed elsewhere since
//! the list was read, or when this computer's clock and the server's differ.

use crate::api::InviteValidity;
use crate::rules::expiry::LinkState;

/// What Unleash's answer means next to the state the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Unleash accepts the link, as the page expects.
    Works,
    /// Unleash refuses the link, as the page expects (it is disabled or expired).
    RefusedAsExpected(LinkState),
    /// The page says active, Unleash refuses: changed elsewhere since the list was read, or the clocks differ.
    RefusedThoughActive,
    /// The page says expired or disabled, but Unleash accepts the link.
    AcceptedThough(LinkState),
}

/// Compares Unleash's `answer` with the `state` the page shows.
pub fn verdict(state: LinkState, answer: InviteValidity) -> Verdict {
    match (state, answer) {
        (LinkState::Active, InviteValidity::Accepted) => Verdict::Works,
        (LinkState::Active, InviteValidity::Refused) => Verdict::RefusedThoughActive,
        (state, InviteValidity::Refused) => Verdict::RefusedAsExpected(state),
        (state, InviteValidity::Accepted) => Verdict::AcceptedThough(state),
    }
}

impl Verdict {
    /// Whether Unleash and the page agree.
    pub fn agrees(self) -> bool {
        matches!(self, Self::Works | Self::RefusedAsExpected(_))
    }

    /// What to tell the administrator.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Works => "Yes. Unleash accepts this link right now: people who open it can sign up.",
            Self::RefusedAsExpected(LinkState::Disabled) => {
                "No. Unleash refuses this link because it is disabled, as shown here."
            }
            Self::RefusedAsExpected(_) => {
                "No. Unleash refuses this link because it has expired, as shown here."
            }
            Self::RefusedThoughActive => {
                "No, although this page counts the link as active. It may have been disabled or changed \
                 in Unleash since the list was read: reload the list to see its state now. If it has \
                 not, the clock of this computer may be behind the Unleash server's."
            }
            Self::AcceptedThough(LinkState::Disabled) => {
                "Yes, although this page shows the link disabled. It may have been enabled in Unleash \
                 since the list was read: reload the list to see its state now."
            }
            Self::AcceptedThough(_) => {
                "Yes, although this page counts the link as expired. The clock of this computer may be \
                 ahead of the Unleash server's: the link keeps working until the server's own clock \
                 reaches its expiry day."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreement_is_reported_plainly() {
        let works = verdict(LinkState::Active, InviteValidity::Accepted);
        assert_eq!(works, Verdict::Works);
        assert!(works.agrees());
        let disabled = verdict(LinkState::Disabled, InviteValidity::Refused);
        assert!(disabled.agrees());
        assert!(disabled.describe().contains("disabled"));
        let expired = verdict(LinkState::Expired, InviteValidity::Refused);
        assert!(expired.agrees());
        assert!(expired.describe().contains("expired"));
    }

    #[test]
    fn disagreements_point_at_a_change_elsewhere_or_the_clock() {
        let refused = verdict(LinkState::Active, InviteValidity::Refused);
        assert_eq!(refused, Verdict::RefusedThoughActive);
        assert!(!refused.agrees());
        assert!(refused.describe().contains("reload the list"));
        let expired = verdict(LinkState::Expired, InviteValidity::Accepted);
        assert!(!expired.agrees());
        assert!(expired.describe().contains("clock"));
    }
}
