use std::time::Duration;

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::use_clock;
use crate::api::PublicSignupToken;
use crate::clipboard::{copy_text, CopyOutcome};
use crate::expiry::{effective_enabled, is_expired, relative_wording};
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
    let heading_ref = NodeRef::<html::H2>::new();
    let expires_at = token.expires_at;
    let stored_enabled = token.enabled;
    let expired = Memo::new(move |_| is_expired(expires_at, now.get()));

    if focus_on_mount {
        Effect::new(move |_| {
            if let Some(heading) = heading_ref.get() {
                let _ = heading.focus();
            }
        });
    }

    let created_by = token.created_by.clone().unwrap_or_else(|| "an unknown user".to_owned());
    let role = token.role.name.clone().unwrap_or_else(|| "Not reported by Unleash".to_owned());
    let joined = match token.joined_count() {
        1 => "1 person".to_owned(),
        count => format!("{count} people"),
    };

    view! {
        <section class="uil-card" aria-labelledby="uil-card-title">
            <h2 id="uil-card-title" class="uil-card-title" tabindex="-1" node_ref=heading_ref>
                "Invite link “"{token.name.clone()}"”"
            </h2>
            <LinkField url=token.url.clone() expired=expired />
            <dl class="uil-facts">
                <div><dt>"Name"</dt><dd>{token.name.clone()}</dd></div>
                <div>
                    <dt>"State"</dt>
                    <dd class="uil-state" class:uil-expired=move || expired.get()>
                        {move || if expired.get() { "Expired" } else { "Active" }}
                    </dd>
                </div>
                <div>
                    <dt>{move || if expired.get() { "Expired" } else { "Expires" }}</dt>
                    <dd>
                        <time datetime=expires_at.to_rfc3339()>{format_local(expires_at)}</time>
                        " ("{move || relative_wording(expires_at, now.get())}")"
                    </dd>
                </div>
                <div>
                    <dt>"Enabled"</dt>
                    <dd>{move || if effective_enabled(stored_enabled, expires_at, now.get()) { "Yes" } else { "No" }}</dd>
                </div>
                <div>
                    <dt>"Created"</dt>
                    <dd>{format_local(token.created_at)}" by "{created_by}</dd>
                </div>
                <div><dt>"Role"</dt><dd>{role}</dd></div>
                <div><dt>"Joined"</dt><dd>{joined}</dd></div>
            </dl>
        </section>
    }
}

/// The link in a read-only field with "Copy link", or why there is no link to show.
#[component]
fn LinkField(url: Option<String>, expired: Memo<bool>) -> impl IntoView {
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
    let copy_notice = RwSignal::new(None::<CopyOutcome>);
    let link = StoredValue::new(url.clone());
    let copy = move |_| {
        let Some(field) = field_ref.get_untracked() else { return };
        spawn_local(async move {
            let outcome = copy_text(&link.get_value(), &field).await;
            copy_notice.set(Some(outcome));
            if outcome == CopyOutcome::Copied {
                set_timeout(move || copy_notice.set(None), COPIED_NOTICE);
            }
        });
    };
    view! {
        <label class="uil-label" for="uil-link">"Invite link"</label>
        <div class="uil-link-row">
            <input id="uil-link" class="uil-input uil-link" readonly prop:value=url node_ref=field_ref />
            <button class="uil-button uil-primary" type="button" disabled=move || expired.get() on:click=copy>
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
        <Show when=move || expired.get()>
            <p class="uil-note">"This link has expired: nobody can join with it any more."</p>
        </Show>
    }
    .into_any()
}
