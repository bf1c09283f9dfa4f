//! Time rules for invite links, as pure functions of an explicit `now`.
//!
//! Unleash keeps answering `"enabled": true` after a link has expired, so the flag the app shows is
//! derived here. Unleash accepts a link while its expiry's UTC calendar date is after the moment
//! (`expires_at::date > now()`), so a link stops working at 00:00 UTC of the day it expires:
//! [`works_until`]. Every state, wording and check here counts to that moment. Presets and limits
//! are computed from the `now` they are given, at the moment of use.

use chrono::{DateTime, Days, Months, NaiveTime, Utc};

/// The moment Unleash stops accepting a link stored with `expires_at`: 00:00 UTC of that day. For
/// every link this app makes or changes (they end at a UTC midnight) it is `expires_at` itself.
pub fn works_until(expires_at: DateTime<Utc>) -> DateTime<Utc> {
    start_of_utc_day(expires_at)
}

/// True once Unleash refuses the link: from [`works_until`] on. A link stored as expiring at 18:00
/// UTC is expired from 00:00 UTC that day, as Unleash's own check says.
pub fn is_expired(expires_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    works_until(expires_at) <= now
}

/// The enabled flag a user should see: the stored flag, but always false once the link has expired.
pub fn effective_enabled(
    stored_enabled: bool,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> bool {
    LinkState::of(stored_enabled, expires_at, now) == LinkState::Active
}

/// Where a link stands right now, as the user should see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkState {
    /// People can join with it.
    Active,
    /// Switched off by an administrator (Unleash's own UI "deletes" a link this way).
    Disabled,
    /// Unleash no longer accepts it: its UTC expiry day has begun, whatever the stored flag says.
    Expired,
}

impl LinkState {
    /// The state of a link with this stored flag and expiry, at `now`.
    pub fn of(stored_enabled: bool, expires_at: DateTime<Utc>, now: DateTime<Utc>) -> Self {
        if is_expired(expires_at, now) {
            Self::Expired
        } else if stored_enabled {
            Self::Active
        } else {
            Self::Disabled
        }
    }
}

/// The latest expiry Unleash keeps on create: it silently caps anything later to one month from now.
pub fn latest_allowed_expiry(now: DateTime<Utc>) -> DateTime<Utc> {
    now.checked_add_months(Months::new(1)).unwrap_or(now)
}

/// 00:00 UTC of the day after `at`'s UTC day: the first moment Unleash would refuse a link expiring on `at`'s day.
pub fn start_of_next_utc_day(at: DateTime<Utc>) -> DateTime<Utc> {
    start_of_utc_day(at)
        .checked_add_days(Days::new(1))
        .unwrap_or(at)
}

fn start_of_utc_day(at: DateTime<Utc>) -> DateTime<Utc> {
    at.date_naive().and_time(NaiveTime::MIN).and_utc()
}

/// The expiry to send for a link wanted until `wanted`: the next 00:00 UTC (or `wanted` itself when it
/// is one), or the 00:00 UTC before it when the next would pass Unleash's one-month cap.
///
/// Unleash accepts a link only until 00:00 UTC of its expiry date (it compares dates), so a link that
/// expires at a UTC midnight works for exactly as long as the app says: "expired once `expiresAt`
/// has passed" and the server's own check then agree to the second.
pub fn usable_expiry(wanted: DateTime<Utc>, now: DateTime<Utc>) -> DateTime<Utc> {
    let day_start = start_of_utc_day(wanted);
    let round_up = if day_start == wanted {
        wanted
    } else {
        start_of_next_utc_day(wanted)
    };
    if round_up <= latest_allowed_expiry(now) {
        round_up
    } else {
        day_start
    }
}

/// The ready-made expiry choices of the create dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpiryPreset {
    /// One day from now.
    Day,
    /// One week from now (the default).
    Week,
    /// One month from now, the longest Unleash allows.
    Month,
}

impl ExpiryPreset {
    /// Every preset, in the order the dialog offers them.
    pub const ALL: [ExpiryPreset; 3] = [Self::Day, Self::Week, Self::Month];

    /// The expiry this preset means when chosen at `now`: at least this long, ending at a UTC
    /// midnight (see [`usable_expiry`]); "1 month" ends at the last midnight within the cap.
    pub fn expires_at(self, now: DateTime<Utc>) -> DateTime<Utc> {
        let wanted = match self {
            Self::Day => now.checked_add_days(Days::new(1)),
            Self::Week => now.checked_add_days(Days::new(7)),
            Self::Month => Some(latest_allowed_expiry(now)),
        };
        usable_expiry(wanted.unwrap_or(now), now)
    }
}

/// What the user picked under "Expires".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpiryChoice {
    /// One of the ready-made durations, counted from the moment the change is sent.
    Preset(ExpiryPreset),
    /// A date and time typed by the user, in their own time zone.
    Custom,
}

impl Default for ExpiryChoice {
    fn default() -> Self {
        Self::Preset(ExpiryPreset::Week)
    }
}

impl ExpiryChoice {
    /// The expiry to send when this is chosen at `now` (`custom` is the typed time, if complete),
    /// or why it cannot be used. Always a UTC midnight: see [`expiry_to_send`].
    pub fn expires_at(
        self,
        custom: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, ExpiryProblem> {
        match self {
            Self::Preset(preset) => Ok(preset.expires_at(now)),
            Self::Custom => expiry_to_send(custom.ok_or(ExpiryProblem::NoTimeChosen)?, now),
        }
    }
}

/// Why an expiry time cannot be used for a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpiryProblem {
    /// "Custom" is chosen but no complete date and time is typed.
    NoTimeChosen,
    /// The time is now or already past.
    InThePast,
    /// More than a month ahead: Unleash would silently shorten it.
    BeyondOneMonth,
}

/// Checks a time chosen at `now` for a link to work until: after now, and within a month. (A time
/// later today passes: [`expiry_to_send`] rounds it up to the next UTC midnight.)
pub fn check_new_expiry(
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), ExpiryProblem> {
    if expires_at <= now {
        Err(ExpiryProblem::InThePast)
    } else if expires_at > latest_allowed_expiry(now) {
        Err(ExpiryProblem::BeyondOneMonth)
    } else {
        Ok(())
    }
}

/// The one rule for a time the user chose at `now` (for a new link or a new expiry): refused when
/// [`check_new_expiry`] says so, otherwise the expiry to send, which is also the moment the page
/// says the link works until: [`usable_expiry`]. A time later today (UTC) is rounded up to the next
/// UTC midnight like any other, so it works until then.
pub fn expiry_to_send(
    wanted: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, ExpiryProblem> {
    check_new_expiry(wanted, now)?;
    Ok(usable_expiry(wanted, now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    const NOW: &str = "2026-11-28T10:00:00Z";

    #[test]
    fn a_link_ending_at_a_utc_midnight_is_expired_exactly_then() {
        let midnight = at("2026-11-29T00:00:00Z");
        assert!(!is_expired(midnight, midnight - TimeDelta::milliseconds(1)));
        assert!(is_expired(midnight, midnight));
        assert_eq!(works_until(midnight), midnight);
    }

    #[test]
    fn a_link_stored_as_ending_later_in_a_utc_day_is_expired_from_that_days_start() {
        let evening = at("2026-11-29T18:00:00Z");
        assert_eq!(works_until(evening), at("2026-11-29T00:00:00Z"));
        assert!(!is_expired(evening, at("2026-11-28T23:59:59Z")));
        assert!(is_expired(evening, at("2026-11-29T00:00:00Z")));
        assert!(is_expired(evening, at("2026-11-29T10:00:00Z")));
    }

    #[test]
    fn the_page_and_unleash_agree_on_every_link_at_every_moment() {
        let start = at("2026-11-28T00:00:00Z");
        for stored in 0..(24 * 4 * 3) {
            let expires_at = start + TimeDelta::minutes(15 * stored) + TimeDelta::seconds(11);
            for moment in 0..(24 * 4 * 4) {
                let now = start + TimeDelta::minutes(15 * moment - 60 * 12);
                assert_eq!(
                    !is_expired(expires_at, now),
                    unleash_accepts(expires_at, now),
                    "stored {expires_at}, at {now}"
                );
            }
        }
    }

    #[test]
    fn the_shown_flag_is_false_once_expired_although_the_server_says_true() {
        let now = at(NOW);
        let midnight = at("2026-11-29T00:00:00Z");
        assert!(effective_enabled(true, midnight, now));
        assert!(!effective_enabled(true, midnight, midnight));
        assert!(!effective_enabled(true, now + TimeDelta::hours(1), now));
        assert!(!effective_enabled(false, now + TimeDelta::days(3), now));
    }

    #[test]
    fn state_puts_expiry_before_the_stored_flag() {
        let now = at(NOW);
        let later = now + TimeDelta::days(2);
        assert_eq!(LinkState::of(true, later, now), LinkState::Active);
        assert_eq!(LinkState::of(false, later, now), LinkState::Disabled);
        assert_eq!(LinkState::of(true, now, now), LinkState::Expired);
        assert_eq!(LinkState::of(false, now, now), LinkState::Expired);
    }

    #[test]
    fn presets_count_from_the_moment_they_are_used_and_end_at_a_utc_midnight() {
        let now = at(NOW);
        assert_eq!(
            ExpiryPreset::Day.expires_at(now),
            at("2026-11-30T00:00:00Z")
        );
        assert_eq!(
            ExpiryPreset::Week.expires_at(now),
            at("2026-12-06T00:00:00Z")
        );
        assert_eq!(
            ExpiryPreset::Month.expires_at(now),
            at("2026-12-28T00:00:00Z")
        );
        let later = at("2027-01-31T23:30:00Z");
        assert_eq!(
            ExpiryPreset::Month.expires_at(later),
            at("2027-02-28T00:00:00Z")
        );
        let midnight = at("2026-11-28T00:00:00Z");
        assert_eq!(
            ExpiryPreset::Day.expires_at(midnight),
            at("2026-11-29T00:00:00Z")
        );
    }

    #[test]
    fn a_usable_expiry_rounds_up_to_midnight_but_never_past_the_cap() {
        let now = at(NOW);
        assert_eq!(
            usable_expiry(at("2026-12-03T00:00:00Z"), now),
            at("2026-12-03T00:00:00Z")
        );
        assert_eq!(
            usable_expiry(at("2026-12-03T00:00:01Z"), now),
            at("2026-12-04T00:00:00Z")
        );
        assert_eq!(
            usable_expiry(at("2026-12-28T09:00:00Z"), now),
            at("2026-12-28T00:00:00Z")
        );
        assert_eq!(start_of_next_utc_day(now), at("2026-11-29T00:00:00Z"));
    }

    #[test]
    fn every_preset_passes_the_new_link_check() {
        for now in [
            at(NOW),
            at("2026-11-28T23:59:59Z"),
            at("2027-01-31T00:00:00Z"),
        ] {
            for preset in ExpiryPreset::ALL {
                assert_eq!(
                    check_new_expiry(preset.expires_at(now), now),
                    Ok(()),
                    "{preset:?} at {now}"
                );
            }
        }
    }

    #[test]
    fn a_new_link_must_expire_after_now_and_within_a_month() {
        let now = at(NOW);
        assert_eq!(check_new_expiry(now, now), Err(ExpiryProblem::InThePast));
        assert_eq!(check_new_expiry(at("2026-11-28T23:59:59Z"), now), Ok(()));
        assert_eq!(check_new_expiry(at("2026-11-29T00:00:00Z"), now), Ok(()));
        assert_eq!(check_new_expiry(at("2026-12-28T10:00:00Z"), now), Ok(()));
        assert_eq!(
            check_new_expiry(at("2026-12-28T10:00:01Z"), now),
            Err(ExpiryProblem::BeyondOneMonth)
        );
    }

    /// What Unleash's own check says at `at` of a link expiring at `expires_at`: it compares the
    /// expiry's UTC date with the moment (`expires_at::date > now()`).
    fn unleash_accepts(expires_at: DateTime<Utc>, at: DateTime<Utc>) -> bool {
        expires_at.date_naive().and_time(NaiveTime::MIN).and_utc() > at
    }

    #[test]
    fn a_time_later_today_in_utc_is_rounded_up_and_works_until_then() {
        let now = at("2026-11-28T23:59:00Z");
        let sent = expiry_to_send(at("2026-11-28T23:59:30Z"), now).unwrap();
        assert_eq!(sent, at("2026-11-29T00:00:00Z"));
        assert!(unleash_accepts(sent, now));
        let just_after_midnight = expiry_to_send(at("2026-11-29T00:00:30Z"), now).unwrap();
        assert_eq!(just_after_midnight, at("2026-11-30T00:00:00Z"));
    }

    #[test]
    fn early_tomorrow_chosen_east_or_west_of_utc_is_accepted_and_works_at_least_that_long() {
        use chrono::{FixedOffset, TimeZone};
        for hours in -12..=14 {
            let zone = FixedOffset::east_opt(hours * 3600).unwrap();
            for chosen_at in [9, 15, 22] {
                let now = zone
                    .with_ymd_and_hms(2026, 11, 28, chosen_at, 30, 0)
                    .unwrap()
                    .to_utc();
                let wanted = zone
                    .with_ymd_and_hms(2026, 11, 29, 7, 0, 0)
                    .unwrap()
                    .to_utc();
                let sent = expiry_to_send(wanted, now).unwrap_or_else(|problem| {
                    panic!("UTC{hours:+} at {chosen_at}:30: {problem:?}")
                });
                assert!(
                    sent >= wanted,
                    "UTC{hours:+}: works until {sent}, before {wanted}"
                );
                assert!(sent - wanted < TimeDelta::days(1), "UTC{hours:+}: {sent}");
                assert!(
                    unleash_accepts(sent, now)
                        && unleash_accepts(sent, wanted - TimeDelta::seconds(1))
                );
            }
        }
    }

    #[test]
    fn what_is_sent_is_what_is_shown_and_unleash_agrees_until_that_moment() {
        let start = at("2026-01-31T00:00:00Z");
        for step in 0..(24 * 4 * 3) {
            let now = start + TimeDelta::minutes(15 * step) + TimeDelta::seconds(7);
            for wanted_in in [1, 59, 60 * 5, 60 * 23, 60 * 24 * 3, 60 * 24 * 27] {
                let wanted = now + TimeDelta::minutes(wanted_in);
                let sent = expiry_to_send(wanted, now).unwrap();
                assert_eq!(sent.time(), NaiveTime::MIN, "{wanted} from {now}");
                assert!(sent > now && sent <= latest_allowed_expiry(now));
                assert!(!is_expired(sent, now));
                assert!(unleash_accepts(sent, sent - TimeDelta::seconds(1)));
                assert!(!unleash_accepts(sent, sent), "works past {sent}");
            }
            assert_eq!(expiry_to_send(now, now), Err(ExpiryProblem::InThePast));
            assert_eq!(
                expiry_to_send(latest_allowed_expiry(now) + TimeDelta::seconds(1), now),
                Err(ExpiryProblem::BeyondOneMonth)
            );
        }
    }
}
