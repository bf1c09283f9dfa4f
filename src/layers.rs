//! The folders of `src/` are layers, and each imports only from itself and the layers below it.
//! This test reads every source file and fails on any path (`use`, an expression or a doc link)
//! that reaches a layer above its own, and on README's "Layout" listing the layers in another order.

use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A file at the top of `src/` (lib.rs, main.rs, embed_main.rs) is above
/// them all.
const LAYERS: &[&str] = &[
    "api",
    "config",
    "rules",
    "words",
    "ui",
    "links",
    "components/primitives",
    "components/dialogs",
    "components/views",
    "shell",
];

/// The layer of a module path such as `["components", "views", "link_row"]`; `None` for the crate's
/// root files.
fn layer_of(module: &[&str]) -> Option<usize> {
    let first = *module.first()?;
    let name = if first == "components" {
        match module.get(1) {
            Some(&sub) if LAYERS.contains(&format!("components/{sub}").as_str()) => {
                format!("components/{sub}")
            }
            _ => "components/views".to_owned(),
        }
    } else {
        first.to_owned()
    };
    LAYERS.iter().position(|layer| *layer == name)
}

/// The module path of a source file: `src/components/views/link_row.rs` is
/// `["components", "views", "link_row"]`, a `mod.rs` its folder's.
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs");
        if stem != "mod" {
            parts.push(stem.to_owned());
        }
    }
    parts
}

/// Every module path a source text names, from `crate::` or from `super::` chains, with its line.
fn paths_named(text: &str, module: &[String]) -> Vec<(usize, Vec<String>)> {
    let mut named = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let mut rest = line;
        loop {
            let starts = [rest.find("crate::"), rest.find("super::")];
            let Some(at) = starts.into_iter().flatten().min() else {
                break;
            };
            let (segments, length) = path_at(&rest[at..]);
            let resolved: Vec<String> = if segments[0] == "crate" {
                segments[1..].to_vec()
            } else {
                let ups = segments.iter().take_while(|s| *s == "super").count();
                let kept = module.len().saturating_sub(ups);
                module[..kept]
                    .iter()
                    .chain(&segments[ups..])
                    .cloned()
                    .collect()
            };
            if !resolved.is_empty() || segments[0] == "crate" {
                named.push((number + 1, resolved));
            }
            rest = &rest[at + length..];
        }
    }
    named
}

/// The segments of the path `text` starts with (`crate::a::b::{c, d}` gives crate, a, b) and how
/// many bytes they take.
fn path_at(text: &str) -> (Vec<String>, usize) {
    let mut segments = Vec::new();
    let mut at = 0;
    loop {
        let length = text[at..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(text.len() - at);
        if length == 0 {
            break;
        }
        segments.push(text[at..at + length].to_owned());
        at += length;
        if text[at..].starts_with("::") {
            at += 2;
        } else {
            break;
        }
    }
    (segments, at.max(1))
}

/// Every `.rs` file under `folder`, into `found` (also read by the word check, `src/word_rules.rs`).
pub(crate) fn source_files(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(folder).expect("src/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn no_module_imports_from_a_layer_above_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &mut files);
    let mut upward = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let module = module_of(relative);
        let names: Vec<&str> = module.iter().map(String::as_str).collect();
        let Some(own) = layer_of(&names) else {
            continue;
        };
        let text = fs::read_to_string(file).unwrap();
        for (line, target) in paths_named(&text, &module) {
            let target: Vec<&str> = target.iter().map(String::as_str).collect();
            if target.is_empty() {
                upward.push(format!(
                    "src/{}:{line} groups crate paths in `crate::{{…}}`: name each from its layer",
                    relative.display()
                ));
            }
            if let Some(layer) = layer_of(&target) {
                if layer > own {
                    upward.push(format!(
                        "src/{}:{line} ({}) names {} ({})",
                        relative.display(),
                        LAYERS[own],
                        target.join("::"),
                        LAYERS[layer]
                    ));
                }
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports that run up the layers {LAYERS:?}:\n{}",
        upward.join("\n")
    );
}

#[test]
fn readme_lists_the_layers_in_the_order_imports_follow() {
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md is readable");
    let layout = readme
        .split("## Layout")
        .nth(1)
        .expect("README has a Layout section");
    let mut listed: Vec<String> = Vec::new();
    for line in layout.lines().take_while(|line| !line.starts_with("## ")) {
        let Some(path) = line.strip_prefix("src/") else {
            continue;
        };
        let name: String = path
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let top: Vec<&str> = LAYERS
            .iter()
            .map(|layer| layer.split('/').next().unwrap())
            .collect();
        if top.contains(&name.as_str()) && listed.last() != Some(&name) {
            listed.push(name);
        }
    }
    let mut expected: Vec<String> = LAYERS
        .iter()
        .map(|layer| layer.split('/').next().unwrap().to_owned())
        .collect();
    expected.dedup();
    assert_eq!(
        listed, expected,
        "README's Layout lists the layers out of order"
    );
}

#[test]
fn an_upward_import_is_found() {
    let module = vec!["rules".to_owned(), "expiry".to_owned()];
    let named = paths_named(
        "use crate::ui::local_time; // super::change::Change",
        &module,
    );
    let layers: Vec<Option<usize>> = named
        .iter()
        .map(|(_, path)| layer_of(&path.iter().map(String::as_str).collect::<Vec<_>>()))
        .collect();
    assert_eq!(layers, vec![layer_of(&["ui"]), layer_of(&["rules"])]);
    let nested = vec![
        "components".to_owned(),
        "primitives".to_owned(),
        "x".to_owned(),
    ];
    let up = paths_named("use super::super::views::LinkRow;", &nested);
    assert_eq!(up[0].1, vec!["components", "views", "LinkRow"]);
}
