//! The names of a link's states, of the list's filter choices and of the expiry presets.

use super::catalogue::*;
use crate::rules::expiry::{ExpiryPreset, LinkState};
use crate::rules::link_order::StateFilter;

impl Catalogue {
    /// "Active", "Disabled", "Expired".
    pub fn state(&self, state: LinkState) -> String {
        self.text(match state {
            LinkState::Active => STATE_ACTIVE,
            LinkState::Disabled => STATE_DISABLED,
            LinkState::Expired => STATE_EXPIRED,
        })
    }

    /// Beside a link that cannot be used: why nobody can join with it; nothing for an active link.
    pub fn nobody_can_join(&self, state: LinkState) -> String {
        match state {
            LinkState::Active => String::new(),
            LinkState::Disabled => self.text(DISABLED_NOBODY_CAN_JOIN),
            LinkState::Expired => self.text(EXPIRED_NOBODY_CAN_JOIN),
        }
    }

    /// A choice of the list's filter: "All", or a state.
    pub fn filter(&self, filter: StateFilter) -> String {
        match filter {
            StateFilter::All => self.text(FILTER_ALL),
            StateFilter::Only(only) => self.state(only),
        }
    }

    /// A ready-made expiry of the create dialog: "1 day", "1 week", "1 month".
    pub fn preset(&self, preset: ExpiryPreset) -> String {
        self.text(match preset {
            ExpiryPreset::Day => PRESET_DAY,
            ExpiryPreset::Week => PRESET_WEEK,
            ExpiryPreset::Month => PRESET_MONTH,
        })
    }
}
