//! [`ChangeStatus`]: how a change to a link stands, in the same words wherever it is made.

use leptos::html;
use leptos::prelude::*;

use super::SignInForm;
use super::{Dialog, LinkChanges};
use crate::rules::outcome::Outcome;
use crate::ui::{focus, live_text, live_view, ApiContext};
use crate::words;

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
    let words = words::Words::expect();
    let context = ApiContext::expect();
    let action = changes.action();
    let here = move || changes.shows_in(place);
    let status = move || {
        let change = action.change().filter(|_| here())?;
        action.pending().then(|| {
            if action.slow() {
                words.get().text(words::STILL_WAITING)
            } else {
                words.get().sending(&change)
            }
        })
    };
    let problem = move || {
        words.get().outcome_problem(
            &action.change().filter(|_| here())?,
            &action.outcome()?,
            context.access(),
        )
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
        <p class="uil-status" role="status">{live_text(move || status().unwrap_or_default())}</p>
        <p class="uil-error" role="alert">{live_text(move || problem().unwrap_or_default())}</p>
        {live_view(move || sign_in.get().then(|| view! { <SignInForm on_signed_in=signed_in /> }.into_any()))}
    }
}
