use leptos::prelude::*;

use super::{Announcer, ModalDialog, RequestFailure};
use crate::api::{self, ApiError, PublicSignupToken, UpdateTokenRequest};
use crate::links::LinkStore;
use crate::ui::{focus_soon, ApiContext, PendingRequest};

/// "Disable link" (after a confirmation that says who keeps what) or "Enable link".
#[component]
pub fn LinkSwitch(
    /// The link to switch.
    link: Memo<Option<PublicSignupToken>>,
) -> impl IntoView {
    let context = ApiContext::expect();
    let store = LinkStore::expect();
    let announcer = Announcer::expect();
    let confirming = RwSignal::new(false);
    let switch_button = NodeRef::<leptos::html::Button>::new();
    let failure = RwSignal::new(None::<ApiError>);
    let request = PendingRequest::new();
    let pending = request.pending;
    let enabled = Memo::new(move |_| link.with(|link| link.as_ref().is_some_and(|t| t.enabled)));
    let name = move || {
        link.with(|link| {
            link.as_ref()
                .map(PublicSignupToken::shown_name)
                .unwrap_or_default()
        })
    };

    let last_wanted = RwSignal::new(None::<bool>);
    let switch = move |enable: bool| {
        let Some(known) = link.get_untracked() else {
            return;
        };
        last_wanted.set(Some(enable));
        failure.set(None);
        let config = context.api();
        let body = UpdateTokenRequest {
            expires_at: None,
            enabled: Some(enable),
        };
        request.start(
            async move { api::update_token(&config, &known, &body).await },
            move |result| match result {
                Ok(updated) => {
                    store.remember(updated);
                    confirming.set(false);
                    focus_soon(switch_button);
                    announcer.say(if enable {
                        "Link enabled."
                    } else {
                        "Link disabled."
                    });
                }
                Err(error) => failure.set(Some(error)),
            },
        );
    };

    view! {
        {move || if enabled.get() {
            view! {
                <button class="uil-button uil-danger" type="button" aria-haspopup="dialog" node_ref=switch_button on:click=move |_| {
                    failure.set(None);
                    confirming.set(true);
                }>
                    "Disable link"
                </button>
            }.into_any()
        } else {
            view! {
                <button class="uil-button" type="button" node_ref=switch_button disabled=move || pending.get() on:click=move |_| switch(true)>
                    "Enable link"
                </button>
            }.into_any()
        }}
        <p class="uil-error" role="alert" hidden=move || confirming.get() || failure.with(Option::is_none)>
            {move || failure.get().map(|failure| context.describe(&failure))}
        </p>
        <ModalDialog open=confirming title="Disable this link?" busy=pending>
            <p>"Nobody can join with “"{name}"” once it is disabled."</p>
            <p>"People who already joined through it keep their accounts. You can enable the link again later."</p>
            <RequestFailure failure on_signed_in=move |()| {
                failure.set(None);
                if let Some(enable) = last_wanted.get_untracked() {
                    switch(enable);
                }
            } />
            <p class="uil-status" role="status">{move || pending.get().then_some("Disabling…")}</p>
            <div class="uil-actions">
                <button class="uil-button" type="button" on:click=move |_| {
                    if request.cancel() {
                        store.reload();
                        announcer.say("Cancelled. Unleash may have disabled the link already: it is read again.");
                    }
                    confirming.set(false);
                }>
                    "Keep it enabled"
                </button>
                <button class="uil-button uil-danger" type="button" disabled=move || pending.get() on:click=move |_| switch(false)>
                    "Disable link"
                </button>
            </div>
        </ModalDialog>
    }
}
