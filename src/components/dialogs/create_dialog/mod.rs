//! [`CreateLinkDialog`]: "Create invite link", which turns into the link it made.

use leptos::html;
use leptos::prelude::*;

mod created_link;

use crate::api::CreateTokenRequest;
use crate::components::primitives::{
    ChangeForm, Dialog, ExpiryField, ExpiryInput, LinkChanges, ModalDialog, TextField,
};
use crate::rules::outcome::Outcome;
use crate::rules::shown_text::one_line;
use crate::ui::{field_value, focus, live_text, live_view, use_now};
use crate::words;
use created_link::CreatedLink;

/// The modal dialog "Create invite link": a name and an expiry, then, once Unleash has made the link,
/// the link itself with "Copy link" (focused), its name, expiry and state, and "Done".
///
/// One press of "Create" sends at most one request. What was typed stays until the link is made.
#[component]
pub fn CreateLinkDialog(
    /// The list's changes, which open and close the dialog.
    changes: LinkChanges,
) -> impl IntoView {
    let words = words::Words::expect();
    let action = changes.action();
    let created = Memo::new(move |_| action.created());
    let showing_link = Memo::new(move |_| created.with(Option::is_some));
    let title = Signal::derive(move || {
        if showing_link.get() {
            words.get().text(words::INVITE_LINK_CREATED)
        } else {
            words.get().text(words::CREATE_INVITE_LINK)
        }
    });
    let close = move |()| changes.close();
    view! {
        <ModalDialog open=Signal::derive(move || changes.is_open(Dialog::Create)) title on_close=close>
            {live_view(move || Some(match created.get() {
                Some(token) => {
                    let found_after_lost_answer =
                        untrack(|| matches!(action.outcome(), Some(Outcome::Unknown { .. })));
                    let maker_unknown = found_after_lost_answer && !action.knows_who_created();
                    view! { <CreatedLink token found_after_lost_answer maker_unknown on_done=close /> }.into_any()
                }
                None => view! { <CreateForm changes /> }.into_any(),
            }))}
        </ModalDialog>
    }
}

/// The name and expiry of a new link, and "Create". A second create of a name whose first create got
/// no answer asks first: that link may exist already.
#[component]
fn CreateForm(changes: LinkChanges) -> impl IntoView {
    let words = words::Words::expect();
    let action = changes.action();
    let name_ref = NodeRef::<html::Input>::new();
    let expiry = ExpiryInput::new();
    let name_problem = RwSignal::new(None::<String>);
    let asking = RwSignal::new(None::<String>);
    let now = use_now();
    let shown_name_problem =
        Signal::derive(move || name_problem.get().or_else(|| action.refusal_for("name")));
    let refused_expiry = Signal::derive(move || action.refusal_for("expiresAt"));
    let submit = move |()| {
        let name = field_value(name_ref).trim().to_owned();
        let expires_at = expiry.read(now());
        name_problem.set(
            name.is_empty()
                .then(|| words.get().text(words::NO_NAME_ENTERED)),
        );
        if name.is_empty() {
            focus(name_ref);
            return;
        }
        let Some(expires_at) = expires_at else { return };
        if action.may_exist(&name) && asking.get_untracked().as_deref() != Some(name.as_str()) {
            asking.set(Some(name));
            return;
        }
        asking.set(None);
        changes.create(CreateTokenRequest { name, expires_at });
    };
    let submit_label = Signal::derive(move || {
        if asking.with(Option::is_some) {
            words.get().text(words::CREATE_ANOTHER)
        } else {
            words.get().text(words::CREATE)
        }
    });
    view! {
        <ChangeForm changes dialog=Dialog::Create submit_label on_submit=submit>
            <TextField
                label=words::NAME
                node_ref=name_ref
                problem=shown_name_problem
                on_input=move |()| {
                    name_problem.set(None);
                    asking.set(None);
                }
                autofocus=true
            />
            <ExpiryField input=expiry refused=refused_expiry />
            <p class="uil-note">{words.live(words::JOINERS_ARE_VIEWERS)}</p>
            <p class="uil-warning" role="alert">
                {live_text(move || asking.get().map(|name| words.get().may_exist_already(&one_line(&name))).unwrap_or_default())}
            </p>
        </ChangeForm>
    }
}
