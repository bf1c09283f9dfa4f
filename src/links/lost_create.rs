//! Finding the link a create made when its answer never came: [`LostCreates`] remembers what the
//! press knew, [`find_created`] is the pure search of the list read afterwards.

use chrono::{DateTime, TimeDelta, Utc};
use leptos::prelude::*;

use crate::api::PublicSignupToken;
use crate::rules::change::Change;

/// What one action remembers to recover creates whose answer was lost: what the page knew at the
/// last press, and the names whose create may have happened without the page knowing.
#[derive(Clone, Copy)]
pub struct LostCreates {
    pressed: StoredValue<Pressed>,
    /// Whether the last look for a lost create knew who pressed it.
    maker_known: StoredValue<bool>,
    doubtful_names: StoredValue<Vec<String>>,
}

/// When the last change was sent, and which links the page knew then: what tells the link a create
/// made from the links that were there before.
#[derive(Clone, Default)]
struct Pressed {
    at: DateTime<Utc>,
    known_before: Vec<String>,
}

impl LostCreates {
    /// Nothing pressed yet, nothing in doubt.
    pub fn new() -> Self {
        LostCreates {
            pressed: StoredValue::new(Pressed::default()),
            maker_known: StoredValue::new(false),
            doubtful_names: StoredValue::new(Vec::new()),
        }
    }

    /// Notes a press at `at`, with the secrets of the links the page knew then.
    pub fn pressed(self, at: DateTime<Utc>, known_before: Vec<String>) {
        self.pressed.set_value(Pressed { at, known_before });
    }

    /// Notes that `change`, if a create, may have happened without the page knowing.
    pub fn doubt(self, change: &Change) {
        if let Change::Create(request) = change {
            self.doubtful_names
                .update_value(|names| names.push(request.name.clone()));
        }
    }

    /// Notes that the create of `name` is known to have happened (or to have been found).
    pub fn settle(self, name: &str) {
        self.doubtful_names
            .update_value(|names| names.retain(|doubtful| doubtful != name));
    }

    /// Whether a create of `name` may already have happened: one ended without an answer, and no
    /// link it made has been found.
    pub fn may_exist(self, name: &str) -> bool {
        self.doubtful_names
            .try_with_value(|names| names.iter().any(|doubtful| doubtful == name))
            .unwrap_or(false)
    }

    /// Whether the last look for the link a create made knew who pressed it.
    pub fn knew_maker(self) -> bool {
        self.maker_known.try_get_value().unwrap_or(false)
    }

    /// The link the create of `name` made, among `tokens` read after the last press, by the user
    /// Unleash knows as `made_by` (when the page could learn that); settles it.
    pub fn find(
        self,
        tokens: &[PublicSignupToken],
        name: &str,
        made_by: Option<&[String]>,
    ) -> Option<PublicSignupToken> {
        self.maker_known.set_value(made_by.is_some());
        let made = self.pressed.try_with_value(|pressed| {
            find_created(tokens, name, pressed.at, &pressed.known_before, made_by)
        })??;
        self.settle(name);
        Some(made)
    }
}

impl Default for LostCreates {
    fn default() -> Self {
        Self::new()
    }
}

/// How far this computer's clock may be ahead of Unleash's for a link to count as made after the
/// press of Create.
pub const CLOCK_TOLERANCE: TimeDelta = TimeDelta::minutes(5);

/// The link named `name` that Unleash made for a create pressed at `pressed_at`: one the page did
/// not know then (`known_before` holds their secrets), created no earlier than the press (less
/// [`CLOCK_TOLERANCE`]), and by the user who pressed it when the page knows who that is (`made_by`:
/// the names Unleash may record for them); the newest if there are several.
pub fn find_created(
    tokens: &[PublicSignupToken],
    name: &str,
    pressed_at: DateTime<Utc>,
    known_before: &[String],
    made_by: Option<&[String]>,
) -> Option<PublicSignupToken> {
    tokens
        .iter()
        .filter(|token| token.name == name)
        .filter(|token| !known_before.contains(&token.secret))
        .filter(|token| match (made_by, &token.created_by) {
            (None, _) => true,
            (Some(names), Some(creator)) => names.contains(creator),
            (Some(_), None) => false,
        })
        .filter(|token| token.created_at >= pressed_at - CLOCK_TOLERANCE)
        .max_by_key(|token| token.created_at)
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(secret: &str, name: &str, created: &str) -> PublicSignupToken {
        made_by(secret, name, created, "admin")
    }

    fn made_by(secret: &str, name: &str, created: &str, creator: &str) -> PublicSignupToken {
        PublicSignupToken::from_json_text(
            &serde_json::json!({
                "secret": secret, "name": name, "url": null, "enabled": true,
                "expiresAt": "2026-12-09T00:00:00Z", "createdAt": created, "createdBy": creator,
            })
            .to_string(),
        )
        .unwrap()
    }

    const PRESSED: &str = "2026-12-02T10:00:00Z";

    fn pressed() -> DateTime<Utc> {
        PRESSED.parse().unwrap()
    }

    #[test]
    fn the_new_link_of_that_name_is_found() {
        let tokens = [
            token("a", "Team", "2026-12-02T10:00:01Z"),
            token("b", "Other", "2026-12-02T10:00:01Z"),
        ];
        let found = find_created(&tokens, "Team", pressed(), &[], None).unwrap();
        assert_eq!(found.secret, "a");
    }

    #[test]
    fn a_link_known_before_the_press_or_made_long_before_it_is_not_the_one() {
        let tokens = [
            token("known", "Team", "2026-12-02T10:00:01Z"),
            token("old", "Team", "2026-12-01T09:00:00Z"),
        ];
        assert_eq!(
            find_created(&tokens, "Team", pressed(), &["known".to_owned()], None),
            None
        );
    }

    #[test]
    fn a_clock_ahead_of_unleashs_by_minutes_still_finds_it_and_the_newest_wins() {
        let tokens = [
            token("earlier", "Team", "2026-12-02T09:57:00Z"),
            token("later", "Team", "2026-12-02T09:58:00Z"),
        ];
        let found = find_created(&tokens, "Team", pressed(), &[], None).unwrap();
        assert_eq!(found.secret, "later");
    }

    #[test]
    fn when_the_page_knows_who_pressed_create_another_admins_link_is_not_taken() {
        let tokens = [
            made_by("mine", "Team", "2026-12-02T10:00:01Z", "admin"),
            made_by("theirs", "Team", "2026-12-02T10:00:02Z", "carol"),
        ];
        let me = ["admin".to_owned(), "admin@example.com".to_owned()];
        let found = find_created(&tokens, "Team", pressed(), &[], Some(&me)).unwrap();
        assert_eq!(found.secret, "mine");
        let only_theirs = &tokens[1..];
        assert_eq!(
            find_created(only_theirs, "Team", pressed(), &[], Some(&me)),
            None
        );
        assert_eq!(
            find_created(only_theirs, "Team", pressed(), &[], None).map(|t| t.secret),
            Some("theirs".to_owned())
        );
    }

    #[test]
    fn the_name_must_match_exactly() {
        let tokens = [token("a", "Team ", "2026-12-02T10:00:01Z")];
        assert_eq!(find_created(&tokens, "Team", pressed(), &[], None), None);
    }
}
