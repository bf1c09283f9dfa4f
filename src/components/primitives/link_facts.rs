//! [`LinkFacts`]: one link's facts, the same wherever a link is shown whole.

use leptos::prelude::*;

use crate::api::PublicSignupToken;
use crate::rules::expiry::{effective_enabled, works_until, LinkState};
use crate::rules::shown_text::one_line;
use crate::ui::local_time::format_local;
use crate::ui::{live_flag, live_text, live_view, use_clock};
use crate::words;

/// A link's facts as a description list: its name, its state, until when it works (with how long
/// from now, and the time Unleash stores when that differs) and whether it is enabled, as the page
/// derives it (an expired link is not). With `full`, also who made it and when, its role and how
/// many joined.
#[component]
pub fn LinkFacts(
    /// The link, as the page knows it now.
    link: Memo<Option<PublicSignupToken>>,
    /// Its state, from its flag, its expiry and the clock.
    state: Memo<LinkState>,
    /// Whether to show who made it, its role and how many joined.
    #[prop(optional)]
    full: bool,
) -> impl IntoView {
    let words = words::Words::expect();
    let now = use_clock();
    let read = move |field: fn(&PublicSignupToken) -> String| {
        link.with(|link| link.as_ref().map(field).unwrap_or_default())
    };
    let expires_at = Memo::new(move |_| {
        link.with(|link| link.as_ref().map(|t| t.expires_at))
            .unwrap_or_default()
    });
    let enabled = move || {
        link.with(|link| {
            link.as_ref()
                .is_some_and(|t| effective_enabled(t.enabled, t.expires_at, now.get()))
        })
    };
    let more = full.then(|| {
        view! {
            <div><dt>{words.live(words::CREATED)}</dt><dd>{live_text(move || read(created_line))}</dd></div>
            <div><dt>{words.live(words::ROLE)}</dt><dd>{live_text(move || read(role_name))}</dd></div>
            <div><dt>{words.live(words::JOINED)}</dt><dd>{live_text(move || read(joined_count))}</dd></div>
        }
    });
    view! {
        <dl class="uil-facts">
            <div><dt>{words.live(words::NAME)}</dt><dd>{live_text(move || read(|t| one_line(&t.name)))}</dd></div>
            <div>
                <dt>{words.live(words::STATE)}</dt>
                <dd class="uil-state" class:uil-unusable=live_flag(move || state.get() != LinkState::Active)>{live_text(move || words.get().state(state.get()).to_owned())}</dd>
            </div>
            <div>
                <dt>{live_text(move || words.get().expiry_label(state.get() == LinkState::Expired).to_owned())}</dt>
                <dd>
                    <time datetime=live_text(move || works_until(expires_at.get()).to_rfc3339())>{live_text(move || format_local(words.get(), works_until(expires_at.get())))}</time>
                    " ("{live_text(move || words.get().relative_expiry(expires_at.get(), now.get()))}")"
                    {live_view(move || (works_until(expires_at.get()) != expires_at.get()).then(|| view! {
                        <span class="uil-sub">{live_text(move || words.get().stored_expiry(&format_local(words.get(), expires_at.get())))}</span>
                    }.into_any()))}
                </dd>
            </div>
            <div><dt>{words.live(words::ENABLED)}</dt><dd>{live_text(move || words.get().yes_no(enabled()).to_owned())}</dd></div>
            {more}
        </dl>
    }
}

fn created_line(token: &PublicSignupToken) -> String {
    let words = words::Words::expect();
    let by = token.created_by.as_deref().map(one_line);
    words
        .get()
        .created_by(&format_local(words.get(), token.created_at), by.as_deref())
}

fn role_name(token: &PublicSignupToken) -> String {
    let words = words::Words::expect();
    token
        .role
        .name
        .as_deref()
        .map_or_else(|| words.get().text(words::ROLE_NOT_REPORTED), one_line)
}

fn joined_count(token: &PublicSignupToken) -> String {
    let words = words::Words::expect();
    words.get().count(words::PEOPLE, token.joined_count(), &[])
}
