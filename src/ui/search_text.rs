//! The list's search text: folded for matching, and kept in the page's address (`?q=`) so that
//! Back, Forward and reload keep it.

use wasm_bindgen::JsValue;
use web_sys::Url;

/// `text` as searches compare it: lower case, accents removed ("Ångström" reads "angstrom"), by
/// the browser's own Unicode normalisation.
pub fn folded(text: &str) -> String {
    let decomposed: String = js_sys::JsString::from(text)
        .normalize("NFD")
        .to_lower_case()
        .into();
    decomposed
        .chars()
        .filter(|character| !('\u{300}'..='\u{36f}').contains(character))
        .collect()
}

/// The search in the address (`q`), or nothing.
pub fn search_in_address() -> String {
    address()
        .and_then(|url| url.search_params().get("q"))
        .unwrap_or_default()
}

/// Puts `text` in the address as `q` (removed when empty), in place: typing makes no history entries.
pub fn keep_search_in_address(text: &str) {
    let Some(url) = address() else {
        return;
    };
    let params = url.search_params();
    if text.is_empty() {
        params.delete("q");
    } else {
        params.set("q", text);
    }
    let Ok(history) = leptos::prelude::window().history() else {
        return;
    };
    let state = history.state().unwrap_or(JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&url.href()));
}

fn address() -> Option<Url> {
    let href = leptos::prelude::window().location().href().ok()?;
    Url::new(&href).ok()
}
