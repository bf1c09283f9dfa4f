//! The names of a link's states, of the list's filter choices and of the expiry presets.

use crate::rules::expiry::{ExpiryPreset, LinkState};
use crate::rules::link_order::StateFilter;

/// "Active", "Disabled", "Expired".
pub fn state(state: LinkState) -> &'static str {
    match state {
        LinkState::Active => "Active",
        LinkState::Disabled => "Disabled",
        LinkState::Expired => "Expired",
    }
}

/// Beside a link that cannot be used: why nobody can join with it; nothing for an active link.
pub fn nobody_can_join(state: LinkState) -> &'static str {
    match state {
        LinkState::Active => "",
        LinkState::Disabled => "This link is disabled: nobody can join with it.",
        LinkState::Expired => "This link has expired: nobody can join with it any more.",
    }
}

/// A choice of the list's filter: "All", or a state.
pub fn filter(filter: StateFilter) -> &'static str {
    match filter {
        StateFilter::All => "All",
        StateFilter::Only(only) => state(only),
    }
}

/// A ready-made expiry of the create dialog: "1 day", "1 week", "1 month".
pub fn preset(preset: ExpiryPreset) -> &'static str {
    match preset {
        ExpiryPreset::Day => "1 day",
        ExpiryPreset::Week => "1 week",
        ExpiryPreset::Month => "1 month",
    }
}
