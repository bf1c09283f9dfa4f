//! Reads the message catalogues in `lang/` and writes `messages.rs` for `src/words/catalogue.rs`:
//! a typed key for every message of `lang/en.json`, the English text compiled in, and the hashed
//! file name of every other language (fetched when chosen; `scripts/lang-files.mjs` writes the
//! files under the same names).
//!
//! The build fails, naming the language and the message, when a language lacks a message, has one
//! English lacks, orders them otherwise, drops or adds a placeholder, or gives a plural where
//! English has a sentence (or the other way round).

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

use serde_json::{Map, Value};

/// Ends each message in the compiled English text.
const MESSAGE_END: char = '\u{1}';
/// Ends a plural's form for one in the compiled English text.
const FORM_END: char = '\u{2}';

/// The plural categories of the Unicode CLDR, which `Intl.PluralRules` answers with.
const CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

fn main() {
    println!("cargo:rerun-if-changed=lang");
    let english = read_catalogue("en");
    let mut others = Vec::new();
    for entry in fs::read_dir("lang").expect("lang/ is readable") {
        let path = entry.expect("lang/ is readable").path();
        println!("cargo:rerun-if-changed={}", path.display());
        let Some(language) = language_of(&path) else {
            continue;
        };
        if language != "en" {
            let catalogue = read_catalogue(&language);
            check_against_english(&language, &catalogue, &english);
            let bytes = fs::read(&path).expect("the catalogue was just read");
            others.push((language, format!("{:016x}", fnv1a64(&bytes))));
        }
    }
    others.sort();
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("messages.rs");
    fs::write(out, generate(&english, &others)).expect("OUT_DIR is writable");
}

/// `de` for `lang/de.json`; `None` for any other file.
fn language_of(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let language = name.strip_suffix(".json")?;
    let well_formed = !language.is_empty()
        && language
            .chars()
            .all(|character| character.is_ascii_lowercase() || character == '-');
    well_formed.then(|| language.to_owned())
}

fn read_catalogue(language: &str) -> Map<String, Value> {
    let path = format!("lang/{language}.json");
    let text = fs::read_to_string(&path).unwrap_or_else(|error| fail(&path, &error.to_string()));
    match serde_json::from_str(&text) {
        Ok(Value::Object(messages)) => messages,
        Ok(_) => fail(&path, "is not a JSON object of messages"),
        Err(error) => fail(&path, &error.to_string()),
    }
}

fn check_against_english(
    language: &str,
    catalogue: &Map<String, Value>,
    english: &Map<String, Value>,
) {
    let file = format!("lang/{language}.json");
    for key in english.keys() {
        if !catalogue.contains_key(key) {
            fail(&file, &format!("lacks the message `{key}`"));
        }
    }
    for (index, (key, value)) in catalogue.iter().enumerate() {
        let Some(english_value) = english.get(key) else {
            fail(
                &file,
                &format!("has the message `{key}`, which lang/en.json lacks"),
            );
        };
        if english.keys().nth(index) != Some(key) {
            fail(
                &file,
                &format!("has `{key}` out of place: order the messages as lang/en.json does"),
            );
        }
        let wanted = placeholders(&english_text(english_value, key));
        match (english_value, value) {
            (Value::String(_), Value::String(text)) => same_placeholders(&file, key, text, &wanted),
            (Value::Object(_), Value::Object(forms)) => {
                let Some(Value::String(other)) = forms.get("other") else {
                    fail(
                        &file,
                        &format!("`{key}` is a plural without its `other` form"),
                    );
                };
                same_placeholders(&file, key, other, &wanted);
                for (category, form) in forms {
                    let Value::String(form) = form else {
                        fail(&file, &format!("`{key}`'s `{category}` is not a string"));
                    };
                    if !CATEGORIES.contains(&category.as_str()) {
                        fail(
                            &file,
                            &format!("`{key}` has `{category}`, which is no plural category"),
                        );
                    }
                    if !placeholders(form).iter().all(|name| wanted.contains(name)) {
                        fail(
                            &file,
                            &format!("`{key}`'s `{category}` names a placeholder English lacks"),
                        );
                    }
                }
            }
            (Value::String(_), _) => {
                fail(&file, &format!("`{key}` must be a sentence, as in English"))
            }
            _ => fail(
                &file,
                &format!("`{key}` must be a plural object, as in English"),
            ),
        }
    }
}

fn same_placeholders(file: &str, key: &str, text: &str, wanted: &[String]) {
    let mut found = placeholders(text);
    let mut wanted = wanted.to_vec();
    found.sort();
    found.dedup();
    wanted.sort();
    wanted.dedup();
    if found != wanted {
        fail(
            file,
            &format!("`{key}` has the placeholders {found:?}; English has {wanted:?}"),
        );
    }
}

/// The names between braces: `["count", "name"]` for "{count} links named {name}".
fn placeholders(text: &str) -> Vec<String> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}

/// English's sentence, or for a plural its `other` form.
fn english_text(value: &Value, key: &str) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Object(forms) => match (forms.get("one"), forms.get("other")) {
            (Some(Value::String(_)), Some(Value::String(other))) if forms.len() == 2 => {
                other.clone()
            }
            _ => fail(
                "lang/en.json",
                &format!("`{key}` must have exactly the forms `one` and `other`"),
            ),
        },
        _ => fail(
            "lang/en.json",
            &format!("`{key}` is neither a sentence nor a plural"),
        ),
    }
}

fn generate(english: &Map<String, Value>, others: &[(String, String)]) -> String {
    let mut code = String::from("// Written by build.rs from lang/*.json.\n");
    let mut text = String::new();
    let mut plurals = 0;
    for (index, (key, value)) in english.iter().enumerate() {
        if !key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            fail("lang/en.json", &format!("`{key}` is not a snake_case key"));
        }
        let name = key.to_ascii_uppercase();
        let english_other = english_text(value, key);
        let shown = english_other.replace("*/", "* /");
        match value {
            Value::String(sentence) => {
                let _ = writeln!(
                    code,
                    "/** \"{shown}\" */\npub const {name}: Message = Message({index});"
                );
                text.push_str(sentence);
                text.push(MESSAGE_END);
            }
            _ => {
                let one = value["one"].as_str().unwrap_or_default();
                let _ = writeln!(
                    code,
                    "/** \"{shown}\" (by a count) */\npub const {name}: Plural = Plural({index});"
                );
                plurals += 1;
                text.push_str(one);
                text.push(FORM_END);
                text.push_str(&english_other);
                text.push(MESSAGE_END);
            }
        }
    }
    if text.matches(MESSAGE_END).count() != english.len()
        || text.matches(FORM_END).count() != plurals
    {
        fail(
            "lang/en.json",
            "holds the control character U+0001 or U+0002",
        );
    }
    let _ = writeln!(code, "\n/// English, every message one after the other, each ended by U+0001; a plural's form for one\n/// is ended by U+0002.\npub(super) const ENGLISH_TEXT: &str = {text:?};");
    let _ = writeln!(
        code,
        "/// How many messages there are.\npub(super) const MESSAGES: usize = {};",
        english.len()
    );
    let _ = writeln!(code, "\n/// The other languages and their files' content hashes.\npub(super) const FILES: [(&str, &str); {}] = [", others.len());
    for (language, hash) in others {
        let _ = writeln!(code, "    ({language:?}, {hash:?}),");
    }
    code.push_str("];\n");
    code
}

/// FNV-1a, 64 bits: the content hash in a catalogue's file name (`scripts/lang-files.mjs` agrees).
fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn fail(file: &str, problem: &str) -> ! {
    panic!("{file} {problem}")
}
