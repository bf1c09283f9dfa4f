//! What the list says in place of rows: while it loads, before a sign-in, links it could not read,
//! and nothing to show.

use crate::rules::expiry::LinkState;
use crate::rules::link_order::StateFilter;

/// While the list is read.
pub const LOADING_LINKS: &str = "Loading invite links…";

/// When Unleash asks for a sign-in before it lists the links.
pub const SIGN_IN_TO_SEE_LINKS: &str = "Sign in to see and create invite links.";

/// Links Unleash sent that the page could not read: "Unleash sent 2 invite links that …".
pub fn unreadable_links(count: usize) -> String {
    match count {
        1 => {
            "Unleash sent 1 invite link that this page could not read; it is not shown.".to_owned()
        }
        _ => format!(
            "Unleash sent {count} invite links that this page could not read; they are not shown."
        ),
    }
}

/// No link passes the filter and the search: "No links.", "No disabled links named like “ops”.".
pub fn nothing_shown(filter: StateFilter, search: &str) -> String {
    let links = match filter {
        StateFilter::All => "links",
        StateFilter::Only(LinkState::Active) => "active links",
        StateFilter::Only(LinkState::Disabled) => "disabled links",
        StateFilter::Only(LinkState::Expired) => "expired links",
    };
    match search.trim() {
        "" => format!("No {links}."),
        search => format!("No {links} named like “{search}”."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_shown_names_the_filter_and_the_search() {
        assert_eq!(nothing_shown(StateFilter::All, " "), "No links.");
        assert_eq!(
            nothing_shown(StateFilter::Only(LinkState::Disabled), " ops "),
            "No disabled links named like “ops”."
        );
        assert!(unreadable_links(1).contains("1 invite link that"));
        assert!(unreadable_links(3).contains("3 invite links that"));
    }
}
