use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use super::{ExpiryChoice, ExpiryField, ModalDialog, RequestFailure, TextField};
use crate::api::{self, ApiError, CreateTokenRequest, PublicSignupToken};
use crate::ui::{
    clear_field, field_value, focus, submit_again, unique_id, use_now, ApiContext, PendingRequest,
};

/// The modal dialog "Create invite link": name, expiry, and the request that creates the link.
///
/// One press of "Create" sends at most one request. On failure the dialog stays open with what was
/// typed and says what went wrong, beside the field it concerns when the server names one.
#[component]
pub fn CreateLinkDialog(
    /// Whether the dialog is shown; the dialog sets it to false when it closes itself.
    open: RwSignal<bool>,
    /// Called with the new link after Unleash has created it.
    #[prop(into)]
    on_created: Callback<PublicSignupToken>,
    /// Called when the user cancelled while Unleash had not answered yet: the link may exist.
    #[prop(into)]
    on_cancelled: Callback<()>,
) -> impl IntoView {
    let context = ApiContext::expect();
    let name_ref = NodeRef::<html::Input>::new();
    let form_ref = NodeRef::<html::Form>::new();
    let create_ref = NodeRef::<html::Button>::new();
    let form_id = unique_id("uil-create-form");
    let expiry_choice = RwSignal::new(ExpiryChoice::default());
    let custom_expiry = RwSignal::new(String::new());
    let name_problem = RwSignal::new(None::<String>);
    let expiry_problem = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<ApiError>);
    let request = PendingRequest::new();
    let now = use_now();

    Effect::new(move |_| {
        if open.get() {
            failure.set(None);
        }
    });
    let shown_name_problem = Signal::derive(move || {
        name_problem
            .get()
            .or_else(|| failure.with(|f| f.as_ref()?.field_message("name").map(str::to_owned)))
    });
    let shown_expiry_problem = Signal::derive(move || {
        expiry_problem
            .get()
            .or_else(|| failure.with(|f| f.as_ref()?.field_message("expiresAt").map(str::to_owned)))
    });

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        if request.pending.get_untracked() {
            return;
        }
        let name = field_value(name_ref).trim().to_owned();
        let expires_at = expiry_choice
            .get_untracked()
            .expires_at(&custom_expiry.get_untracked(), now());
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
        let body = CreateTokenRequest { name, expires_at };
        failure.set(None);
        let config = context.api();
        request.start(
            async move { api::create_token(&config, &body).await },
            move |result| match result {
                Ok(created) => {
                    clear_field(name_ref);
                    expiry_choice.set(ExpiryChoice::default());
                    custom_expiry.set(String::new());
                    on_created.run(created.token);
                    open.set(false);
                }
                Err(error) => failure.set(Some(error)),
            },
        );
    };
    let cancel = move || {
        if request.cancel() {
            on_cancelled.run(());
        }
        open.set(false);
    };
    let after_sign_in = move |()| {
        failure.set(None);
        focus(create_ref);
        submit_again(form_ref);
    };
    let status = move || {
        if request.slow.get() {
            "Still waiting for Unleash. The link is created once, however long this takes."
                .to_owned()
        } else if request.pending.get() {
            "Creating the link…".to_owned()
        } else {
            String::new()
        }
    };
    let pending = request.pending;

    view! {
        <ModalDialog open title="Create invite link" busy=pending>
            <form id=form_id.clone() class="uil-form" novalidate on:submit=submit node_ref=form_ref>
                <TextField
                    label="Name"
                    node_ref=name_ref
                    problem=shown_name_problem
                    on_input=move |()| name_problem.set(None)
                    autofocus=true
                />
                <ExpiryField
                    choice=expiry_choice
                    custom_value=custom_expiry
                    problem=shown_expiry_problem
                    on_change=move |()| expiry_problem.set(None)
                />
                <p class="uil-note">"People who join through this link get the Viewer role."</p>
            </form>
            <RequestFailure
                failure
                on_signed_in=after_sign_in
                unreadable_hint="The link may have been created: reload the page and check the list before trying again."
            />
            <p class="uil-status" role="status">{status}</p>
            <div class="uil-actions">
                <button class="uil-button" type="button" on:click=move |_| cancel()>
                    "Cancel"
                </button>
                <button
                    class="uil-button uil-primary"
                    type="submit"
                    form=form_id
                    node_ref=create_ref
                    disabled=move || pending.get()
                    aria-busy=move || pending.get().to_string()
                >
                    "Create"
                </button>
            </div>
        </ModalDialog>
    }
}
