//! What the list says in place of rows when no link passes the filter and the search.

use super::catalogue::*;
use crate::rules::expiry::LinkState;
use crate::rules::link_order::StateFilter;

impl Catalogue {
    /// No link passes the filter and the search: "No links.", "No disabled links named like “ops”.".
    pub fn nothing_shown(&self, filter: StateFilter, search: &str) -> String {
        let search = search.trim();
        let message = match (filter, search.is_empty()) {
            (StateFilter::All, true) => NO_LINKS,
            (StateFilter::Only(LinkState::Active), true) => NO_ACTIVE_LINKS,
            (StateFilter::Only(LinkState::Disabled), true) => NO_DISABLED_LINKS,
            (StateFilter::Only(LinkState::Expired), true) => NO_EXPIRED_LINKS,
            (StateFilter::All, false) => NO_LINKS_NAMED,
            (StateFilter::Only(LinkState::Active), false) => NO_ACTIVE_LINKS_NAMED,
            (StateFilter::Only(LinkState::Disabled), false) => NO_DISABLED_LINKS_NAMED,
            (StateFilter::Only(LinkState::Expired), false) => NO_EXPIRED_LINKS_NAMED,
        };
        self.fill(message, &[("search", search)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_shown_names_the_filter_and_the_search() {
        let english = Catalogue::english();
        assert_eq!(english.nothing_shown(StateFilter::All, " "), "No links.");
        assert_eq!(
            english.nothing_shown(StateFilter::Only(LinkState::Disabled), " ops "),
            "No disabled links named like “ops”."
        );
        assert!(english
            .count(UNREADABLE_LINKS, 1, &[])
            .contains("1 invite link that"));
        assert!(english
            .count(UNREADABLE_LINKS, 3, &[])
            .contains("3 invite links that"));
    }
}
