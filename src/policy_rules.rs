//! The page's Content-Security-Policy is written in three places that must agree: the header the
//! development server sends (`Trunk.toml`), the header `scripts/serve-dist.mjs` sends, and the
//! `<meta>` in `index.html` that protects the page on a static host that sends no header. A meta
//! tag cannot carry `frame-ancestors` (browsers ignore it there), so the meta is the header's policy
//! without it.

use std::fs;
use std::path::Path;

fn read(file: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
        .unwrap_or_else(|problem| panic!("{file}: {problem}"))
}

/// The text between `start` and the next `end` after it, in `text`.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let length = text[from..]
        .find(end)
        .unwrap_or_else(|| panic!("no {end:?} after {start:?}"));
    &text[from..from + length]
}

fn directives(policy: &str) -> Vec<String> {
    policy
        .split(';')
        .map(|directive| directive.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|directive| !directive.is_empty())
        .collect()
}

#[test]
fn the_meta_policy_is_the_headers_without_frame_ancestors_and_both_servers_send_the_same() {
    let trunk = directives(between(
        &read("Trunk.toml"),
        "Content-Security-Policy = \"",
        "\"",
    ));
    let serve_dist = directives(between(
        &read("scripts/serve-dist.mjs"),
        "const POLICY =\n  \"",
        "\"",
    ));
    let meta = directives(between(
        &read("index.html"),
        "<meta http-equiv=\"Content-Security-Policy\" content=\"",
        "\"",
    ));
    assert_eq!(
        trunk, serve_dist,
        "Trunk.toml and serve-dist.mjs send other policies"
    );
    let without_frame_ancestors: Vec<String> = trunk
        .into_iter()
        .filter(|directive| !directive.starts_with("frame-ancestors"))
        .collect();
    assert_eq!(meta, without_frame_ancestors, "index.html's meta policy");
    assert!(
        meta.iter()
            .any(|directive| directive == "require-trusted-types-for 'script'"),
        "the meta policy requires Trusted Types"
    );
}
