//! The browser's clock and the user's own time zone, through JavaScript's `Date` and `Intl`.
//!
//! Rust on wasm has no time zone database; the browser has the user's. Keeping this here keeps
//! chrono's clock and locale features (and their size) out of the bundle.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use std::cell::RefCell;
use std::thread::LocalKey;

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::words::Catalogue;

/// Formatters made so far, by language: making one is slow, so each is made once.
type Formatters = RefCell<Vec<(&'static str, Function)>>;

/// The current time from the browser's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(Date::now() as i64).unwrap_or_default()
}

/// A time in `words`' language and the user's time zone, with the zone named: "Dec 5, 2026, 11:08
/// AM GMT+1".
pub fn format_local(words: &Catalogue, at: DateTime<Utc>) -> String {
    thread_local! {
        static FORMATS: Formatters = const { RefCell::new(Vec::new()) };
    }
    formatted(&FORMATS, words, local_format, at).unwrap_or_else(|| at.to_rfc3339())
}

/// The browser's formatter for [`format_local`].
fn local_format(locales: &Array) -> Function {
    formatter(
        locales,
        &[
            ("year", "numeric"),
            ("month", "short"),
            ("day", "numeric"),
            ("hour", "numeric"),
            ("minute", "2-digit"),
            ("timeZoneName", "short"),
        ],
    )
}

/// A UTC day in `words`' language: "Dec 3, 2026". The joins chart counts by Unleash's UTC days.
/// It formats the day's noon in UTC: a formatter that forgot UTC would show the next day from
/// UTC+12 on, which the component tests' run at UTC+14 sees.
pub fn format_utc_day(words: &Catalogue, day: NaiveDate) -> String {
    thread_local! {
        static FORMATS: Formatters = const { RefCell::new(Vec::new()) };
    }
    let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
    let at = day.and_time(noon).and_utc();
    formatted(&FORMATS, words, day_format, at).unwrap_or_else(|| day.to_string())
}

/// The browser's formatter for [`format_utc_day`].
fn day_format(locales: &Array) -> Function {
    formatter(
        locales,
        &[
            ("year", "numeric"),
            ("month", "short"),
            ("day", "numeric"),
            ("timeZone", "UTC"),
        ],
    )
}

/// `at` through the formatter of `words`' language in `formats` (made by `make` the first time);
/// `None` if it fails.
fn formatted(
    formats: &'static LocalKey<Formatters>,
    words: &Catalogue,
    make: fn(&Array) -> Function,
    at: DateTime<Utc>,
) -> Option<String> {
    let language = words.language();
    let format = formats.with_borrow_mut(|formats| {
        if let Some((_, format)) = formats.iter().find(|(made_for, _)| *made_for == language) {
            return format.clone();
        }
        let format = make(&words.locales());
        formats.push((language, format.clone()));
        format
    });
    format
        .call1(&JsValue::NULL, &to_js_date(at))
        .ok()?
        .as_string()
}

/// The browser's date formatter with `options`, in the language `locales` names.
fn formatter(locales: &Array, options: &[(&str, &str)]) -> Function {
    let object = Object::new();
    for (key, value) in options {
        let _ = Reflect::set(&object, &(*key).into(), &(*value).into());
    }
    Intl::DateTimeFormat::new(locales, &object).format()
}

/// The value a `datetime-local` input shows for `at` in the user's time zone: `2026-12-05T11:08`.
pub fn to_input_value(at: DateTime<Utc>) -> String {
    let date = to_js_date(at);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}

/// Reads a `datetime-local` input's value as a time in the user's time zone; `None` when incomplete.
pub fn from_input_value(value: &str) -> Option<DateTime<Utc>> {
    if value.trim().is_empty() {
        return None;
    }
    let millis = Date::new(&JsValue::from_str(value)).get_time();
    if millis.is_nan() {
        return None;
    }
    DateTime::from_timestamp_millis(millis as i64)
}

fn to_js_date(at: DateTime<Utc>) -> Date {
    Date::new(&JsValue::from_f64(at.timestamp_millis() as f64)).unchecked_into()
}

/// The user's time zone as the browser names it, such as "Europe/Berlin".
pub fn time_zone_name() -> String {
    let options = Intl::DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
    Reflect::get(&options, &"timeZone".into())
        .ok()
        .and_then(|zone| zone.as_string())
        .unwrap_or_else(|| {
            crate::words::Words::expect()
                .get()
                .text(crate::words::LOCAL_TIME)
        })
}
