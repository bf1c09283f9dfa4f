//! The page before its wasm runs: index.html's first paint stands for the list, says what the app
//! will say, shows nowhere else, and is gone once the app is up.

use serde_json::Value;

use crate::scenarios::{ensure, Context, Outcome};

/// The words of the app's first screen that index.html's first paint must show too.
const APP_WORDS: &str = "return ['.uil-title', '.uil-lead', '.uil-header .uil-primary', '.uil-section-title']
    .map((selector) => document.querySelector(`.uil-main:not(.uil-first-paint) ${selector}`)?.textContent.trim() ?? null)";

/// Whether a first paint would show on this address: the page's own style sheet and the mark
/// start.js left on the document decide it; a probe element stands in for the removed markup.
const FIRST_PAINT_SHOWN: &str = "const probe = document.createElement('main');
    probe.className = 'uil-first-paint';
    document.body.append(probe);
    const shown = getComputedStyle(probe).display !== 'none';
    probe.remove();
    return shown";

pub async fn the_first_paint_shows_the_list_s_words_until_the_app_replaces_it_and_only_at_the_list(
    cx: &Context<'_>,
) -> Outcome {
    let index = ureq::get(&format!("{}/", cx.environment.app_url))
        .call()
        .map_err(|e| e.to_string())?
        .body_mut()
        .read_to_string()
        .map_err(|e| e.to_string())?;
    let first_paint =
        words_of_first_paint(&index).ok_or_else(|| "index.html has no first paint".to_owned())?;
    cx.fresh_page().await?;
    let left = cx
        .admin
        .script("return document.querySelectorAll('.uil-first-paint, h1').length")
        .await?;
    ensure(left == 1, || {
        format!("{left} first paints and headings once the app is up (one heading expected)")
    })?;
    let app_words = cx.admin.script(APP_WORDS).await?;
    let app_words: Vec<&str> = app_words
        .as_array()
        .map(|words| words.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    ensure(app_words.len() == 4, || {
        format!("the app's first screen reads {app_words:?}")
    })?;
    for words in &app_words {
        ensure(first_paint.contains(words), || {
            format!("the first paint ({first_paint:?}) leaves out the app's {words:?}")
        })?;
    }
    ensure(cx.admin.script(FIRST_PAINT_SHOWN).await? == true, || {
        "the first paint would be hidden on the list's own address".into()
    })?;
    cx.admin
        .go_to(&format!(
            "{}/links/0123456789abcdef",
            cx.environment.app_url
        ))
        .await?;
    cx.admin.wait_for_text("← All invite links").await?;
    ensure(cx.admin.script(FIRST_PAINT_SHOWN).await? == false, || {
        "a link's address would first show the list's stand-in".into()
    })
}

/// The text of index.html's first paint, tags left out and spaces collapsed.
fn words_of_first_paint(index: &str) -> Option<String> {
    let class = index.find("uil-first-paint")?;
    let start = class + index[class..].find('>')? + 1;
    let end = start + index[start..].find("</main>")?;
    let mut text = String::new();
    let mut in_tag = false;
    for character in index[start..end].chars() {
        match character {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            other if !in_tag => text.push(other),
            _ => {}
        }
    }
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}
