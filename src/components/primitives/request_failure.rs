//! [`RequestFailure`]: why reading from Unleash failed, with Unleash's sign-in when that helps.

use leptos::prelude::*;

use super::SignInForm;
use crate::api::ApiError;
use crate::ui::{live_text, live_view, ApiContext};

/// Why a read failed (the list, for a link's details), announced; with Unleash's sign-in when the
/// answer was 401 and the page offers it. Changes show their outcome with `ChangeStatus` instead.
#[component]
pub fn RequestFailure(
    /// The failure to show, if any.
    failure: RwSignal<Option<ApiError>>,
    /// Called once the user has signed in from here.
    #[prop(into)]
    on_signed_in: Callback<()>,
) -> impl IntoView {
    let context = ApiContext::expect();
    let message = move || failure.with(|failure| Some(context.describe(failure.as_ref()?)));
    let needs_sign_in = Memo::new(move |_| {
        failure.with(|failure| {
            failure
                .as_ref()
                .is_some_and(|failure| context.offers_sign_in_for(failure))
        })
    });
    view! {
        <p class="uil-error" role="alert">{live_text(move || message().unwrap_or_default())}</p>
        {live_view(move || needs_sign_in.get().then(|| view! { <SignInForm on_signed_in /> }.into_any()))}
    }
}
