//! [`CreateLinkDialog`]: "Create invite link", which turns into the link it made.

use leptos::html;
use leptos::prelude::*;

use super::{start_afresh_on_open, CreatedLink};
use crate::api::CreateTokenRequest;
use crate::components::primitives::{
    ChangeForm, ExpiryChoice, ExpiryField, ModalDialog, TextField,
};
use crate::link_order::StateFilter;
use crate::links::{LinkAction, LinkStore, Outcome};
use crate::ui::{field_value, focus, use_now, ApiContext};

/// The modal dialog "Create invite link": a name and an expiry, then, once Unleash has made the link,
/// the link itself with "Copy link" (focused), its name, expiry and state, and "Done".
///
/// One press of "Create" sends at most one request. What was typed stays until the link is made.
#[component]
pub fn CreateLinkDialog(
    /// Whether the dialog is shown; the dialog sets it to false when it closes.
    open: RwSignal<bool>,
) -> impl IntoView {
    let action = LinkAction::new();
    let store = LinkStore::expect();
    let context = ApiContext::expect();
    let created = Memo::new(move |_| action.created());
    let showing_link = Memo::new(move |_| created.with(Option::is_some));
    let title = Signal::derive(move || {
        if showing_link.get() {
            "Invite link created"
        } else {
            "Create invite link"
        }
    });
    start_afresh_on_open(action, open);
    Effect::new(move |_| {
        if showing_link.get() {
            store.filter.set(StateFilter::All);
        }
    });
    let close = move |()| open.set(false);
    view! {
        <ModalDialog open title on_close=move |()| _ = action.cancel()>
            {move || match created.get() {
                Some(token) => {
                    let found_after_lost_answer =
                        untrack(|| matches!(action.outcome(), Some(Outcome::Unknown { .. })));
                    let maker_unknown = found_after_lost_answer && context.signed_in_names().is_none();
                    view! { <CreatedLink token found_after_lost_answer maker_unknown on_done=close /> }.into_any()
                }
                None => view! { <CreateForm action on_cancel=close /> }.into_any(),
            }}
        </ModalDialog>
    }
}

/// The name and expiry of a new link, and "Create". A second create of a name whose first create got
/// no answer asks first: that link may exist already.
#[component]
fn CreateForm(action: LinkAction, #[prop(into)] on_cancel: Callback<()>) -> impl IntoView {
    let name_ref = NodeRef::<html::Input>::new();
    let choice = RwSignal::new(ExpiryChoice::default());
    let custom_value = RwSignal::new(String::new());
    let name_problem = RwSignal::new(None::<String>);
    let expiry_problem = RwSignal::new(None::<String>);
    let asking = RwSignal::new(None::<String>);
    let now = use_now();
    let shown_name_problem =
        Signal::derive(move || name_problem.get().or_else(|| action.refusal_for("name")));
    let shown_expiry_problem = Signal::derive(move || {
        expiry_problem
            .get()
            .or_else(|| action.refusal_for("expiresAt"))
    });
    let submit = move |()| {
        let name = field_value(name_ref).trim().to_owned();
        let expires_at = choice
            .get_untracked()
            .expires_at(&custom_value.get_untracked(), now());
        name_problem.set(
            name.is_empty()
                .then(|| "Enter a name for the link.".to_owned()),
        );
        expiry_problem.set(expires_at.as_ref().err().cloned());
        if name.is_empty() {
            focus(name_ref);
            return;
        }
        let Ok(expires_at) = expires_at else { return };
        if action.may_exist(&name) && asking.get_untracked().as_deref() != Some(name.as_str()) {
            asking.set(Some(name));
            return;
        }
        asking.set(None);
        action.create(CreateTokenRequest { name, expires_at });
    };
    let submit_label = Signal::derive(move || {
        if asking.with(Option::is_some) {
            "Create another"
        } else {
            "Create"
        }
    });
    view! {
        <ChangeForm action submit_label on_submit=submit on_cancel>
            <TextField
                label="Name"
                node_ref=name_ref
                problem=shown_name_problem
                on_input=move |()| {
                    name_problem.set(None);
                    asking.set(None);
                }
                autofocus=true
            />
            <ExpiryField choice custom_value problem=shown_expiry_problem on_change=move |()| expiry_problem.set(None) />
            <p class="uil-note">"People who join through this link get the Viewer role."</p>
            <p class="uil-warning" role="alert">
                {move || asking.get().map(|name| format!(
                    "Unleash may already have made a link named “{name}”: it did not answer when you last pressed Create. \
                     Press Create another to make one more all the same, or Cancel and look in the list."
                ))}
            </p>
        </ChangeForm>
    }
}
