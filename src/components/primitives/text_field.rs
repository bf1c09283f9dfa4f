//! [`TextField`]: a labelled text input with its problem beside it.

use leptos::html;
use leptos::prelude::*;

use crate::ui::{handler, live_text, unique_id};
use crate::words;

/// A labelled text input with the problem that concerns it shown (and announced) beside it.
#[component]
pub fn TextField(
    /// The visible label.
    label: words::Message,
    /// The input, read by the form at submit time.
    node_ref: NodeRef<html::Input>,
    /// What is wrong with the value, if anything.
    #[prop(into)]
    problem: Signal<Option<String>>,
    /// Called on every edit (a shown problem may no longer apply).
    #[prop(into, optional)]
    on_input: Option<Callback<()>>,
    /// Focus the input when it appears (the first field of a dialog).
    #[prop(optional)]
    autofocus: bool,
) -> impl IntoView {
    let [input_id, problem_id] = ["uil-field", "uil-field-problem"].map(unique_id);
    view! {
        <label class="uil-label" for=input_id.clone()>{words::Words::expect().live(label)}</label>
        <input
            id=input_id
            class="uil-input"
            node_ref=node_ref
            autofocus=autofocus
            required
            autocomplete="off"
            aria-describedby=problem_id.clone()
            aria-invalid=live_text(move || problem.get().is_some().to_string())
            on:input=handler(move |_| {
                if let Some(on_input) = on_input {
                    on_input.run(());
                }
            })
        />
        <p id=problem_id class="uil-field-problem" role="alert">{live_text(move || problem.get().unwrap_or_default())}</p>
    }
}
