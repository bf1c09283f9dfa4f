//! How the page names a link: its name on one line, or "(no name)".

use super::catalogue::{Catalogue, NO_NAME};
use crate::api::PublicSignupToken;
use crate::rules::shown_text::one_line;

impl Catalogue {
    /// A link's name as shown: on one line ([`one_line`]), and "(no name)" for a blank one (Unleash
    /// accepts it, and it would leave nothing to click).
    pub fn link_name(&self, token: &PublicSignupToken) -> String {
        self.name_shown(&token.name)
    }

    /// A name as [`Catalogue::link_name`] shows it, for a view that keeps the name alone.
    pub fn name_shown(&self, name: &str) -> String {
        let shown = one_line(name);
        if shown.trim().is_empty() {
            self.text(NO_NAME)
        } else {
            shown
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_name_reads_no_name() {
        let token = PublicSignupToken::from_json_text(
            &serde_json::json!({
                "secret": "s", "name": " \u{202e} ", "url": null, "enabled": true,
                "expiresAt": "2026-12-08T00:00:00Z", "createdAt": "2026-12-01T00:00:00Z",
            })
            .to_string(),
        )
        .unwrap();
        assert_eq!(Catalogue::english().link_name(&token), "(no name)");
    }
}
