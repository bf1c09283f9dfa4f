//! Distances in time, as the page says them: "expires in 6 days", "expired 3 hours ago", "3 days
//! ago", by the browser's `Intl.RelativeTimeFormat` for the page's language.

use chrono::{DateTime, TimeDelta, Utc};

use super::catalogue::*;
use crate::rules::expiry::{is_expired, works_until};

impl Catalogue {
    /// "expires in 6 days", "expired 3 hours ago": the distance from `now` to the moment a link
    /// stored as expiring at `expires_at` stops working, rounded to the nearest unit.
    pub fn relative_expiry(&self, expires_at: DateTime<Utc>, now: DateTime<Utc>) -> String {
        let distance = works_until(expires_at) - now;
        let (message, within_a_minute, span) = if is_expired(expires_at, now) {
            (EXPIRED_WHEN, EXPIRED_WITHIN_A_MINUTE, -distance)
        } else {
            (EXPIRES_WHEN, EXPIRES_WITHIN_A_MINUTE, distance)
        };
        match rounded(span) {
            None => self.text(within_a_minute),
            Some((count, unit)) => {
                let signed = if is_expired(expires_at, now) {
                    -count
                } else {
                    count
                };
                self.fill(message, &[("when", &self.relative(signed, unit))])
            }
        }
    }

    /// How long ago `at` was: "3 days ago".
    pub fn ago(&self, at: DateTime<Utc>, now: DateTime<Utc>) -> String {
        match rounded(now - at) {
            None => self.text(WITHIN_A_MINUTE_AGO),
            Some((count, unit)) => self.relative(-count, unit),
        }
    }
}

/// A span of time rounded to the nearest minute, hour or day; `None` under a minute.
fn rounded(span: TimeDelta) -> Option<(i64, TimeUnit)> {
    let seconds = span.num_seconds();
    let rounded = |unit: i64| (seconds + unit / 2) / unit;
    match (rounded(60), rounded(3600)) {
        _ if seconds < 60 => None,
        (minutes, _) if minutes < 60 => Some((minutes, TimeUnit::Minute)),
        (_, hours) if hours < 24 => Some((hours, TimeUnit::Hour)),
        _ => Some((rounded(86_400), TimeUnit::Day)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn wording_rounds_to_the_nearest_unit() {
        let now = at("2026-11-28T00:00:00Z");
        let wording = |delta: TimeDelta| Catalogue::english().relative_expiry(now, now - delta);
        assert_eq!(
            wording(TimeDelta::days(7) - TimeDelta::seconds(2)),
            "expires in 7 days"
        );
        assert_eq!(wording(TimeDelta::days(6)), "expires in 6 days");
        assert_eq!(wording(TimeDelta::hours(25)), "expires in 1 day");
        assert_eq!(wording(TimeDelta::minutes(90)), "expires in 2 hours");
        assert_eq!(wording(TimeDelta::minutes(1)), "expires in 1 minute");
        assert_eq!(
            wording(TimeDelta::seconds(59)),
            "expires in less than a minute"
        );
        assert_eq!(wording(TimeDelta::zero()), "expired less than a minute ago");
        assert_eq!(wording(-TimeDelta::hours(3)), "expired 3 hours ago");
        assert_eq!(wording(-TimeDelta::days(40)), "expired 40 days ago");
        assert_eq!(
            Catalogue::english().ago(now - TimeDelta::days(3), now),
            "3 days ago"
        );
    }

    #[test]
    fn a_link_stored_as_ending_later_in_a_utc_day_reads_expired_from_that_days_start() {
        assert_eq!(
            Catalogue::english()
                .relative_expiry(at("2026-11-29T18:00:00Z"), at("2026-11-29T03:00:00Z")),
            "expired 3 hours ago"
        );
    }
}
