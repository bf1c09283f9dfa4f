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
        let expired = verdict(LinkState::Expired, InviteValidity::Refused);
        assert!(expired.agrees());
    }

    #[test]
    fn disagreements_point_at_a_change_elsewhere_or_the_clock() {
        let refused = verdict(LinkState::Active, InviteValidity::Refused);
        assert_eq!(refused, Verdict::RefusedThoughActive);
        assert!(!refused.agrees());
        let expired = verdict(LinkState::Expired, InviteValidity::Accepted);
        assert!(!expired.agrees());
    }
}
