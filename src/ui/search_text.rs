//! The list's search text: folded for matching, and kept in the page's address (in the query
//! parameter the host chose, `?q=` by default) so that Back, Forward and reload keep it.

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

/// The search in the address's `parameter`, or nothing (always nothing without a parameter).
pub fn search_in_address(parameter: Option<&str>) -> String {
    parameter
        .zip(address())
        .and_then(|(parameter, url)| url.search_params().get(parameter))
        .unwrap_or_default()
}

/// Puts `text` in the address as `parameter` (removed when empty), in place: typing makes no
/// history entries. Without a parameter the address is left alone.
pub fn keep_search_in_address(parameter: Option<&str>, text: &str) {
    let Some((parameter, url)) = parameter.zip(address()) else {
        return;
    };
    let params = url.search_params();
    if text.is_empty() {
        params.delete(parameter);
    } else {
        params.set(parameter, text);
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
