//! [`NotFound`]: what an address the page does not know shows.

use leptos::prelude::*;

/// What an address the page does not know shows, with the way back to the list.
#[component]
pub fn NotFound(
    /// The address of the list of every link.
    list: String,
) -> impl IntoView {
    view! {
        <h1 class="uil-title">"Page not found"</h1>
        <p>"There is nothing at this address."</p>
        <p><a href=list>"Go to all invite links"</a></p>
    }
}
