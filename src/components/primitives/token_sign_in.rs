//! [`TokenSignIn`]: signing in with an API token instead of a password.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use crate::api::ApiToken;
use crate::ui::{clear_field, field_value, handler, unique_id, ApiContext};
use crate::words;

/// "Or an admin API token or personal access token": kept in memory only, and checked as it is
/// entered, so that a token a request could not carry (an invisible character pasted with it) is
/// named here and never sent.
#[component]
pub fn TokenSignIn(
    /// Where the sign-in form shows what is wrong.
    problem: RwSignal<Option<String>>,
    /// Called once a usable token has been entered.
    on_signed_in: Callback<()>,
) -> impl IntoView {
    let words = words::Words::expect();
    let context = ApiContext::expect();
    let token = NodeRef::<html::Input>::new();
    let token_id = unique_id("uil-token");
    let use_token = move |event: SubmitEvent| {
        event.prevent_default();
        match ApiToken::parse(&field_value(token)) {
            Ok(Some(entered)) => {
                clear_field(token);
                problem.set(None);
                context.sign_in_with_token(entered);
                on_signed_in.run(());
            }
            Ok(None) => problem.set(Some(words.get().text(words::NO_TOKEN))),
            Err(bad) => problem.set(Some(words.get().token_problem(&bad))),
        }
    };
    view! {
        <form class="uil-form" novalidate on:submit=handler(use_token)>
            <label class="uil-label" for=token_id.clone()>{words.live(words::OR_A_TOKEN)}</label>
            <input id=token_id class="uil-input" type="password" autocomplete="off" node_ref=token />
            <button class="uil-button" type="submit">{words.live(words::USE_TOKEN)}</button>
        </form>
    }
}
