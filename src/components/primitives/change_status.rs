//! [`ChangeStatus`]: how a change to a link stands, in the same words wherever it is made.

use leptos::html;
use leptos::prelude::*;

use super::SignInForm;
use crate::links::{cancelled_words, unknown_words, Change, Dialog, LinkChanges, Outcome};
use crate::ui::{focus, ApiContext};

/// What the change made in `place` is doing and how it ended: the status line (sending, still
/// waiting), the problem (refused, unknown, cancelled, sign-in needed; announced), and Unleash's
/// sign-in form when a sign-in would let the change go through. Empty while the view's last change
/// was made elsewhere.
#[component]
pub fn ChangeStatus(
    /// The view's changes.
    changes: LinkChanges,
    /// Where the changes this status tells of are made: a dialog, or `None` for in place.
    place: Option<Dialog>,
    /// Where keyboard focus goes once a sign-in has sent the change on.
    #[prop(optional)]
    focus_after_sign_in: Option<NodeRef<html::Button>>,
) -> impl IntoView {
    let context = ApiContext::expect();
    let action = changes.action();
    let here = move || changes.shows_in(place);
    let status = move || {
        let change = action.change().filter(|_| here())?;
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
            &action.change().filter(|_| here())?,
            &action.outcome()?,
            context,
        ))
    };
    let sign_in = Memo::new(move |_| {
        here()
            && matches!(action.outcome(), Some(Outcome::NeedsSignIn(error)) if context.offers_sign_in_for(&error))
    });
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
