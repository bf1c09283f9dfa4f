//! [`LinkTable`]: the links, filtered and in order, a page at a time, and what the list says of itself.

use leptos::html;
use leptos::prelude::*;

use super::{
    BulkDisableBar, EmptyList, LinkRow, MoreLinks, SearchField, StateFilterSelect, LINKS_PER_PAGE,
};
use crate::api::PublicSignupToken;
use crate::components::primitives::SignInForm;
use crate::links::{BulkDisable, LinkStore, ListStatus};
use crate::rules::link_order::{answers_search, counts, ordered, StateFilter};
use crate::ui::search_text::{folded, search_in_address};
use crate::ui::{
    focus, handler, live_flag, live_text, live_view, unique_id, use_clock, ApiContext,
};

/// The table of links with its filter and its loading, failure and empty states, a page at a time.
#[component]
pub fn LinkTable(
    /// Opens the create dialog (offered when there are no links yet).
    #[prop(into)]
    on_create: Callback<()>,
    /// Whether the create dialog is open: it then offers the one sign-in, and the table none.
    #[prop(into)]
    dialog_open: Signal<bool>,
) -> impl IntoView {
    let context = ApiContext::expect();
    let store = LinkStore::expect();
    let now = use_clock();
    let tokens = Memo::new(move |_| store.tokens());
    let status = Memo::new(move |_| store.status());
    let filter = store.filter;
    let search = RwSignal::new(search_in_address());
    let folded_names = Memo::new(move |_| {
        tokens.with(|tokens| {
            tokens
                .iter()
                .map(|token| folded(&token.name))
                .collect::<Vec<_>>()
        })
    });
    let found = Memo::new(move |_| {
        let query = folded(&search.get());
        folded_names.with(|names| {
            names
                .iter()
                .enumerate()
                .filter(|(_, name)| answers_search(name, &query))
                .map(|(index, _)| index)
                .collect::<Vec<_>>()
        })
    });
    let shown = Memo::new(move |_| {
        let made_here = store.made_here();
        tokens.with(|tokens| {
            found.with(|found| {
                let found = found
                    .iter()
                    .filter_map(|&index| Some((index, tokens.get(index)?)));
                ordered(found, filter.get(), now.get_untracked(), &made_here)
            })
        })
    });
    let showing = RwSignal::new(LINKS_PER_PAGE);
    let rendered = Memo::new(move |_| {
        tokens.with(|tokens| {
            shown.with(|shown| {
                picked(tokens, &shown[..shown.len().min(showing.get())])
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let selectable = Memo::new(move |_| {
        rendered.with(|rendered| {
            rendered
                .iter()
                .filter(|token| token.enabled)
                .map(|token| token.secret.clone())
                .collect::<Vec<_>>()
        })
    });
    let bulk = BulkDisable::new(tokens, selectable.into());
    let counted = Memo::new(move |_| {
        tokens.with(|tokens| found.with(|found| counts(picked(tokens, found), now.get())))
    });
    let rows = NodeRef::<html::Tbody>::new();
    let heading_ref = NodeRef::<html::H2>::new();
    let section_title = unique_id("uil-links-title");
    let message = move || {
        let nothing_shown = !tokens.with(Vec::is_empty) && shown.with(Vec::is_empty);
        let filtered_out = nothing_shown.then(|| (filter.get(), search.get()));
        status.with(|status| describe_list(status, context, filtered_out))
    };
    let failed = move || matches!(status.get(), ListStatus::Failed(_));
    let needs_sign_in = move || {
        !dialog_open.get()
            && matches!(status.get(), ListStatus::Failed(problem) if context.offers_sign_in_for(&problem))
    };
    let empty =
        move || matches!(status.get(), ListStatus::Loaded { .. }) && tokens.with(Vec::is_empty);

    view! {
        <section class="uil-links" aria-labelledby=section_title.clone()>
            <div class="uil-list-bar">
                <h2 id=section_title.clone() class="uil-section-title" tabindex="-1" node_ref=heading_ref>
                    "All links"
                </h2>
                <SearchField search on_search=move |()| showing.set(LINKS_PER_PAGE) />
                <StateFilterSelect filter counts=counted on_choose=move |()| showing.set(LINKS_PER_PAGE) />
                <button class="uil-button" type="button" on:click=handler(move |_| store.reload())>"Reload"</button>
            </div>
            <p class="uil-note" role="status">{live_text(move || message().unwrap_or_default())}</p>
            {live_view(move || failed().then(|| view! {
                <button class="uil-button" type="button" on:click=handler(move |_| store.reload())>"Try again"</button>
            }.into_any()))}
            {live_view(move || needs_sign_in().then(|| view! { <SignInForm on_signed_in=move |()| focus(heading_ref) /> }.into_any()))}
            {live_view(move || empty().then(|| view! { <EmptyList on_create /> }.into_any()))}
            <BulkDisableBar bulk selectable=Signal::derive(move || selectable.with(Vec::len)) />
            <RowsTable rendered rows bulk hidden=Signal::derive(move || shown.with(Vec::is_empty)) />
            <MoreLinks total=Signal::derive(move || shown.with(Vec::len)) showing rows />
        </section>
    }
}

/// The table itself: a header row, and one row per rendered link. When the rendered links change,
/// the rows are built again in place, row by row: a keyed `<For>` would keep each link's row where
/// it moved, but cost 5 KB (gzip) of the bundle, and a page of rows builds in well under a frame.
#[component]
fn RowsTable(
    rendered: Memo<Vec<PublicSignupToken>>,
    rows: NodeRef<html::Tbody>,
    bulk: BulkDisable,
    hidden: Signal<bool>,
) -> impl IntoView {
    view! {
        <table class="uil-table" hidden=live_flag(move || hidden.get())>
            <thead>
                <tr>
                    <th scope="col">"Name"</th>
                    <th scope="col">"State"</th>
                    <th scope="col">"Expires"</th>
                    <th scope="col">"Joined"</th>
                    <th scope="col"><span class="uil-visually-hidden">"Link"</span></th>
                </tr>
            </thead>
            <tbody node_ref=rows>
                {live_view(move || {
                    let rows = rendered.get().into_iter().map(|token| view! { <LinkRow token bulk /> });
                    Some(rows.collect_view().into_any())
                })}
            </tbody>
        </table>
    }
}

/// The tokens at the positions `found`.
fn picked<'a>(
    tokens: &'a [PublicSignupToken],
    found: &'a [usize],
) -> impl Iterator<Item = &'a PublicSignupToken> {
    found.iter().filter_map(|index| tokens.get(*index))
}

/// What the list says about itself, if anything: loading, why it failed, what it could not read, or
/// that the chosen filter and search (`filtered_out`) leave nothing to show.
fn describe_list(
    status: &ListStatus,
    context: ApiContext,
    filtered_out: Option<(StateFilter, String)>,
) -> Option<String> {
    match status {
        ListStatus::Loading => Some("Loading invite links…".to_owned()),
        ListStatus::Failed(problem) if context.offers_sign_in_for(problem) => {
            Some("Sign in to see and create invite links.".to_owned())
        }
        ListStatus::Failed(problem) => Some(context.describe(problem)),
        ListStatus::Loaded { unreadable: 1 } => Some(
            "Unleash sent 1 invite link that this page could not read; it is not shown.".to_owned(),
        ),
        ListStatus::Loaded { unreadable } if *unreadable > 1 => Some(format!(
            "Unleash sent {unreadable} invite links that this page could not read; they are not shown."
        )),
        ListStatus::Loaded { .. } => {
            let (filter, search) = filtered_out?;
            let links = match filter {
                StateFilter::All => "links".to_owned(),
                only => format!("{} links", only.label().to_ascii_lowercase()),
            };
            Some(if search.trim().is_empty() {
                format!("No {links}.")
            } else {
                format!("No {links} named like “{}”.", search.trim())
            })
        }
    }
}
