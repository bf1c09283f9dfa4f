//! [`SignInForm`]: Unleash's own sign-in inside the page, or a token instead.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use super::TokenSignIn;
use crate::api::{self, LoginRequest};
use crate::ui::{
    field_value, handler, live_flag, live_text, unique_id, ApiContext, PendingRequest,
};
use crate::words;

/// Unleash's own sign-in (user name and password), or an API token kept in memory only.
///
/// A sign-in belongs to the page, not to the form: if the form goes away while Unleash answers (the
/// user cancelled what needed it), the sign-in still completes and what was refused loads again.
#[component]
pub fn SignInForm(
    /// Called once the user is signed in, or has entered a token.
    #[prop(into)]
    on_signed_in: Callback<()>,
) -> impl IntoView {
    let words = words::Words::expect();
    let context = ApiContext::expect();
    let username = NodeRef::<html::Input>::new();
    let password = NodeRef::<html::Input>::new();
    let request = PendingRequest::owned_by(context.page());
    let problem = RwSignal::new(None::<String>);
    let [title_id, username_id, password_id] =
        ["uil-sign-in-title", "uil-username", "uil-password"].map(unique_id);

    let sign_in = move |event: SubmitEvent| {
        event.prevent_default();
        let login = LoginRequest {
            username: field_value(username).trim().to_owned(),
            password: field_value(password),
        };
        if login.username.is_empty() || login.password.is_empty() {
            problem.set(Some(words.get().text(words::NO_USER_NAME_OR_PASSWORD)));
            return;
        }
        problem.set(None);
        let config = context.api();
        request.start(
            async move { api::sign_in(&config, &login).await },
            move |result| match result {
                Ok(()) => {
                    if let Some(field) = password.try_get_untracked().flatten() {
                        field.set_value("");
                    }
                    on_signed_in.try_run(());
                    context.retry_refused();
                }
                Err(error) => problem.set(Some(words.get().sign_in_problem(&error))),
            },
        );
    };

    view! {
        <section class="uil-sign-in" aria-labelledby=title_id.clone()>
            <h3 id=title_id.clone()>{words.live(words::SIGN_IN_TO_UNLEASH)}</h3>
            <form class="uil-form" novalidate on:submit=handler(sign_in)>
                <label class="uil-label" for=username_id.clone()>{words.live(words::USER_NAME)}</label>
                <input id=username_id class="uil-input" autocomplete="username" node_ref=username />
                <label class="uil-label" for=password_id.clone()>{words.live(words::PASSWORD)}</label>
                <input
                    id=password_id
                    class="uil-input"
                    type="password"
                    autocomplete="current-password"
                    node_ref=password
                />
                <button class="uil-button uil-primary" type="submit" disabled=live_flag(move || request.pending())>
                    {words.live(words::SIGN_IN)}
                </button>
            </form>
            <TokenSignIn problem on_signed_in />
            <p class="uil-error" role="alert">{live_text(move || problem.get().unwrap_or_default())}</p>
        </section>
    }
}
