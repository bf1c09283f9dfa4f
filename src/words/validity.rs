//! What "Does it work right now?" says of Unleash's answer next to the state the page shows.

use super::catalogue::*;
use crate::rules::expiry::LinkState;
use crate::rules::validity::Verdict;

impl Catalogue {
    /// What to tell the administrator about `verdict`: agreement plainly, a disagreement with its
    /// likely cause (a change made elsewhere since the list was read, or clocks that differ).
    pub fn verdict(&self, verdict: Verdict) -> String {
        self.text(match verdict {
            Verdict::Works => VERDICT_WORKS,
            Verdict::RefusedAsExpected(LinkState::Disabled) => VERDICT_REFUSED_DISABLED,
            Verdict::RefusedAsExpected(_) => VERDICT_REFUSED_EXPIRED,
            Verdict::RefusedThoughActive => VERDICT_REFUSED_THOUGH_ACTIVE,
            Verdict::AcceptedThough(LinkState::Disabled) => VERDICT_ACCEPTED_THOUGH_DISABLED,
            Verdict::AcceptedThough(_) => VERDICT_ACCEPTED_THOUGH_EXPIRED,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreement_is_said_plainly_and_a_disagreement_names_its_likely_cause() {
        let verdict = |verdict| Catalogue::english().verdict(verdict);
        assert!(verdict(Verdict::RefusedAsExpected(LinkState::Disabled)).contains("disabled"));
        assert!(verdict(Verdict::RefusedAsExpected(LinkState::Expired)).contains("expired"));
        assert!(verdict(Verdict::RefusedThoughActive).contains("reload the list"));
        assert!(verdict(Verdict::AcceptedThough(LinkState::Expired)).contains("clock"));
    }
}
