//! [`MoreLinks`]: "Showing 50 of 10,000 links" and "Show 50 more".

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::{handler, live_flag, live_text};
use crate::words;

/// How many rows the list shows at first, and how many more each "Show more" adds: enough to fill
/// a screen, few enough that thousands of links render as quickly as ten.
pub const LINKS_PER_PAGE: usize = 50;

/// "Showing 50 of 10,000 links" and "Show 50 more", below a list that renders a page at a time.
/// After "Show more", the focus moves to the first row it revealed.
#[component]
pub fn MoreLinks(
    /// How many links the filter keeps.
    #[prop(into)]
    total: Signal<usize>,
    /// How many of them are rendered.
    showing: RwSignal<usize>,
    /// The table body whose rows these are.
    rows: NodeRef<html::Tbody>,
) -> impl IntoView {
    let words = words::Words::expect();
    let hidden = move || total.get() <= showing.get();
    let next = move || {
        total
            .get()
            .saturating_sub(showing.get())
            .min(LINKS_PER_PAGE)
    };
    let show_more = move |_| {
        let first_new = showing.get_untracked();
        showing.update(|showing| *showing += LINKS_PER_PAGE);
        focus_row_soon(rows, first_new);
    };
    view! {
        <div class="uil-more" hidden=live_flag(hidden)>
            <p class="uil-note" role="status">
                {live_text(move || if hidden() { String::new() } else { words.get().count(words::SHOWING_OF, total.get(), &[("showing", &words.get().number(showing.get())), ("total", &words.get().number(total.get()))]) })}
            </p>
            <button class="uil-button" type="button" on:click=handler(show_more)>
                {live_text(move || words.get().fill(words::SHOW_MORE, &[("count", &words.get().number(next()))]))}
            </button>
        </div>
    }
}

fn focus_row_soon(rows: NodeRef<html::Tbody>, index: usize) {
    request_animation_frame(move || {
        let link = rows
            .try_get_untracked()
            .flatten()
            .and_then(|body| body.children().item(index as u32))
            .and_then(|row| row.query_selector("a").ok().flatten())
            .and_then(|link| link.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(link) = link {
            let _ = link.focus();
        }
    });
}
