//! [`SearchField`]: "Find" a link by name, as the user types.

use leptos::prelude::*;

use crate::ui::search_text::keep_search_in_address;
use crate::ui::{handler, live_text, unique_id, ApiContext};
use crate::words;

/// "Find": the list keeps the links whose name holds every word typed (case and accents aside);
/// the text stays in the address when the host wants it there (`?q=` by default).
#[component]
pub fn SearchField(
    /// What the user typed.
    search: RwSignal<String>,
    /// Called after each change of the text.
    #[prop(into)]
    on_search: Callback<()>,
) -> impl IntoView {
    let words = words::Words::expect();
    let search_id = unique_id("uil-search");
    let parameter = ApiContext::expect().search_parameter();
    let typed = move |event| {
        let text = event_target_value(&event);
        keep_search_in_address(parameter.as_deref(), &text);
        search.set(text);
        on_search.run(());
    };
    view! {
        <span class="uil-pair">
            <label class="uil-label uil-inline" for=search_id.clone()>{words.live(words::FIND)}</label>
            <input id=search_id class="uil-input uil-search" type="search" autocomplete="off"
                placeholder=live_text(words.live(words::LINK_NAME)) prop:value=live_text(move || search.get()) on:input=handler(typed) />
        </span>
    }
}
