//! Two rules of the views that a reader would otherwise meet only in README, checked on every
//! source file under `src/components/`:
//! - a component is at most [`MOST_COMPONENT_LINES`] lines long, from its `fn` to its closing brace;
//! - a reactive part of an element (a child, an attribute, a class, a property) is written through
//!   `ui::live` (`live_text`, `live_flag`, `live_view`) and an element's event handler through
//!   `handler`, never as a bare `move ||` closure: each bare closure is a type of its own and
//!   brings its own copy of Leptos's rendering code into the wasm (ui/live.rs says how much).
//!   Properties of components (`on_submit=move |()| …`) are plain callbacks and stay as they are.

use std::fs;
use std::path::{Path, PathBuf};

/// The longest a component may be.
const MOST_COMPONENT_LINES: usize = 80;

fn component_files() -> Vec<(String, String)> {
    fn walk(folder: &Path, found: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(folder)
            .expect("src/components is readable")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    walk(&root.join("src/components"), &mut paths);
    paths
        .into_iter()
        .map(|path| {
            let name = path.strip_prefix(root).unwrap().display().to_string();
            (name, fs::read_to_string(&path).unwrap())
        })
        .collect()
}

/// Each component in `text` with its length in lines, from its `fn` line to its closing brace.
fn component_lengths(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        if line.trim() != "#[component]" {
            continue;
        }
        let Some(start) = (at..lines.len()).find(|&i| lines[i].contains("fn ")) else {
            continue;
        };
        let indent = lines[start].len() - lines[start].trim_start().len();
        let closing = format!("{}}}", " ".repeat(indent));
        let end = (start..lines.len())
            .find(|&i| lines[i].trim_end() == closing)
            .unwrap_or(lines.len() - 1);
        let name = lines[start]
            .split("fn ")
            .nth(1)
            .and_then(|rest| rest.split('(').next())
            .unwrap_or("?")
            .to_owned();
        found.push((name, end - start + 1));
    }
    found
}

/// The bare closures in `text` that are an element's reactive part or event handler: `move |`
/// right after `=` or `{` inside a `view!` and an HTML element's tag or body (a tag in lower case),
/// by line number.
fn bare_parts(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    for (start, body) in views(text) {
        let mut element = false;
        for (at, _) in body.match_indices(['<', '=', '{']) {
            let (mark, after) = (body.as_bytes()[at], &body[at + 1..]);
            if mark == b'<' {
                match after.chars().next() {
                    Some(c) if c.is_ascii_lowercase() => element = true,
                    Some(c) if c.is_ascii_uppercase() => element = false,
                    _ => {}
                }
            } else if element && after.trim_start().starts_with("move |") {
                found.push(text[..start + at].lines().count());
            }
        }
    }
    found
}

/// The bodies of the `view!` macros in `text`, each with its offset.
fn views(text: &str) -> Vec<(usize, &str)> {
    let mut bodies = Vec::new();
    for (at, _) in text.match_indices("view! {") {
        let start = at + "view! {".len();
        let mut depth = 1;
        let end = text[start..]
            .char_indices()
            .find(|&(_, c)| {
                depth += match c {
                    '{' => 1,
                    '}' => -1,
                    _ => 0,
                };
                depth == 0
            })
            .map_or(text.len(), |(index, _)| start + index);
        bodies.push((start, &text[start..end]));
    }
    bodies
}

#[test]
fn no_component_is_longer_than_the_limit() {
    let long: Vec<String> = component_files()
        .iter()
        .flat_map(|(file, text)| {
            component_lengths(text)
                .into_iter()
                .filter(|(_, lines)| *lines > MOST_COMPONENT_LINES)
                .map(move |(name, lines)| format!("{file}: {name} has {lines} lines"))
        })
        .collect();
    assert!(
        long.is_empty(),
        "components over {MOST_COMPONENT_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn elements_take_reactive_parts_only_through_ui_live() {
    let bare: Vec<String> = component_files()
        .iter()
        .flat_map(|(file, text)| {
            bare_parts(text)
                .into_iter()
                .map(move |line| format!("{file}:{line}"))
        })
        .collect();
    assert!(
        bare.is_empty(),
        "bare closures in an element (use live_text, live_flag, live_view or handler):\n{}",
        bare.join("\n")
    );
}

#[test]
fn the_checks_see_what_they_refuse() {
    let view = "view! {\n    <p class:x=move || true>{move || 1}</p>\n    <Form on_submit=move |()| ()/>\n}";
    assert_eq!(bare_parts(view), vec![2, 2]);
    let component = "#[component]\nfn Short(\n) -> impl IntoView {\n    1\n}\n";
    assert_eq!(component_lengths(component), vec![("Short".to_owned(), 4)]);
}
