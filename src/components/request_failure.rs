use leptos::prelude::*;

use super::SignInForm;
use crate::api::{ApiError, ErrorKind};
use crate::ui::ApiContext;

/// Why a request failed, announced; with Unleash's sign-in when the answer was 401 and the page
/// offers it.
#[component]
pub fn RequestFailure(
    /// The failure to show, if any.
    failure: RwSignal<Option<ApiError>>,
    /// Called once the user has signed in from here.
    #[prop(into)]
    on_signed_in: Callback<()>,
    /// Added when the answer could not be read, e.g. that the change may have happened all the same.
    #[prop(optional)]
    unreadable_hint: Option<&'static str>,
) -> impl IntoView {
    let context = ApiContext::expect();
    let message = move || {
        failure.with(|failure| {
            let failure = failure.as_ref()?;
            let described = context.describe(failure);
            Some(match (failure, unreadable_hint) {
                (ApiError::UnreadableAnswer { .. }, Some(hint)) => format!("{described} {hint}"),
                _ => described,
            })
        })
    };
    Effect::new(move |_| {
        let signed_out = failure.with(|failure| {
            failure
                .as_ref()
                .is_some_and(|failure| failure.kind() == ErrorKind::SignInRequired)
        });
        if signed_out {
            context.sign_in_needed();
        }
    });
    let needs_sign_in = move || {
        context.offers_sign_in()
            && failure.with(|failure| {
                failure
                    .as_ref()
                    .is_some_and(|failure| failure.kind() == ErrorKind::SignInRequired)
            })
    };
    view! {
        <p class="uil-error" role="alert">{message}</p>
        {move || needs_sign_in().then(|| view! { <SignInForm on_signed_in /> })}
    }
}
