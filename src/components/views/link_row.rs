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
    let words = words::Words::expect();
    let store = LinkStore::expect();
    let base = expect_context::<BasePath>();
    let now = use_clock();
    let (expires_at, stored_enabled) = (token.expires_at, token.enabled);
    let state = Memo::new(move |_| LinkState::of(stored_enabled, expires_at, now.get()));
    let relative = Memo::new(move |_| words.get().relative_expiry(expires_at, now.get()));

    let secret = token.secret.clone();
    let new = Memo::new(move |_| store.is_new(&secret));
    let name = token.name.clone();
    let joined = token.joined_count();
    let selectable = token.enabled.then(|| {
        let secret = token.secret.clone();
        let clicked = secret.clone();
        view! {
            <input class="uil-select-row" type="checkbox" aria-label=live_text({ let name = name.clone(); move || words.get().fill(words::SELECT_NAMED, &[("name", &words.get().name_shown(&name))]) })
                prop:checked=live_flag(move || bulk.is_selected(&secret))
                on:click=handler(move |event: web_sys::MouseEvent| bulk.click(&clicked, event.shift_key())) />
        }
    });
    view! {
        <tr class="uil-row" class:uil-new=live_flag(move || new.get())>
            <th scope="row">
                {selectable}
                <a class="uil-row-name" href=base.details(&token.secret)>{live_text({ let name = name.clone(); move || words.get().name_shown(&name) })}</a>
                <span class="uil-badge" hidden=live_flag(move || !new.get())>{words.live(words::NEW)}</span>
            </th>
            <td>
                <span class="uil-state" class:uil-unusable=live_flag(move || state.get() != LinkState::Active)>
                    {live_text(move || words.get().state(state.get()))}
                </span>
            </td>
            <td>
                <time datetime=works_until(expires_at).to_rfc3339()>{live_text(move || relative.get())}</time>
                <span class="uil-sub">{live_text(move || format_local(words.get(), works_until(expires_at)))}</span>
            </td>
            <td><span class="uil-card-label">{live_text(move || words.get().fill(words::JOINED_COUNT, &[("count", &words.get().number(joined))]))}</span><span class="uil-table-value">{live_text(move || words.get().number(joined))}</span></td>
            <td>
                <CopyLinkButton url=token.url.clone() state link_name=name />
            </td>
        </tr>
    }
}
