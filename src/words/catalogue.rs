//! [`Catalogue`]: every message of the page in one language, from `lang/<language>.json`. English
//! is compiled in; another language is a file fetched when it is chosen ([`file_of`]). Counts,
//! numbers and distances in time are the browser's `Intl` for that language.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A sentence or a label of the catalogue (its keys are the constants of [`crate::words`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message(usize);

/// A message that reads by a count: "1 link", "2 links".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural(usize);

/// English's forms of message `index`: for one, and for any other count (a sentence's form for
/// one is empty).
fn english(index: usize) -> (&'static str, &'static str) {
    thread_local! {
        /// Where each message starts in [`ENGLISH_TEXT`], found on the first look.
        static STARTS: Vec<usize> = std::iter::once(0)
            .chain(ENGLISH_TEXT.match_indices('\u{1}').map(|(at, _)| at + 1))
            .collect();
    }
    let message = STARTS.with(|starts| {
        let start = starts.get(index).copied().unwrap_or_default();
        let end = starts.get(index + 1).map_or(start, |next| next - 1);
        ENGLISH_TEXT.get(start..end).unwrap_or_default()
    });
    message.split_once('\u{2}').unwrap_or(("", message))
}

/// A unit of a distance in time, for [`Catalogue::relative`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    Minute,
    Hour,
    Day,
}

/// The page's words in one language.
pub struct Catalogue {
    language: &'static str,
    /// The fetched file's messages in the order of `lang/en.json`; English when `None`.
    loaded: Option<Array>,
    /// The browser's formatters for the language, made on first use (making one is slow).
    #[cfg(target_arch = "wasm32")]
    formats: std::cell::OnceCell<Formats>,
}

/// The browser's `Intl` formatters of one language.
#[cfg(target_arch = "wasm32")]
struct Formats {
    number: js_sys::Function,
    relative: js_sys::Intl::RelativeTimeFormat,
    plural: js_sys::Intl::PluralRules,
}

/// The language of the page's own catalogues that `wanted` (a language tag such as `de-CH`)
/// means: the tag itself, else its language; `None` when the page does not speak it.
pub fn supported(wanted: &str) -> Option<&'static str> {
    let language = wanted.trim().split(['-', '_']).next().unwrap_or_default();
    let spoken = |known: &'static str| known.eq_ignore_ascii_case(language).then_some(known);
    spoken("en").or_else(|| FILES.iter().find_map(|(known, _)| spoken(known)))
}

/// The first of `wanted` (language tags, most wanted first) that the page speaks; English when
/// none is.
pub fn first_spoken<'a>(mut wanted: impl Iterator<Item = &'a str>) -> &'static str {
    wanted.find_map(supported).unwrap_or("en")
}

/// The file of `language`'s catalogue, "de-0123456789abcdef.json" (named by its content, so it is
/// cached for good); `None` for English, which is compiled in.
pub fn file_of(language: &str) -> Option<String> {
    FILES
        .iter()
        .find(|(known, _)| *known == language)
        .map(|(language, hash)| format!("{language}-{hash}.json"))
}

impl Catalogue {
    /// English, the default.
    pub fn english() -> &'static Self {
        thread_local! {
            static ENGLISH: &'static Catalogue = Catalogue::kept("en", None);
        }
        ENGLISH.with(|english| *english)
    }

    /// A catalogue kept for as long as the page runs.
    fn kept(language: &'static str, loaded: Option<Array>) -> &'static Self {
        Box::leak(Box::new(Catalogue {
            language,
            loaded,
            #[cfg(target_arch = "wasm32")]
            formats: std::cell::OnceCell::new(),
        }))
    }

    /// `language`'s catalogue from its file's text; `None` when it cannot be read as one.
    ///
    /// A page keeps each language it loaded for as long as it runs (a few kilobytes each), so the
    /// views hold a plain reference to the one they speak.
    pub fn parse(language: &'static str, text: &str) -> Option<&'static Self> {
        let parsed = js_sys::JSON::parse(text).ok()?;
        if !parsed.is_object() || parsed.is_null() || Array::is_array(&parsed) {
            return None;
        }
        let loaded = Object::values(parsed.unchecked_ref());
        (loaded.length() as usize == MESSAGES).then(|| Self::kept(language, Some(loaded)))
    }

    /// The language's tag: "en", "de", "ja".
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// The language as the browser's `Intl` constructors take it.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub fn locales(&self) -> Array {
        Array::of1(&JsValue::from_str(self.language))
    }

    /// A sentence or label.
    pub fn text(&self, message: Message) -> String {
        let loaded = self
            .loaded
            .as_ref()
            .and_then(|loaded| loaded.get(message.0 as u32).as_string());
        loaded.unwrap_or_else(|| english(message.0).1.to_owned())
    }

    /// A sentence with its placeholders filled: `fill(SELECT_NAMED, &[("name", "Team")])`.
    pub fn fill(&self, message: Message, values: &[(&str, &str)]) -> String {
        fill(&self.text(message), values)
    }

    /// A message by `count`, in the form the language's plural rules choose for it, `{count}`
    /// written as a number of the language and the other placeholders filled from `values`.
    pub fn count(&self, message: Plural, count: usize, values: &[(&str, &str)]) -> String {
        let category = self.plural_category(count);
        let loaded = self.loaded.as_ref().and_then(|loaded| {
            let forms = loaded.get(message.0 as u32);
            let form = Reflect::get(&forms, &JsValue::from_str(&category)).ok()?;
            form.as_string()
                .or_else(|| Reflect::get(&forms, &"other".into()).ok()?.as_string())
        });
        let template = loaded.unwrap_or_else(|| {
            let (one, other) = english(message.0);
            if category == "one" { one } else { other }.to_owned()
        });
        let number = self.number(count);
        let mut all = vec![("count", number.as_str())];
        all.extend_from_slice(values);
        fill(&template, &all)
    }

    /// Joins items as the language lists them: "“A”, “B”".
    pub fn list(&self, items: &[String]) -> String {
        items.join(&self.text(LIST_SEPARATOR))
    }

    /// A length of time in seconds, in words: "30 seconds", "2 minutes".
    pub fn duration(&self, seconds: u64) -> String {
        match seconds {
            0..=90 => self.count(SECONDS, seconds as usize, &[]),
            _ => self.count(MINUTES, seconds.div_ceil(60) as usize, &[]),
        }
    }

    /// Two sentences one after the other, as the language writes them.
    pub fn sentences(&self, first: &str, second: &str) -> String {
        self.fill(SENTENCES, &[("first", first), ("second", second)])
    }
}

#[cfg(target_arch = "wasm32")]
impl Catalogue {
    /// `count` as the language writes numbers: "1,200", "1.200".
    pub fn number(&self, count: usize) -> String {
        self.formats()
            .number
            .call1(&JsValue::NULL, &JsValue::from_f64(count as f64))
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| count.to_string())
    }

    /// A distance from now: "in 6 days" for `relative(6, Day)`, "3 hours ago" for `(-3, Hour)`.
    pub fn relative(&self, amount: i64, unit: TimeUnit) -> String {
        let unit = match unit {
            TimeUnit::Minute => "minute",
            TimeUnit::Hour => "hour",
            TimeUnit::Day => "day",
        };
        String::from(self.formats().relative.format(amount as f64, unit))
    }

    fn plural_category(&self, count: usize) -> String {
        String::from(self.formats().plural.select(count as f64))
    }

    fn formats(&self) -> &Formats {
        self.formats.get_or_init(|| {
            let locales = self.locales();
            Formats {
                number: js_sys::Intl::NumberFormat::new(&locales, &Object::new()).format(),
                relative: js_sys::Intl::RelativeTimeFormat::new(&locales, &Object::new()),
                plural: js_sys::Intl::PluralRules::new(&locales, &Object::new()),
            }
        })
    }
}

/// Natively (the unit tests) English's rules stand in for the browser's `Intl`.
#[cfg(not(target_arch = "wasm32"))]
impl Catalogue {
    /// `count` with English's thousands separator.
    pub fn number(&self, count: usize) -> String {
        let digits = count.to_string();
        let mut grouped = String::new();
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        grouped
    }

    /// A distance from now in English words.
    pub fn relative(&self, amount: i64, unit: TimeUnit) -> String {
        let unit = match unit {
            TimeUnit::Minute => "minute",
            TimeUnit::Hour => "hour",
            TimeUnit::Day => "day",
        };
        let plural = if amount.abs() == 1 { "" } else { "s" };
        match amount {
            0.. => format!("in {amount} {unit}{plural}"),
            _ => format!("{} {unit}{plural} ago", -amount),
        }
    }

    fn plural_category(&self, count: usize) -> String {
        if count == 1 { "one" } else { "other" }.to_owned()
    }
}

/// `template` with each `{name}` replaced by its value in `values`; a name without one stays.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut filled = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        filled.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let value = after.find('}').and_then(|end| {
            let (name, _) = after.split_at(end);
            let (_, value) = values.iter().find(|(known, _)| *known == name)?;
            Some((value, end))
        });
        match value {
            Some((value, end)) => {
                filled.push_str(value);
                rest = &after[end + 1..];
            }
            None => {
                filled.push('{');
                rest = after;
            }
        }
    }
    filled.push_str(rest);
    filled
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_by_name_and_unknown_ones_stay() {
        assert_eq!(fill("{a} and {b}", &[("b", "2"), ("a", "1")]), "1 and 2");
        assert_eq!(fill("{a} {unknown} {", &[("a", "x")]), "x {unknown} {");
    }

    #[test]
    fn a_region_falls_back_to_its_language_and_an_unknown_language_to_none() {
        assert_eq!(supported("de-CH"), Some("de"));
        assert_eq!(supported("JA_jp"), Some("ja"));
        assert_eq!(supported("en-GB"), Some("en"));
        assert_eq!(supported("fr"), None);
        assert_eq!(supported(""), None);
        assert_eq!(first_spoken(["fr-FR", "de-AT", "en"].into_iter()), "de");
        assert_eq!(first_spoken(["fr"].into_iter()), "en");
    }

    #[test]
    fn each_catalogue_file_is_named_by_the_fnv_1a_hash_of_its_content() {
        let fnv = |bytes: &[u8]| {
            bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
                (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
            })
        };
        assert_eq!(fnv(b"foobar"), 0x8594_4171_f739_67e8);
        for language in ["de", "ja"] {
            let bytes = std::fs::read(format!("lang/{language}.json")).unwrap();
            assert_eq!(
                file_of(language),
                Some(format!("{language}-{:016x}.json", fnv(&bytes)))
            );
        }
        assert_eq!(file_of("en"), None);
    }

    #[test]
    fn english_counts_read_right_for_one_and_for_many() {
        let english = Catalogue::english();
        assert_eq!(english.count(PEOPLE, 1, &[]), "1 person");
        assert_eq!(english.count(PEOPLE, 1200, &[]), "1,200 people");
        assert_eq!(english.number(950), "950");
        assert_eq!(english.number(1_234_567), "1,234,567");
    }
}
