//! [`start_app`]: the standalone app in the language its user reads, with no English before it.

use crate::shell::app::App;
use crate::ui::language::read_catalogue;
use crate::words::{first_spoken, Catalogue, PAGE_TITLE};

/// Where the standalone page's catalogue files are when its start tag does not say.
const CATALOGUES: &str = "/lang";

/// Picks the language (the address's `?lang=`, else the first of the browser's preferred languages
/// the page speaks, else English), reads its catalogue, then names the document in it and mounts
/// [`App`], calling `mounted` in the same task. (Leptos's executor starts with the mount, so the
/// read before it runs on wasm-bindgen's.)
pub fn start_app(mounted: fn()) {
    let folder = start_tag_setting("data-lang").unwrap_or_else(|| CATALOGUES.to_owned());
    let language = first_spoken(wanted_languages().iter().map(String::as_str));
    wasm_bindgen_futures::spawn_local(async move {
        let catalogue = read_catalogue(language, &folder, &[])
            .await
            .unwrap_or_else(Catalogue::english);
        name_document(catalogue);
        CHOSEN.set(Some((catalogue.language(), folder)));
        leptos::mount::mount_to_body(App);
        mounted();
    });
}

thread_local! {
    /// The language [`start_app`] chose and the folder of the catalogues, for [`App`].
    static CHOSEN: std::cell::RefCell<Option<(&'static str, String)>> = const { std::cell::RefCell::new(None) };
}

/// The language and catalogue folder [`start_app`] chose; `None` before it did (English).
pub fn chosen_language() -> Option<(&'static str, String)> {
    CHOSEN.with_borrow(Clone::clone)
}

/// The document's language and title, in `catalogue`'s language.
fn name_document(catalogue: &Catalogue) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", catalogue.language());
    }
    document.set_title(&catalogue.text(PAGE_TITLE));
}

/// The languages the user asked for, most wanted first: the address's `?lang=`, then the browser's.
fn wanted_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let asked = window
        .location()
        .search()
        .ok()
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("lang"));
    let preferred = window.navigator().languages();
    asked
        .into_iter()
        .chain(preferred.iter().filter_map(|language| language.as_string()))
        .collect()
}

/// An attribute of `index.html`'s start tag (`#uil-start`, written by Trunk.toml's pattern_script).
fn start_tag_setting(name: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id("uil-start")?
        .get_attribute(name)
        .filter(|value| !value.trim().is_empty())
}
