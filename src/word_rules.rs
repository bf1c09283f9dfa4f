//! The rule that the page's words live in `words/`, checked on the code (tests aside) of the layers
//! that build the page: `rules/`, `ui/`, `links/`, `components/` and `shell/`. None of their
//! string literals may read as English: a capitalised word ("Name") or two lowercase words in a row
//! ("expires in"), outside `{…}` placeholders. Class lists (`uil-button uil-primary`), attribute
//! and option names and formats pass. They hand typed values to `words/` instead, so that one
//! catalogue holds every sentence and label. (`api/` keeps the few words of its own error details,
//! which stand beside the browser's own English messages.)

use std::fs;
use std::path::Path;

use crate::layers::source_files;

/// The layers whose code must hold no words.
const LAYERS: [&str; 5] = [
    "src/rules",
    "src/ui",
    "src/links",
    "src/components",
    "src/shell",
];

/// The string literals of `code` with their line numbers: comments, char literals and lifetimes
/// are skipped; raw strings are read too.
fn string_literals(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let (mut at, mut line) = (0, 1);
    while at < chars.len() {
        match chars[at] {
            '\n' => line += 1,
            '/' if chars.get(at + 1) == Some(&'/') => {
                while at < chars.len() && chars[at] != '\n' {
                    at += 1;
                }
                continue;
            }
            '\'' if chars.get(at + 1) == Some(&'\\') => {
                at += 2;
                while at < chars.len() && chars[at] != '\'' {
                    at += 1;
                }
            }
            '\'' if chars.get(at + 2) == Some(&'\'') => at += 2,
            'r' if chars.get(at + 1) == Some(&'#') && chars.get(at + 2) == Some(&'"') => {
                let start = at + 3;
                let mut end = start;
                while end + 1 < chars.len() && !(chars[end] == '"' && chars[end + 1] == '#') {
                    end += 1;
                }
                let text: String = chars[start..end].iter().collect();
                found.push((line, text.clone()));
                line += text.matches('\n').count();
                at = end + 1;
            }
            '"' => {
                let start = at + 1;
                let mut end = start;
                while end < chars.len() && chars[end] != '"' {
                    end += if chars[end] == '\\' { 2 } else { 1 };
                }
                let text: String = chars[start..end.min(chars.len())].iter().collect();
                found.push((line, text.clone()));
                line += text.matches('\n').count();
                at = end;
            }
            _ => {}
        }
        at += 1;
    }
    found
}

/// Whether `literal` reads as English words.
fn reads_as_words(literal: &str) -> bool {
    let mut outside = String::new();
    let mut depth = 0;
    for character in literal.chars() {
        match character {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => outside.push(character),
            _ => {}
        }
    }
    let tokens: Vec<&str> = outside
        .split_whitespace()
        .map(|token| token.trim_matches(|c: char| ",.:;!?()“”\"'…←".contains(c)))
        .collect();
    let capitalised = |token: &str| {
        let mut letters = token.chars();
        letters.next().is_some_and(|c| c.is_ascii_uppercase())
            && token.len() > 1
            && letters.all(|c| c.is_ascii_lowercase())
    };
    let lowercase_word =
        |token: &str| token.len() > 1 && token.chars().all(|c| c.is_ascii_lowercase());
    tokens.iter().any(|token| capitalised(token))
        || tokens
            .windows(2)
            .any(|pair| lowercase_word(pair[0]) && lowercase_word(pair[1]))
}

/// Every literal that reads as words in `code`, as "path:line: text".
fn words_in(path: &str, code: &str) -> Vec<String> {
    let code = code.split("#[cfg(test)]").next().unwrap_or_default();
    string_literals(code)
        .into_iter()
        .filter(|(_, literal)| reads_as_words(literal))
        .map(|(line, literal)| format!("{path}:{line}: {literal:?}"))
        .collect()
}

#[test]
fn the_layers_that_build_the_page_leave_every_word_to_words() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for layer in LAYERS {
        source_files(&root.join(layer), &mut paths);
    }
    let found: Vec<String> = paths
        .iter()
        .flat_map(|path| {
            let name = path.strip_prefix(root).unwrap().display().to_string();
            words_in(&name, &fs::read_to_string(path).unwrap())
        })
        .collect();
    assert!(
        found.is_empty(),
        "words outside src/words/ (give them a name there):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_what_it_refuses() {
    let code = r##"
        let a = view! { <h2>"Select all"</h2> };
        let b = format!("expires in {days}");
        let c = '"'; let d = '\''; fn e<'a>(x: &'a str) {}
        let f = "uil-button uil-primary";
        let g = format!("{prefix}-{}", 2);
        let h = "2-digit";
        let i = r#"Raw words"#;
        // "A comment with words"
    "##;
    let found = words_in("f.rs", code);
    assert_eq!(
        found,
        [
            "f.rs:2: \"Select all\"",
            "f.rs:3: \"expires in {days}\"",
            "f.rs:8: \"Raw words\"",
        ]
    );
}
