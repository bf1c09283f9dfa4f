//! [`StateFilterSelect`]: "Show" all links or those in one state, with a count for each.

use leptos::prelude::*;

use crate::rules::link_order::StateFilter;
use crate::ui::{handler, live_flag, live_text, unique_id};

/// "Show": every link, or only the active, disabled or expired ones, each with how many there are.
#[component]
pub fn StateFilterSelect(
    /// The chosen filter.
    #[prop(into)]
    filter: Signal<StateFilter>,
    /// How many links each choice shows, in the order of [`StateFilter::ALL`].
    #[prop(into)]
    counts: Signal<[usize; 4]>,
    /// Called with the filter the user chose.
    #[prop(into)]
    on_choose: Callback<StateFilter>,
) -> impl IntoView {
    let filter_id = unique_id("uil-filter");
    let options = StateFilter::ALL
        .iter()
        .enumerate()
        .map(|(index, &choice)| {
            view! {
                <option value=index.to_string() selected=live_flag(move || filter.get() == choice)>
                    {live_text(move || format!("{} ({})", choice.label(), counts.with(|counts| counts[index])))}
                </option>
            }
        })
        .collect_view();
    let choose = move |event| {
        let index: usize = event_target_value(&event).parse().unwrap_or(0);
        on_choose.run(StateFilter::ALL.get(index).copied().unwrap_or_default());
    };
    view! {
        <span class="uil-pair">
            <label class="uil-label uil-inline" for=filter_id.clone()>"Show"</label>
            <select id=filter_id class="uil-select" on:change=handler(choose)>
                {options}
            </select>
        </span>
    }
}
