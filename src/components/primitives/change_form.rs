//! [`ChangeForm`]: the body of every dialog that changes a link: fields, status, and actions.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use super::ChangeStatus;
use crate::links::LinkAction;
use crate::ui::unique_id;

/// A dialog's form for one change: its fields, the change's [`ChangeStatus`], and the actions (Cancel,
/// then the button that sends). While the change is on its way the send button stays focusable but
/// does nothing, so one press sends one request.
#[component]
pub fn ChangeForm(
    /// The action that sends the change.
    action: LinkAction,
    /// The send button's label, such as "Create".
    #[prop(into)]
    submit_label: Signal<&'static str>,
    /// The cancel button's label.
    #[prop(default = "Cancel")]
    cancel_label: &'static str,
    /// Shows the send button as destructive (Disable).
    #[prop(optional)]
    danger: bool,
    /// Reads the fields and asks `action` for the change; called on submit while nothing is on its way.
    #[prop(into)]
    on_submit: Callback<()>,
    /// Closes the dialog (after the action has cancelled what was on its way).
    #[prop(into)]
    on_cancel: Callback<()>,
    /// True while another change to the same link is on its way: sending waits for it.
    #[prop(into, optional)]
    waits_for_other: Signal<bool>,
    /// The form's fields and notes.
    children: Children,
) -> impl IntoView {
    let form_id = unique_id("uil-change-form");
    let submit_ref = NodeRef::<html::Button>::new();
    let busy = move || action.pending() || waits_for_other.get();
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        if !untrack(busy) {
            on_submit.run(());
        }
    };
    view! {
        <form id=form_id.clone() class="uil-form" novalidate on:submit=submit>
            {children()}
        </form>
        <ChangeStatus action focus_after_sign_in=submit_ref />
        <p class="uil-note" role="status">
            {move || waits_for_other.get().then_some("Another change to this link is on its way: this one can be sent once it has its answer.")}
        </p>
        <div class="uil-actions">
            <button class="uil-button" type="button" on:click=move |_| {
                action.cancel();
                on_cancel.run(());
            }>
                {cancel_label}
            </button>
            <button
                class="uil-button"
                class:uil-primary=!danger
                class:uil-danger=danger
                type="submit"
                form=form_id
                node_ref=submit_ref
                aria-disabled=move || busy().to_string()
                aria-busy=move || action.pending().to_string()
            >
                {submit_label}
            </button>
        </div>
    }
}
