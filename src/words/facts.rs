//! The sentences among a link's facts: who made it, its role, who joined, and its stored expiry.

use super::catalogue::*;

impl Catalogue {
    /// "Dec 5, 2026, 11:08 AM GMT+1 by admin": when (already in local time) and by whom a link was
    /// made, when Unleash says.
    pub fn created_by(&self, when: &str, by: Option<&str>) -> String {
        let unknown = self.text(UNKNOWN_USER);
        self.fill(
            CREATED_BY,
            &[("when", when), ("by", by.unwrap_or(&unknown))],
        )
    }

    /// The label of a link's expiry: "Expires", or "Expired" once it has.
    pub fn expiry_label(&self, expired: bool) -> String {
        self.text(if expired { EXPIRED_LABEL } else { EXPIRES })
    }

    /// Beside an expiry Unleash stores later than the UTC midnight it stops at (`stored`, in local
    /// time).
    pub fn stored_expiry(&self, stored: &str) -> String {
        self.fill(STORED_EXPIRY, &[("stored", stored)])
    }

    /// "Yes" or "No".
    pub fn yes_no(&self, yes: bool) -> String {
        self.text(if yes { YES } else { NO })
    }
}
