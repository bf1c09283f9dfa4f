//! The sentences among a link's facts: who made it, its role, who joined, and its stored expiry.

/// "Dec 5, 2026, 11:08 AM GMT+1 by admin": when (already in local time) and by whom a link was
/// made, when Unleash says.
pub fn created_by(when: &str, by: Option<&str>) -> String {
    format!("{when} by {}", by.unwrap_or("an unknown user"))
}

/// In place of a role Unleash did not name.
pub const ROLE_NOT_REPORTED: &str = "Not reported by Unleash";

/// How many joined: "1 person", "3 people".
pub fn people(count: usize) -> String {
    match count {
        1 => "1 person".to_owned(),
        _ => format!("{count} people"),
    }
}

/// The label of a link's expiry: "Expires", or "Expired" once it has.
pub fn expiry_label(expired: bool) -> &'static str {
    if expired {
        "Expired"
    } else {
        "Expires"
    }
}

/// Beside an expiry Unleash stores later than the UTC midnight it stops at (`stored`, in local time).
pub fn stored_expiry(stored: &str) -> String {
    format!(
        "Unleash stores {stored}, but it stops accepting a link at 00:00 UTC of the day it expires."
    )
}

/// "Yes" or "No".
pub fn yes_no(yes: bool) -> &'static str {
    if yes {
        "Yes"
    } else {
        "No"
    }
}
