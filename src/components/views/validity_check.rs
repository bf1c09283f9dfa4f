//! [`ValidityCheck`]: "Does it work right now?", asked of Unleash's public sign-up check.

use leptos::prelude::*;

use crate::api::{self, ApiError, PublicSignupToken};
use crate::rules::expiry::LinkState;
use crate::rules::validity::{verdict, Verdict};
use crate::ui::{handler, live_flag, live_text, unique_id, ApiContext, PendingRequest};
use crate::words;

/// "Does it work right now?": asks Unleash's public sign-up check and says what it answered, and
/// why when that differs from the state this page shows.
#[component]
pub fn ValidityCheck(
    /// The link to check.
    link: Memo<Option<PublicSignupToken>>,
    /// The state the page shows for it.
    #[prop(into)]
    state: Signal<LinkState>,
) -> impl IntoView {
    let words = words::Words::expect();
    let context = ApiContext::expect();
    let request = PendingRequest::new();
    let answer = RwSignal::new(None::<Result<Verdict, ApiError>>);
    let title_id = unique_id("uil-check-title");
    let check = move |_| {
        let Some(token) = link.get_untracked() else {
            return;
        };
        let shown = state.get_untracked();
        let config = context.api();
        answer.set(None);
        request.start(
            async move { api::validate_invite(&config, &token.secret).await },
            move |result| {
                answer.set(Some(result.map(|validity| verdict(shown, validity))));
            },
        );
    };
    let said = move || {
        if request.pending() {
            return Some(words.get().text(words::ASKING_UNLEASH));
        }
        answer.get().map(|answer| match answer {
            Ok(verdict) => words.get().verdict(verdict).to_owned(),
            Err(error) => context.describe(&error),
        })
    };
    let disagrees =
        move || answer.with(|answer| matches!(answer, Some(Ok(verdict)) if !verdict.agrees()));
    view! {
        <section class="uil-check" aria-labelledby=title_id.clone()>
            <h2 id=title_id.clone() class="uil-section-title">{words.live(words::WORKS_NOW)}</h2>
            <button class="uil-button" type="button" disabled=live_flag(move || request.pending()) on:click=handler(check)>
                {words.live(words::CHECK_WITH_UNLEASH)}
            </button>
            <p class="uil-check-answer" class:uil-warning=live_flag(disagrees) role="status">{live_text(move || said().unwrap_or_default())}</p>
        </section>
    }
}
