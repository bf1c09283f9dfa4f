//! How the list orders and filters links: pure functions of the links and an explicit `now`.

use chrono::{DateTime, Utc};

use crate::api::PublicSignupToken;
use crate::rules::expiry::LinkState;

/// Which links the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StateFilter {
    /// Every link.
    #[default]
    All,
    /// Only the links in this state.
    Only(LinkState),
}

impl StateFilter {
    /// Every choice, in the order the list offers them.
    pub const ALL: [StateFilter; 4] = [
        Self::All,
        Self::Only(LinkState::Active),
        Self::Only(LinkState::Disabled),
        Self::Only(LinkState::Expired),
    ];

    /// Whether a link in `state` passes.
    pub fn admits(self, state: LinkState) -> bool {
        match self {
            Self::All => true,
            Self::Only(wanted) => wanted == state,
        }
    }
}

/// The state of `token` at `now`.
pub fn state_of(token: &PublicSignupToken, now: DateTime<Utc>) -> LinkState {
    LinkState::of(token.enabled, token.expires_at, now)
}

/// The links `filter` admits, in the list's order: the links made on this page (`made_here`, oldest
/// first) at the top, the newest first; then active links, the soonest to expire first; then the
/// others (disabled or expired), the newest first. Each link comes with what to give back for it
/// (its position in the list, say), so that ordering copies no link.
pub fn ordered<'a, T>(
    tokens: impl IntoIterator<Item = (T, &'a PublicSignupToken)>,
    filter: StateFilter,
    now: DateTime<Utc>,
    made_here: &[String],
) -> Vec<T> {
    let made_at =
        |token: &PublicSignupToken| made_here.iter().position(|secret| *secret == token.secret);
    let mut shown: Vec<(Option<usize>, bool, &PublicSignupToken, T)> = tokens
        .into_iter()
        .filter_map(|(given, token)| {
            let state = state_of(token, now);
            filter
                .admits(state)
                .then(|| (made_at(token), state == LinkState::Active, token, given))
        })
        .collect();
    shown.sort_by(|(a_made, a_active, a, _), (b_made, b_active, b, _)| {
        b_made
            .cmp(a_made)
            .then(b_active.cmp(a_active))
            .then_with(|| {
                if *a_active {
                    a.expires_at.cmp(&b.expires_at)
                } else {
                    b.created_at.cmp(&a.created_at)
                }
            })
    });
    shown.into_iter().map(|(_, _, _, given)| given).collect()
}

/// Whether a link named `folded_name` answers the search `folded_query` (both folded the same way:
/// lower case, accents removed): every word of the query is somewhere in the name.
///
/// Names are short, so each word is looked for byte by byte: `str::contains` first works out a
/// searcher for the word, for every name again (5 ms of a search among 10,000 links).
pub fn answers_search(folded_name: &str, folded_query: &str) -> bool {
    let name = folded_name.as_bytes();
    folded_query.split_whitespace().all(|word| {
        name.windows(word.len())
            .any(|window| window == word.as_bytes())
    })
}

/// How many of `tokens` are in each state at `now`: `[all, active, disabled, expired]`, in the order
/// of [`StateFilter::ALL`].
pub fn counts<'a>(
    tokens: impl IntoIterator<Item = &'a PublicSignupToken>,
    now: DateTime<Utc>,
) -> [usize; 4] {
    let mut counts = [0; 4];
    for token in tokens {
        let state = state_of(token, now);
        for (count, filter) in counts.iter_mut().zip(StateFilter::ALL) {
            *count += usize::from(filter.admits(state));
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn token(name: &str, created: &str, expires: &str, enabled: bool) -> PublicSignupToken {
        PublicSignupToken::from_json_text(
            &serde_json::json!({
                "secret": format!("secret-{name}"), "name": name, "url": null,
                "expiresAt": expires, "enabled": enabled, "createdAt": created,
            })
            .to_string(),
        )
        .unwrap()
    }

    fn names(tokens: &[PublicSignupToken]) -> Vec<&str> {
        tokens.iter().map(|token| token.name.as_str()).collect()
    }

    fn ordered(
        tokens: &[PublicSignupToken],
        filter: StateFilter,
        now: DateTime<Utc>,
        made_here: &[String],
    ) -> Vec<PublicSignupToken> {
        let given = tokens.iter().map(|token| (token.clone(), token));
        super::ordered(given, filter, now, made_here)
    }

    const NOW: &str = "2026-11-29T10:00:00Z";

    fn sample() -> Vec<PublicSignupToken> {
        vec![
            token(
                "old expired",
                "2026-10-01T00:00:00Z",
                "2026-10-08T00:00:00Z",
                true,
            ),
            token(
                "active later",
                "2026-11-20T00:00:00Z",
                "2026-12-20T00:00:00Z",
                true,
            ),
            token(
                "disabled new",
                "2026-11-28T00:00:00Z",
                "2026-12-05T00:00:00Z",
                false,
            ),
            token(
                "active soon",
                "2026-11-01T00:00:00Z",
                "2026-11-30T00:00:00Z",
                true,
            ),
            token(
                "new expired",
                "2026-11-27T00:00:00Z",
                "2026-11-29T00:00:00Z",
                true,
            ),
        ]
    }

    #[test]
    fn active_links_come_first_soonest_to_expire_first_then_the_rest_newest_first() {
        let shown = ordered(&sample(), StateFilter::All, at(NOW), &[]);
        assert_eq!(
            names(&shown),
            [
                "active soon",
                "active later",
                "disabled new",
                "new expired",
                "old expired"
            ]
        );
    }

    #[test]
    fn the_filter_keeps_one_state_and_counts_each() {
        let now = at(NOW);
        let only =
            |state| names(&ordered(&sample(), StateFilter::Only(state), now, &[])).join(", ");
        assert_eq!(only(LinkState::Active), "active soon, active later");
        assert_eq!(only(LinkState::Disabled), "disabled new");
        assert_eq!(only(LinkState::Expired), "new expired, old expired");
        assert_eq!(counts(&sample(), now), [5, 2, 1, 2]);
    }

    #[test]
    fn a_link_moves_to_expired_when_its_time_comes() {
        let later = at("2026-11-30T00:00:00Z") + TimeDelta::seconds(1);
        let active = ordered(&sample(), StateFilter::Only(LinkState::Active), later, &[]);
        assert_eq!(names(&active), ["active later"]);
    }

    #[test]
    fn links_made_here_stay_on_top_the_newest_first_within_the_filter() {
        let made_here = [
            "secret-old expired".to_owned(),
            "secret-active later".to_owned(),
        ];
        let shown = ordered(&sample(), StateFilter::All, at(NOW), &made_here);
        assert_eq!(
            names(&shown),
            [
                "active later",
                "old expired",
                "active soon",
                "disabled new",
                "new expired"
            ]
        );
        let active = ordered(
            &sample(),
            StateFilter::Only(LinkState::Active),
            at(NOW),
            &made_here,
        );
        assert_eq!(names(&active), ["active later", "active soon"]);
    }

    #[test]
    fn a_search_finds_names_holding_every_word_in_any_order() {
        assert!(answers_search("team berlin 2026", "berlin team"));
        assert!(answers_search("team berlin", ""));
        assert!(answers_search("team berlin", "  "));
        assert!(!answers_search("team berlin", "team paris"));
        assert!(answers_search("angstrom lab", "ngst"));
        assert!(answers_search("チーム 東京", "東京"));
        assert!(!answers_search("lab", "labs"));
    }

    proptest::proptest! {
        #[test]
        fn a_search_answers_as_str_contains_would(name in "[a-cé東 ]{0,12}", query in "[a-cé東 ]{0,6}") {
            let contained = query.split_whitespace().all(|word| name.contains(word));
            proptest::prop_assert_eq!(answers_search(&name, &query), contained);
        }
    }
}
