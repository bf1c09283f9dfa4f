//! [`LinkDetailsView`]: one link's details, at the address that names it.

use leptos::prelude::*;

use super::{JoinedPeople, LinkActions, LinkHistory, ValidityCheck};
use crate::api::PublicSignupToken;
use crate::components::primitives::{LinkFacts, LinkField, RequestFailure};
use crate::links::{LinkStore, ListStatus};
use crate::rules::expiry::LinkState;
use crate::ui::base_path::BasePath;
use crate::ui::{focus_soon, handler, live_text, live_view, use_clock, ApiContext};
use crate::words;

/// The details view of the link the address names: every fact, the link with Copy, who joined, and
/// what can be done with it. An address no link has says so, with the way back.
#[component]
pub fn LinkDetailsView(
    /// The key in the address: a hash of the link's secret (see [`crate::rules::link_key`]).
    #[prop(into)]
    key: Signal<String>,
) -> impl IntoView {
    let words = words::Words::expect();
    let store = LinkStore::expect();
    let context = ApiContext::expect();
    let base = expect_context::<BasePath>();
    let link = Memo::new(move |_| key.with(|key| store.find(key)));
    let found = Memo::new(move |_| link.with(Option::is_some));
    let status = Memo::new(move |_| store.status());
    let list = base.list();

    let body = move || {
        if found.get() {
            return view! { <LinkDetails link /> }.into_any();
        }
        match status.get() {
            ListStatus::Loading => {
                view! { <p class="uil-note" role="status">{words.live(words::LOADING_THE_LINK)}</p> }.into_any()
            }
            ListStatus::Failed(problem) => {
                let failure = RwSignal::new(Some(problem.clone()));
                let signed_in = move |()| failure.set(None);
                let retry = (!context.offers_sign_in_for(&problem))
                    .then(|| view! {
                        <button class="uil-button" type="button" on:click=handler(move |_| store.reload())>{words.live(words::TRY_AGAIN)}</button>
                    });
                view! {
                    <h1 class="uil-title">{words.live(words::INVITE_LINK)}</h1>
                    <RequestFailure failure on_signed_in=signed_in />
                    {retry}
                }
                .into_any()
            }
            ListStatus::Loaded { .. } => view! {
                <h1 class="uil-title">{words.live(words::LINK_NOT_FOUND)}</h1>
                <p>{words.live(words::LINK_NOT_FOUND_WHY)}</p>
            }
            .into_any(),
        }
    };
    view! {
        <nav class="uil-back"><a href=list>{words.live(words::BACK_TO_ALL)}</a></nav>
        {live_view(move || Some(body()))}
    }
}

/// One link, shown while the store knows it: every fact, the link with Copy, what can be done with
/// it, Unleash's own check, who joined, and its history.
#[component]
fn LinkDetails(link: Memo<Option<PublicSignupToken>>) -> impl IntoView {
    let words = words::Words::expect();
    let now = use_clock();
    let Some(token) = link.get_untracked() else {
        return ().into_any();
    };
    let state = Memo::new(move |_| {
        link.with(|link| {
            link.as_ref()
                .map(|t| LinkState::of(t.enabled, t.expires_at, now.get()))
        })
        .unwrap_or(LinkState::Disabled)
    });
    let heading = NodeRef::<leptos::html::H1>::new();
    focus_soon(heading);

    view! {
        <h1 class="uil-title" tabindex="-1" node_ref=heading>
            {live_text(move || words.get().fill(words::INVITE_LINK_NAMED, &[("name", &link.with(|link| link.as_ref().map(|link| words.get().link_name(link)).unwrap_or_default()))]))}
        </h1>
        <LinkField url=token.url.clone() state />
        <LinkFacts link state full=true />
        <LinkActions link />
        <ValidityCheck link state />
        <JoinedPeople users=Signal::derive(move || link.with(|link| link.as_ref().and_then(|t| t.users.clone()).unwrap_or_default())) />
        <LinkHistory link />
    }
    .into_any()
}
