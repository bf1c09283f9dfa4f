//! [`NotFound`]: what an address the page does not know shows.

use leptos::prelude::*;

use crate::words;

/// What an address the page does not know shows, with the way back to the list.
#[component]
pub fn NotFound(
    /// The address of the list of every link.
    list: String,
) -> impl IntoView {
    let words = words::Words::expect();
    view! {
        <h1 class="uil-title">{words.live(words::PAGE_NOT_FOUND)}</h1>
        <p>{words.live(words::NOTHING_HERE)}</p>
        <p><a href=list>{words.live(words::GO_TO_ALL)}</a></p>
    }
}
