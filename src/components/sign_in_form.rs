use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use crate::api::{self, ApiError, LoginRequest};
use crate::ui::{clear_field, field_value, unique_id, ApiContext, PendingRequest};

/// Unleash's own sign-in (user name and password), or an API token kept in memory only.
#[component]
pub fn SignInForm(
    /// Called once the user is signed in, or has entered a token.
    #[prop(into)]
    on_signed_in: Callback<()>,
) -> impl IntoView {
    let context = ApiContext::expect();
    let username = NodeRef::<html::Input>::new();
    let password = NodeRef::<html::Input>::new();
    let token = NodeRef::<html::Input>::new();
    let request = PendingRequest::new();
    let pending = request.pending;
    let problem = RwSignal::new(None::<String>);
    let [title_id, username_id, password_id, token_id] = [
        "uil-sign-in-title",
        "uil-username",
        "uil-password",
        "uil-token",
    ]
    .map(unique_id);

    let sign_in = move |event: SubmitEvent| {
        event.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let login = LoginRequest {
            username: field_value(username).trim().to_owned(),
            password: field_value(password),
        };
        if login.username.is_empty() || login.password.is_empty() {
            problem.set(Some(
                "Enter your Unleash user name and password.".to_owned(),
            ));
            return;
        }
        problem.set(None);
        let config = context.api();
        request.start(
            async move { api::sign_in(&config, &login).await },
            move |result| match result {
                Ok(()) => {
                    clear_field(password);
                    on_signed_in.run(());
                    context.reload();
                }
                Err(error) => problem.set(Some(sign_in_problem(&error))),
            },
        );
    };
    let use_token = move |event: SubmitEvent| {
        event.prevent_default();
        let entered = field_value(token);
        if entered.trim().is_empty() {
            problem.set(Some(
                "Paste an admin API token or a personal access token.".to_owned(),
            ));
            return;
        }
        context.use_entered_token(entered);
        clear_field(token);
        problem.set(None);
        on_signed_in.run(());
    };

    view! {
        <section class="uil-sign-in" aria-labelledby=title_id.clone()>
            <h3 id=title_id.clone()>"Sign in to Unleash"</h3>
            <form class="uil-form" novalidate on:submit=sign_in>
                <label class="uil-label" for=username_id.clone()>"User name"</label>
                <input
                    id=username_id
                    class="uil-input"
                    autocomplete="username"
                    node_ref=username
                />
                <label class="uil-label" for=password_id.clone()>"Password"</label>
                <input
                    id=password_id
                    class="uil-input"
                    type="password"
                    autocomplete="current-password"
                    node_ref=password
                />
                <button class="uil-button uil-primary" type="submit" disabled=move || pending.get()>
                    "Sign in"
                </button>
            </form>
            <form class="uil-form" novalidate on:submit=use_token>
                <label class="uil-label" for=token_id.clone()>"Or an admin API token or personal access token"</label>
                <input
                    id=token_id
                    class="uil-input"
                    type="password"
                    autocomplete="off"
                    node_ref=token
                />
                <button class="uil-button" type="submit">"Use token"</button>
            </form>
            <p class="uil-error" role="alert">{move || problem.get()}</p>
        </section>
    }
}

fn sign_in_problem(error: &ApiError) -> String {
    match (error.status(), error.server_message()) {
        (Some(401), Some(message)) => message.to_owned(),
        (Some(401), None) => "Wrong user name or password.".to_owned(),
        (Some(429), _) => format!(
            "Too many sign-in attempts: Unleash allows 10 a minute. Wait {}, then sign in again, or use a token.",
            error.wait_in_words()
        ),
        _ => error.describe(),
    }
}
