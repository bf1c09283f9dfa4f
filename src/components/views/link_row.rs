//! [`LinkRow`]: one link in the list.

use leptos::prelude::*;

use crate::api::PublicSignupToken;
use crate::components::primitives::CopyLinkButton;
use crate::links::{BulkDisable, LinkStore};
use crate::rules::expiry::{works_until, LinkState};
use crate::ui::base_path::BasePath;
use crate::ui::local_time::format_local;
use crate::ui::{handler, live_flag, live_text, use_clock};
use crate::words;

/// One link in the list: its name (the way to its details), state, expiry, how many joined, and Copy.
/// A link made on this page says "New".
#[component]
pub fn LinkRow(
    /// The link, as Unleash returned it.
    token: PublicSignupToken,
    /// The list's selection, which an enabled link can join.
    bulk: BulkDisable,
) -> impl IntoView {
    let store = LinkStore::expect();
    let base = expect_context::<BasePath>();
    let now = use_clock();
    let (expires_at, stored_enabled) = (token.expires_at, token.enabled);
    let state = Memo::new(move |_| LinkState::of(stored_enabled, expires_at, now.get()));
    let relative = Memo::new(move |_| words::relative_expiry(expires_at, now.get()));

    let secret = token.secret.clone();
    let new = Memo::new(move |_| store.is_new(&secret));
    let shown_name = words::link_name(&token);
    let joined = token.joined_count();
    let selectable = token.enabled.then(|| {
        let secret = token.secret.clone();
        let clicked = secret.clone();
        view! {
            <input class="uil-select-row" type="checkbox" aria-label=words::select_named(&shown_name)
                prop:checked=live_flag(move || bulk.is_selected(&secret))
                on:click=handler(move |event: web_sys::MouseEvent| bulk.click(&clicked, event.shift_key())) />
        }
    });
    view! {
        <tr class="uil-row" class:uil-new=live_flag(move || new.get())>
            <th scope="row">
                {selectable}
                <a class="uil-row-name" href=base.details(&token.secret)>{shown_name.clone()}</a>
                <span class="uil-badge" hidden=live_flag(move || !new.get())>{words::NEW}</span>
            </th>
            <td>
                <span class="uil-state" class:uil-unusable=live_flag(move || state.get() != LinkState::Active)>
                    {live_text(move || words::state(state.get()).to_owned())}
                </span>
            </td>
            <td>
                <time datetime=works_until(expires_at).to_rfc3339()>{live_text(move || relative.get())}</time>
                <span class="uil-sub">{format_local(works_until(expires_at))}</span>
            </td>
            <td><span class="uil-card-label">{words::JOINED_PREFIX}</span>{joined}</td>
            <td>
                <CopyLinkButton url=token.url.clone() state link_name=shown_name />
            </td>
        </tr>
    }
}
