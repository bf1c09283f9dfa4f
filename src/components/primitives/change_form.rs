//! [`ChangeForm`]: the body of every dialog that changes a link: fields, status, and actions.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use super::ChangeStatus;
use super::{Dialog, LinkChanges};
use crate::ui::{handler, live_text, unique_id};
use crate::words;

/// A dialog's form for one change: its fields, the change's [`ChangeStatus`], and the actions (Cancel,
/// then the button that sends). While a change is on its way the send button stays focusable but
/// does nothing, so one press sends one request.
#[component]
pub fn ChangeForm(
    /// The view's changes.
    changes: LinkChanges,
    /// The dialog this form is the body of.
    dialog: Dialog,
    /// The send button's label, such as "Create".
    #[prop(into)]
    submit_label: Signal<String>,
    /// The cancel button's label; "Cancel" when not given.
    #[prop(optional, into)]
    cancel_label: Option<Signal<String>>,
    /// Shows the send button as destructive (Disable).
    #[prop(optional)]
    danger: bool,
    /// Reads the fields and sends the change through `changes`; called on submit while nothing is
    /// on its way.
    #[prop(into)]
    on_submit: Callback<()>,
    /// The form's fields and notes.
    children: Children,
) -> impl IntoView {
    let words = words::Words::expect();
    let form_id = unique_id("uil-change-form");
    let submit_ref = NodeRef::<html::Button>::new();
    let place = Some(dialog);
    let busy = move || changes.busy(place);
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        if !untrack(busy) {
            on_submit.run(());
        }
    };
    view! {
        <form id=form_id.clone() class="uil-form" novalidate on:submit=handler(submit)>
            {children()}
        </form>
        <ChangeStatus changes place focus_after_sign_in=submit_ref />
        <p class="uil-note" role="status">
            {live_text(move || if changes.waits_for_other(place) { words.get().text(words::WAITS_FOR_OTHER) } else { String::new() })}
        </p>
        <div class="uil-actions">
            <button class="uil-button" type="button" on:click=handler(move |_| changes.close())>
                {live_text(move || cancel_label.map_or_else(|| words.get().text(words::CANCEL), |label| label.get()))}
            </button>
            <button
                class="uil-button"
                class:uil-primary=!danger
                class:uil-danger=danger
                type="submit"
                form=form_id
                node_ref=submit_ref
                aria-disabled=live_text(move || busy().to_string())
                aria-busy=live_text(move || (changes.action().pending() && changes.shows_in(place)).to_string())
            >
                {submit_label}
            </button>
        </div>
    }
}
