//! What "Does it work right now?" says of Unleash's answer next to the state the page shows.

use crate::rules::expiry::LinkState;
use crate::rules::validity::Verdict;

/// While Unleash's check is asked.
pub const ASKING_UNLEASH: &str = "Asking Unleash…";

/// What to tell the administrator about `verdict`: agreement plainly, a disagreement with its likely
/// cause (a change made elsewhere since the list was read, or clocks that differ).
pub fn verdict(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Works => {
            "Yes. Unleash accepts this link right now: people who open it can sign up."
        }
        Verdict::RefusedAsExpected(LinkState::Disabled) => {
            "No. Unleash refuses this link because it is disabled, as shown here."
        }
        Verdict::RefusedAsExpected(_) => {
            "No. Unleash refuses this link because it has expired, as shown here."
        }
        Verdict::RefusedThoughActive => {
            "No, although this page counts the link as active. It may have been disabled or changed \
             in Unleash since the list was read: reload the list to see its state now. If it has \
             not, the clock of this computer may be behind the Unleash server's."
        }
        Verdict::AcceptedThough(LinkState::Disabled) => {
            "Yes, although this page shows the link disabled. It may have been enabled in Unleash \
             since the list was read: reload the list to see its state now."
        }
        Verdict::AcceptedThough(_) => {
            "Yes, although this page counts the link as expired. The clock of this computer may be \
             ahead of the Unleash server's: the link keeps working until the server's own clock \
             reaches its expiry day."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreement_is_said_plainly_and_a_disagreement_names_its_likely_cause() {
        assert!(verdict(Verdict::RefusedAsExpected(LinkState::Disabled)).contains("disabled"));
        assert!(verdict(Verdict::RefusedAsExpected(LinkState::Expired)).contains("expired"));
        assert!(verdict(Verdict::RefusedThoughActive).contains("reload the list"));
        assert!(verdict(Verdict::AcceptedThough(LinkState::Expired)).contains("clock"));
    }
}
