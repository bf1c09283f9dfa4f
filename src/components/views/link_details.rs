//! [`LinkDetailsView`]: one link's details, at the address that names it.

use leptos::prelude::*;

use super::{JoinedPeople, LinkActions, LinkHistory, ValidityCheck};
use crate::api::PublicSignupToken;
use crate::components::primitives::{LinkField, RequestFailure};
use crate::links::{LinkStore, ListStatus};
use crate::rules::expiry::{effective_enabled, relative_wording, works_until, LinkState};
use crate::shell::base_path::BasePath;
use crate::ui::local_time::format_local;
use crate::ui::{focus_soon, use_clock, ApiContext};

/// The details view of the link the address names: every fact, the link with Copy, who joined, and
/// what can be done with it. An address no link has says so, with the way back.
#[component]
pub fn LinkDetailsView(
    /// The key in the address: a hash of the link's secret (see [`crate::rules::link_key`]).
    #[prop(into)]
    key: Signal<String>,
) -> impl IntoView {
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
            ListStatus::Loading => view! { <p class="uil-note" role="status">"Loading the link…"</p> }.into_any(),
            ListStatus::Failed(problem) => {
                let failure = RwSignal::new(Some(problem.clone()));
                let signed_in = move |()| failure.set(None);
                let retry = (!context.offers_sign_in_for(&problem))
                    .then(|| view! {
                        <button class="uil-button" type="button" on:click=move |_| store.reload()>"Try again"</button>
                    });
                view! {
                    <h1 class="uil-title">"Invite link"</h1>
                    <RequestFailure failure on_signed_in=signed_in />
                    {retry}
                }
                .into_any()
            }
            ListStatus::Loaded { .. } => view! {
                <h1 class="uil-title">"Invite link not found"</h1>
                <p>
                    "No invite link in this Unleash has this address. The address may be incomplete, "
                    "or it belongs to another Unleash."
                </p>
            }
            .into_any(),
        }
    };
    view! {
        <nav class="uil-back"><a href=list>"← All invite links"</a></nav>
        {body}
    }
}

/// One link, shown while the store knows it: every fact, the link with Copy, what can be done with
/// it, Unleash's own check, who joined, and its history.
#[component]
fn LinkDetails(link: Memo<Option<PublicSignupToken>>) -> impl IntoView {
    let now = use_clock();
    let read = move |field: fn(&PublicSignupToken) -> String| {
        link.with(|link| link.as_ref().map(field).unwrap_or_default())
    };
    let Some(token) = link.get_untracked() else {
        return ().into_any();
    };
    let expires_at = Memo::new(move |_| {
        link.with(|link| link.as_ref().map(|t| t.expires_at))
            .unwrap_or_default()
    });
    let stored_enabled =
        Memo::new(move |_| link.with(|link| link.as_ref().is_some_and(|t| t.enabled)));
    let state =
        Memo::new(move |_| LinkState::of(stored_enabled.get(), expires_at.get(), now.get()));
    let enabled = move || effective_enabled(stored_enabled.get(), expires_at.get(), now.get());
    let expired = move || state.get() == LinkState::Expired;
    let heading = NodeRef::<leptos::html::H1>::new();
    focus_soon(heading);

    view! {
        <h1 class="uil-title" tabindex="-1" node_ref=heading>
            "Invite link “"{move || read(PublicSignupToken::shown_name)}"”"
        </h1>
        <LinkField url=token.url.clone() state />
        <dl class="uil-facts">
            <div><dt>"Name"</dt><dd>{move || read(|t| t.name.clone())}</dd></div>
            <div>
                <dt>"State"</dt>
                <dd class="uil-state" class:uil-unusable=move || !enabled()>{move || state.get().label()}</dd>
            </div>
            <div>
                <dt>{move || if expired() { "Expired" } else { "Expires" }}</dt>
                <dd>
                    <time datetime=move || works_until(expires_at.get()).to_rfc3339()>{move || format_local(works_until(expires_at.get()))}</time>
                    " ("{move || relative_wording(expires_at.get(), now.get())}")"
                    <Show when=move || works_until(expires_at.get()) != expires_at.get()>
                        <span class="uil-sub">
                            "Unleash stores "{move || format_local(expires_at.get())}
                            ", but it stops accepting a link at 00:00 UTC of the day it expires."
                        </span>
                    </Show>
                </dd>
            </div>
            <div><dt>"Enabled"</dt><dd>{move || if enabled() { "Yes" } else { "No" }}</dd></div>
            <div><dt>"Created"</dt><dd>{created_line(&token)}</dd></div>
            <div><dt>"Role"</dt><dd>{move || read(role_name)}</dd></div>
            <div><dt>"Joined"</dt><dd>{move || read(joined_count)}</dd></div>
        </dl>
        <LinkActions link />
        <ValidityCheck link state />
        <JoinedPeople users=Signal::derive(move || link.with(|link| link.as_ref().and_then(|t| t.users.clone()).unwrap_or_default())) />
        <LinkHistory link />
    }
    .into_any()
}

fn created_line(token: &PublicSignupToken) -> String {
    let by = token.created_by.as_deref().unwrap_or("an unknown user");
    format!("{} by {by}", format_local(token.created_at))
}

fn role_name(token: &PublicSignupToken) -> String {
    token
        .role
        .name
        .clone()
        .unwrap_or_else(|| "Not reported by Unleash".to_owned())
}

fn joined_count(token: &PublicSignupToken) -> String {
    match token.joined_count() {
        1 => "1 person".to_owned(),
        count => format!("{count} people"),
    }
}
