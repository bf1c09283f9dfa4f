use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::{Announcer, ExpiryChoice, ExpiryField, ModalDialog, RequestFailure};
use crate::api::{self, ApiError, PublicSignupToken, UpdateTokenRequest};
use crate::links::LinkStore;
use crate::ui::{submit_again, unique_id, use_now, ApiContext, PendingRequest};

/// "Change expiry": a new expiry for an existing link, longer or shorter, expired or not, with the
/// same choices and limits as a new link.
#[component]
pub fn ChangeExpiryDialog(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
    /// The link to change.
    link: Memo<Option<PublicSignupToken>>,
) -> impl IntoView {
    let context = ApiContext::expect();
    let store = LinkStore::expect();
    let announcer = Announcer::expect();
    let form_id = unique_id("uil-expiry-form");
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let choice = RwSignal::new(ExpiryChoice::default());
    let custom_value = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<ApiError>);
    let request = PendingRequest::new();
    let pending = request.pending;
    let now = use_now();

    Effect::new(move |_| {
        if open.get() {
            failure.set(None);
            problem.set(None);
        }
    });
    let shown_problem = Signal::derive(move || {
        problem
            .get()
            .or_else(|| failure.with(|f| f.as_ref()?.field_message("expiresAt").map(str::to_owned)))
    });
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        let Some(known) = link.get_untracked() else {
            return;
        };
        if pending.get_untracked() {
            return;
        }
        let expires_at = match choice
            .get_untracked()
            .expires_at(&custom_value.get_untracked(), now())
        {
            Ok(expires_at) => expires_at,
            Err(reason) => {
                problem.set(Some(reason));
                return;
            }
        };
        failure.set(None);
        let config = context.api();
        let body = UpdateTokenRequest {
            expires_at: Some(expires_at),
            enabled: None,
        };
        request.start(
            async move { api::update_token(&config, &known, &body).await },
            move |result| match result {
                Ok(updated) => {
                    store.remember(updated);
                    announcer.say("Expiry changed.");
                    open.set(false);
                }
                Err(error) => failure.set(Some(error)),
            },
        );
    };
    let status = move || {
        if request.slow.get() {
            "Still waiting for Unleash…"
        } else if pending.get() {
            "Saving…"
        } else {
            ""
        }
    };

    view! {
        <ModalDialog open title="Change expiry" busy=pending>
            <form id=form_id.clone() class="uil-form" novalidate on:submit=submit node_ref=form_ref>
                <p class="uil-note">
                    "Counted from now, for a link that has expired too. As for a new link, at most one month: "
                    "a forgotten link then stops working soon. Choose a shorter time to end the link sooner."
                </p>
                <ExpiryField choice custom_value problem=shown_problem on_change=move |()| problem.set(None) />
            </form>
            <RequestFailure failure on_signed_in=move |()| {
                failure.set(None);
                submit_again(form_ref);
            } />
            <p class="uil-status" role="status">{status}</p>
            <div class="uil-actions">
                <button class="uil-button" type="button" on:click=move |_| {
                    if request.cancel() {
                        store.reload();
                        announcer.say("Cancelled. Unleash may have changed the expiry already: the link is read again.");
                    }
                    open.set(false);
                }>
                    "Cancel"
                </button>
                <button class="uil-button uil-primary" type="submit" form=form_id disabled=move || pending.get()>
                    "Save expiry"
                </button>
            </div>
        </ModalDialog>
    }
}
