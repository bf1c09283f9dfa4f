//! [`PageAddress`]: the address bar, as a page that brings its own routes follows it.
//!
//! Such a page (the standalone app, each `<unleash-invite-links>`) takes only the clicks on links
//! inside itself that lead below its base path, whole segments only. The host's own links, and the
//! links of another element on the same page, stay theirs: nothing listens to clicks on `window`.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlAnchorElement, MouseEvent, Url};

use crate::ui::base_path::BasePath;

/// The path in the address bar, kept current while the calling owner lives: a click on one of the
/// page's own links and the browser's Back and Forward move it.
#[derive(Clone, Copy)]
pub struct PageAddress {
    path: RwSignal<String>,
}

impl PageAddress {
    /// Follows the address bar until the calling owner is cleaned up.
    pub fn follow() -> Self {
        let path = RwSignal::new(current_path());
        let listener = window_event_listener(ev::popstate, move |_| path.set(current_path()));
        on_cleanup(move || listener.remove());
        PageAddress { path }
    }

    /// The path now (tracked).
    pub fn path(self) -> String {
        self.path.get()
    }

    /// Opens the link `click` was on, when that link is inside `page` (the element listening) and
    /// leads below `base`: the address bar changes without loading a page. Any other click is left
    /// to the browser and the host.
    pub fn open_clicked_link(self, click: &MouseEvent, base: &BasePath) {
        let Some(to) = own_link_target(click, base) else {
            return;
        };
        click.prevent_default();
        if to != current_address() {
            if let Ok(history) = window().history() {
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&to));
            }
        }
        self.path.set(current_path());
    }
}

/// Where a plain click on a link inside the listening element goes, when the page itself shows it.
fn own_link_target(click: &MouseEvent, base: &BasePath) -> Option<String> {
    let modified = click.meta_key() || click.ctrl_key() || click.shift_key() || click.alt_key();
    if click.default_prevented() || click.button() != 0 || modified {
        return None;
    }
    let page = click.current_target()?.dyn_into::<Element>().ok()?;
    let clicked = click.target()?.dyn_into::<Element>().ok()?;
    let link = clicked.closest("a[href]").ok()??;
    if !page.contains(Some(&link)) {
        return None;
    }
    let link = link.dyn_into::<HtmlAnchorElement>().ok()?;
    if !link.target().is_empty() || link.has_attribute("download") {
        return None;
    }
    let url = Url::new(&link.href()).ok()?;
    let same_origin = window().location().origin().ok()? == url.origin();
    let path = url.pathname();
    (same_origin && base.holds(&path)).then(|| format!("{path}{}{}", url.search(), url.hash()))
}

fn current_path() -> String {
    window().location().pathname().unwrap_or_default()
}

fn current_address() -> String {
    let location = window().location();
    let part = |read: Result<String, _>| read.unwrap_or_default();
    format!(
        "{}{}{}",
        part(location.pathname()),
        part(location.search()),
        part(location.hash())
    )
}
