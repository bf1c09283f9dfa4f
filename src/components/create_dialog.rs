use std::time::Duration;

use leptos::ev::{Event, SubmitEvent};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{
    clear_field, field_value, unique_id, ApiContext, ExpiryChoice, ExpiryField, SignInForm,
};
use crate::api::{self, ApiError, CreateTokenRequest, ErrorKind, PublicSignupToken};
use crate::local_time;

/// After this long without an answer, the dialog says it is still waiting.
const SLOW_ANSWER: Duration = Duration::from_secs(5);

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
) -> impl IntoView {
    let context = ApiContext::expect();
    let dialog_ref = NodeRef::<html::Dialog>::new();
    let name_ref = NodeRef::<html::Input>::new();
    let create_ref = NodeRef::<html::Button>::new();
    let [title_id, form_id, name_id, name_problem_id] = [
        "uil-dialog-title",
        "uil-create-form",
        "uil-name",
        "uil-name-problem",
    ]
    .map(unique_id);

    let expiry_choice = RwSignal::new(ExpiryChoice::default());
    let custom_expiry = RwSignal::new(String::new());
    let name_problem = RwSignal::new(None::<String>);
    let expiry_problem = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let slow = RwSignal::new(false);
    let notice = RwSignal::new(String::new());

    Effect::new(move |_| {
        let should_be_open = open.get();
        let Some(dialog) = dialog_ref.get() else {
            return;
        };
        if should_be_open && !dialog.open() {
            failure.set(None);
            notice.set(String::new());
            let _ = dialog.show_modal();
        } else if !should_be_open && dialog.open() {
            dialog.close();
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
    let needs_sign_in = move || {
        context.offer_sign_in
            && failure.with(|f| {
                f.as_ref()
                    .is_some_and(|f| f.kind() == ErrorKind::SignInRequired)
            })
    };

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let now = local_time::now();
        let name = field_value(name_ref).trim().to_owned();
        let expires_at = expiry_choice
            .get_untracked()
            .expires_at(&custom_expiry.get_untracked(), now);
        name_problem.set(
            name.is_empty()
                .then(|| "Enter a name for the link.".to_owned()),
        );
        expiry_problem.set(expires_at.as_ref().err().cloned());
        if name.is_empty() {
            if let Some(input) = name_ref.get_untracked() {
                let _ = input.focus();
            }
            return;
        }
        let Ok(expires_at) = expires_at else { return };
        let request = CreateTokenRequest { name, expires_at };
        pending.set(true);
        failure.set(None);
        notice.set(String::new());
        let slow_timer = set_timeout_with_handle(move || slow.set(true), SLOW_ANSWER).ok();
        let config = context.config.get_untracked();
        spawn_local(async move {
            let result = api::create_token(&config, &request).await;
            if let Some(timer) = slow_timer {
                timer.clear();
            }
            pending.set(false);
            slow.set(false);
            match result {
                Ok(created) => {
                    clear_field(name_ref);
                    expiry_choice.set(ExpiryChoice::default());
                    custom_expiry.set(String::new());
                    open.set(false);
                    on_created.run(created.token);
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };

    let on_cancel_event = move |event: Event| {
        if pending.get_untracked() {
            event.prevent_default();
        }
    };
    let after_sign_in = move |()| {
        failure.set(None);
        notice.set("Signed in. Press Create to make the link.".to_owned());
        if let Some(button) = create_ref.get_untracked() {
            let _ = button.focus();
        }
    };
    let status = move || {
        if slow.get() {
            "Still waiting for Unleash. The link is created once, however long this takes."
                .to_owned()
        } else if pending.get() {
            "Creating the link…".to_owned()
        } else {
            notice.get()
        }
    };

    view! {
        <dialog
            class="uil-dialog"
            aria-labelledby=title_id.clone()
            node_ref=dialog_ref
            on:cancel=on_cancel_event
            on:close=move |_| open.set(false)
        >
            <h2 id=title_id.clone() class="uil-dialog-title">"Create invite link"</h2>
            <form id=form_id.clone() class="uil-form" novalidate on:submit=submit>
                <label class="uil-label" for=name_id.clone()>"Name"</label>
                <input
                    id=name_id.clone()
                    class="uil-input"
                    node_ref=name_ref
                    autofocus
                    required
                    autocomplete="off"
                    aria-describedby=name_problem_id.clone()
                    aria-invalid=move || shown_name_problem.get().is_some().to_string()
                    on:input=move |_| name_problem.set(None)
                />
                <p id=name_problem_id.clone() class="uil-field-problem" role="alert">{move || shown_name_problem.get()}</p>
                <ExpiryField
                    choice=expiry_choice
                    custom_value=custom_expiry
                    problem=shown_expiry_problem
                    on_change=move |()| expiry_problem.set(None)
                />
                <p class="uil-note">"People who join through this link get the Viewer role."</p>
            </form>
            <p class="uil-error" role="alert">{move || failure.get().map(|f| describe_failure(&f, context))}</p>
            {move || needs_sign_in().then(|| view! { <SignInForm on_signed_in=after_sign_in /> })}
            <p class="uil-status" role="status">{status}</p>
            <div class="uil-actions">
                <button
                    class="uil-button"
                    type="button"
                    disabled=move || pending.get()
                    on:click=move |_| open.set(false)
                >
                    "Cancel"
                </button>
                <button
                    class="uil-button uil-primary"
                    type="submit"
                    form=form_id.clone()
                    node_ref=create_ref
                    disabled=move || pending.get()
                    aria-busy=move || pending.get().to_string()
                >
                    "Create"
                </button>
            </div>
        </dialog>
    }
}

/// What went wrong, and for an answer that could not be read, that the link may exist all the same.
fn describe_failure(failure: &ApiError, context: ApiContext) -> String {
    match failure {
        ApiError::UnreadableAnswer { .. } => format!(
            "{} The link may have been created: reload the page and check the list before trying again.",
            failure.describe()
        ),
        _ => context.describe(failure),
    }
}
