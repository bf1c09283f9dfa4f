//! Reading and writing the JSON of Unleash's answers and requests without a JSON library in the
//! shipping wasm: in the browser, [`Json`] is what `JSON.parse` made of the text (the browser's own
//! parser, about 18 KB less to download than serde_json); where the crate runs natively (its unit
//! tests and the end-to-end suite's helpers), it is a `serde_json` value. Both read the same way, and
//! no reader panics on any value: a missing field, a wrong type or a text that is not JSON is `None`.

/// Writes `text` as a JSON string, quotes included, escaping what RFC 8259 requires.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            control if u32::from(control) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", u32::from(control)));
            }
            other => out.push(other),
        }
    }
    out.push('"');
    out
}

/// Writes a JSON object from `(key, JSON value)` pairs; keys are plain ASCII names.
pub fn object(fields: &[(&str, String)]) -> String {
    let members: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("\"{key}\":{value}"))
        .collect();
    format!("{{{}}}", members.join(","))
}

impl Json {
    /// A field's value, present and not `null`.
    pub fn present(&self, name: &'static str) -> Option<Json> {
        self.field(name).filter(|value| !value.is_null())
    }

    /// A field that may be absent or `null` (`Ok(None)`) but, when present, must be text.
    pub fn optional_text(&self, name: &'static str) -> Result<Option<String>, WrongType> {
        match self.present(name) {
            None => Ok(None),
            Some(value) => value.text().map(Some).ok_or(WrongType),
        }
    }

    /// The value as a whole number (JSON has only one kind of number).
    pub fn whole_number(&self) -> Option<i64> {
        let number = self.number()?;
        let whole = number.fract() == 0.0 && number.abs() < 9.007_199_254_740_992e15;
        whole.then_some(number as i64)
    }
}

/// A field holds a value of another type than the one it must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrongType;

#[cfg(target_arch = "wasm32")]
pub use browser::Json;
#[cfg(not(target_arch = "wasm32"))]
pub use native::Json;

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;

    use js_sys::{Array, Reflect, JSON};
    use wasm_bindgen::JsValue;

    /// A value `JSON.parse` made.
    pub struct Json(JsValue);

    thread_local! {
        /// The field names read so far, each made a JavaScript string once: a list of 10,000 links
        /// reads about 150,000 fields.
        static KEYS: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
    }

    fn with_key<T>(name: &'static str, read: impl FnOnce(&JsValue) -> T) -> T {
        KEYS.with(|keys| {
            let mut keys = keys.borrow_mut();
            let index = match keys.iter().position(|(known, _)| *known == name) {
                Some(index) => index,
                None => {
                    keys.push((name, JsValue::from_str(name)));
                    keys.len() - 1
                }
            };
            read(&keys[index].1)
        })
    }

    impl Json {
        /// Parses `text`; `None` when it is not JSON.
        pub fn parse(text: &str) -> Option<Json> {
            JSON::parse(text).ok().map(Json)
        }

        /// A field of an object; `None` when this is not an object or has no such field. (The names
        /// read here are none that a plain object or an array inherits.)
        pub fn field(&self, name: &'static str) -> Option<Json> {
            let value = with_key(name, |key| Reflect::get(&self.0, key)).ok()?;
            (!value.is_undefined()).then_some(Json(value))
        }

        /// Whether this is `null`.
        pub fn is_null(&self) -> bool {
            self.0.is_null()
        }

        /// The text of a string.
        pub fn text(&self) -> Option<String> {
            self.0.as_string()
        }

        /// The value of `true` or `false`.
        pub fn flag(&self) -> Option<bool> {
            self.0.as_bool()
        }

        /// The value of a number.
        pub fn number(&self) -> Option<f64> {
            self.0.as_f64()
        }

        /// The items of an array.
        pub fn items(&self) -> Option<Vec<Json>> {
            Array::is_array(&self.0).then(|| Array::from(&self.0).iter().map(Json).collect())
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use serde_json::Value;

    /// A value serde_json parsed.
    pub struct Json(Value);

    impl Json {
        /// Parses `text`; `None` when it is not JSON.
        pub fn parse(text: &str) -> Option<Json> {
            serde_json::from_str(text).ok().map(Json)
        }

        /// A field of an object; `None` when this is not an object or has no such field.
        pub fn field(&self, name: &'static str) -> Option<Json> {
            self.0.as_object()?.get(name).cloned().map(Json)
        }

        /// Whether this is `null`.
        pub fn is_null(&self) -> bool {
            self.0.is_null()
        }

        /// The text of a string.
        pub fn text(&self) -> Option<String> {
            self.0.as_str().map(str::to_owned)
        }

        /// The value of `true` or `false`.
        pub fn flag(&self) -> Option<bool> {
            self.0.as_bool()
        }

        /// The value of a number.
        pub fn number(&self) -> Option<f64> {
            self.0.as_f64()
        }

        /// The items of an array.
        pub fn items(&self) -> Option<Vec<Json>> {
            Some(self.0.as_array()?.iter().cloned().map(Json).collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_text_reads_back_as_the_same_text() {
        for text in [
            "plain",
            "quote \" and \\ back",
            "line\nbreak\ttab\r",
            "\u{1}\u{1f}",
            "Ünïcödé ✓ 🎉",
            "",
        ] {
            let read: String = serde_json::from_str(&quoted(text)).unwrap();
            assert_eq!(read, text);
        }
    }

    #[test]
    fn an_object_is_written_in_the_order_given() {
        let written = object(&[("name", quoted("a")), ("enabled", "false".to_owned())]);
        assert_eq!(written, r#"{"name":"a","enabled":false}"#);
    }

    #[test]
    fn readers_give_none_for_other_types_and_never_panic() {
        let value =
            Json::parse(r#"{"a":"x","n":3,"f":2.5,"b":true,"z":null,"l":[1,"y"]}"#).unwrap();
        assert_eq!(
            value.field("a").and_then(|a| a.text()).as_deref(),
            Some("x")
        );
        assert_eq!(value.field("a").and_then(|a| a.flag()), None);
        assert_eq!(value.field("n").and_then(|n| n.whole_number()), Some(3));
        assert_eq!(value.field("f").and_then(|f| f.whole_number()), None);
        assert!(value.field("z").is_some() && value.present("z").is_none());
        assert_eq!(value.optional_text("z"), Ok(None));
        assert_eq!(value.optional_text("n"), Err(WrongType));
        assert_eq!(
            value.field("l").and_then(|l| l.items()).map(|l| l.len()),
            Some(2)
        );
        assert!(value.field("missing").is_none());
        assert!(Json::parse("<html>").is_none());
        assert!(Json::parse("").is_none());
    }
}
