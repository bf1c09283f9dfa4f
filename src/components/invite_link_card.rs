use std::time::Duration;

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{unique_id, use_clock};
use crate::api::PublicSignupToken;
use crate::clipboard::{copy_text, CopyOutcome};
use crate::expiry::{effective_enabled, relative_wording, LinkState};
use crate::local_time::format_local;

/// How long "Copied" stays on screen.
const COPIED_NOTICE: Duration = Duration::from_secs(4);

/// One invite link: the address with a copy button, and what state the link is in right now.
#[component]
pub fn InviteLinkCard(
    /// The link, as Unleash returned it.
    token: PublicSignupToken,
    /// Move keyboard focus to the card when it appears (right after the link was created).
    #[prop(optional)]
    focus_on_mount: bool,
) -> impl IntoView {
    let now = use_clock();
    let heading_ref = NodeRef::<html::H3>::new();
    let expires_at = token.expires_at;
    let stored_enabled = token.enabled;
    let state = Memo::new(move |_| LinkState::of(stored_enabled, expires_at, now.get()));
    let expired = move || state.get() == LinkState::Expired;
    let enabled = move || effective_enabled(stored_enabled, expires_at, now.get());

    if focus_on_mount {
        Effect::new(move |_| {
            if let Some(heading) = heading_ref.get() {
                let _ = heading.focus();
            }
        });
    }

    let title_id = unique_id("uil-card-title");
    let created_by = token
        .created_by
        .clone()
        .unwrap_or_else(|| "an unknown user".to_owned());
    let role = token
        .role
        .name
        .clone()
        .unwrap_or_else(|| "Not reported by Unleash".to_owned());
    let joined = match token.joined_count() {
        1 => "1 person".to_owned(),
        count => format!("{count} people"),
    };

    view! {
        <article class="uil-card" aria-labelledby=title_id.clone()>
            <h3 id=title_id.clone() class="uil-card-title" tabindex="-1" node_ref=heading_ref>
                "Invite link “"{token.name.clone()}"”"
            </h3>
            <LinkField url=token.url.clone() state=state />
            <dl class="uil-facts">
                <div><dt>"Name"</dt><dd>{token.name.clone()}</dd></div>
                <div>
                    <dt>"State"</dt>
                    <dd class="uil-state" class:uil-unusable=move || !enabled()>{move || state.get().label()}</dd>
                </div>
                <div>
                    <dt>{move || if expired() { "Expired" } else { "Expires" }}</dt>
                    <dd>
                        <time datetime=expires_at.to_rfc3339()>{format_local(expires_at)}</time>
                        " ("{move || relative_wording(expires_at, now.get())}")"
                    </dd>
                </div>
                <div>
                    <dt>"Enabled"</dt>
                    <dd>{move || if enabled() { "Yes" } else { "No" }}</dd>
                </div>
                <div>
                    <dt>"Created"</dt>
                    <dd>{format_local(token.created_at)}" by "{created_by}</dd>
                </div>
                <div><dt>"Role"</dt><dd>{role}</dd></div>
                <div><dt>"Joined"</dt><dd>{joined}</dd></div>
            </dl>
        </article>
    }
}

/// The link in a read-only field with "Copy link", or why there is no link to show.
#[component]
fn LinkField(url: Option<String>, state: Memo<LinkState>) -> impl IntoView {
    let Some(url) = url else {
        return view! {
            <p class="uil-error">
                "Unleash returned no address for this link. It stores one only when its public URL "
                "(the server's unleashUrl setting) is known; ask whoever runs Unleash to set it, then create a new link."
            </p>
        }
        .into_any();
    };
    let field_ref = NodeRef::<html::Input>::new();
    let field_id = unique_id("uil-link");
    let copy_notice = RwSignal::new(None::<CopyOutcome>);
    let copies = StoredValue::new(0_u32);
    let link = StoredValue::new(url.clone());
    let copy = move |_| {
        let Some(field) = field_ref.get_untracked() else {
            return;
        };
        copy_notice.set(None);
        copies.update_value(|count| *count += 1);
        let this_copy = copies.get_value();
        spawn_local(async move {
            let outcome = copy_text(&link.get_value(), &field).await;
            copy_notice.set(Some(outcome));
            if outcome == CopyOutcome::Copied {
                let still_latest = move || copies.get_value() == this_copy;
                set_timeout(
                    move || {
                        if still_latest() {
                            copy_notice.set(None)
                        }
                    },
                    COPIED_NOTICE,
                );
            }
        });
    };
    view! {
        <label class="uil-label" for=field_id.clone()>"Invite link"</label>
        <div class="uil-link-row">
            <input id=field_id class="uil-input uil-link" readonly prop:value=url node_ref=field_ref />
            <button class="uil-button uil-primary" type="button" disabled=move || state.get() != LinkState::Active on:click=copy>
                "Copy link"
            </button>
        </div>
        <p class="uil-status" role="status">
            {move || match copy_notice.get() {
                Some(CopyOutcome::Copied) => "Copied",
                Some(CopyOutcome::SelectedForManualCopy) => {
                    "This browser blocked copying. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it."
                }
                None => "",
            }}
        </p>
        <p class="uil-note">
            {move || match state.get() {
                LinkState::Active => "",
                LinkState::Disabled => "This link is disabled: nobody can join with it.",
                LinkState::Expired => "This link has expired: nobody can join with it any more.",
            }}
        </p>
    }
    .into_any()
}
