//! [`ChangeStatus`]: how a change to a link stands, in the same words wherever it is made.

use leptos::html;
use leptos::prelude::*;

use super::SignInForm;
use crate::links::{cancelled_words, unknown_words, Change, LinkAction, Outcome};
use crate::ui::{focus, ApiContext};

/// What a [`LinkAction`] is doing and how its change ended: the status line (sending, still
/// waiting), the problem (refused, unknown, cancelled, sign-in needed; announced), and Unleash's
/// sign-in form when a sign-in would let the change go through.
#[component]
pub fn ChangeStatus(
    /// The action whose change this is.
    action: LinkAction,
    /// Where keyboard focus goes once a sign-in has sent the change on.
    #[prop(optional)]
    focus_after_sign_in: Option<NodeRef<html::Button>>,
) -> impl IntoView {
    let context = ApiContext::expect();
    let status = move || {
        let change = action.change()?;
        action.pending().then(|| {
            if action.slow() {
                "Still waiting for Unleash. Cancel stops waiting, but the change may then happen all the same."
            } else {
                change.sending_words()
            }
        })
    };
    let problem = move || {
        Some(problem_words(
            &action.change()?,
            &action.outcome()?,
            context,
        ))
    };
    let sign_in = Memo::new(
        move |_| matches!(action.outcome(), Some(Outcome::NeedsSignIn(error)) if context.offers_sign_in_for(&error)),
    );
    let signed_in = move |()| {
        action.carry_on();
        if let Some(button) = focus_after_sign_in {
            focus(button);
        }
    };
    view! {
        <p class="uil-status" role="status">{status}</p>
        <p class="uil-error" role="alert">{problem}</p>
        {move || sign_in.get().then(|| view! { <SignInForm on_signed_in=signed_in /> })}
    }
}

/// The words for how `change` ended, when there is a problem to tell.
fn problem_words(change: &Change, outcome: &Outcome, context: ApiContext) -> String {
    match outcome {
        Outcome::Done(_) => String::new(),
        Outcome::Refused(error) => context.describe(error),
        Outcome::NeedsSignIn(error) if context.offers_sign_in_for(error) => format!(
            "Sign in to Unleash to continue: once you are signed in, {}.",
            change.after_sign_in()
        ),
        Outcome::NeedsSignIn(error) => context.describe(error),
        Outcome::Unknown { cause, check } => unknown_words(change, cause, check),
        Outcome::Cancelled => cancelled_words(change),
    }
}
