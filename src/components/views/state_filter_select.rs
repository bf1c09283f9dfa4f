//! [`StateFilterSelect`]: "Show" all links or those in one state, with a count for each.

use leptos::prelude::*;

use crate::links::LinkStore;
use crate::rules::link_order::StateFilter;
use crate::ui::{handler, live_flag, live_text, unique_id};
use crate::words;

/// "Show": every link, or only the active, disabled or expired ones, each with how many there are;
/// the choice is the store's, kept while the user looks at one link's details.
#[component]
pub fn StateFilterSelect(
    /// How many links each choice shows, in the order of [`StateFilter::ALL`].
    #[prop(into)]
    counts: Signal<[usize; 4]>,
    /// Called after the user chose.
    #[prop(into)]
    on_choose: Callback<()>,
) -> impl IntoView {
    let words = words::Words::expect();
    let store = LinkStore::expect();
    let filter_id = unique_id("uil-filter");
    let options = StateFilter::ALL
        .iter()
        .enumerate()
        .map(|(index, &choice)| {
            view! {
                <option value=index.to_string() selected=live_flag(move || store.filter() == choice)>
                    {live_text(move || words.get().fill(words::FILTER_COUNT, &[("filter", &words.get().filter(choice)), ("count", &words.get().number(counts.with(|counts| counts[index])))]))}
                </option>
            }
        })
        .collect_view();
    let choose = move |event| {
        let index: usize = event_target_value(&event).parse().unwrap_or(0);
        store.show(StateFilter::ALL.get(index).copied().unwrap_or_default());
        on_choose.run(());
    };
    view! {
        <span class="uil-pair">
            <label class="uil-label uil-inline" for=filter_id.clone()>{words.live(words::SHOW)}</label>
            <select id=filter_id class="uil-select" on:change=handler(choose)>
                {options}
            </select>
        </span>
    }
}
