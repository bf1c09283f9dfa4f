//! [`LinkTable`]: the links, filtered and in order, a page at a time, and what the list says of itself.

use leptos::html;
use leptos::prelude::*;

use super::{
    BulkDisableBar, EmptyList, MoreLinks, RowsTable, SearchField, ShownLinks, StateFilterSelect,
    LINKS_PER_PAGE,
};
use crate::components::primitives::SignInForm;
use crate::links::{BulkDisable, LinkStore, ListStatus};
use crate::rules::link_order::StateFilter;
use crate::ui::search_text::search_in_address;
use crate::ui::{focus, handler, live_text, live_view, unique_id, ApiContext};
use crate::words;

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
    let words = words::Words::expect();
    let context = ApiContext::expect();
    let store = LinkStore::expect();
    let search = RwSignal::new(search_in_address(context.search_parameter().as_deref()));
    let showing = RwSignal::new(LINKS_PER_PAGE);
    let ShownLinks {
        tokens,
        shown,
        selectable,
        counted,
        rendered,
    } = ShownLinks::new(store, search, showing);
    let status = Memo::new(move |_| store.status());
    let bulk = BulkDisable::new(tokens, selectable.into());
    let rows = NodeRef::<html::Tbody>::new();
    let heading_ref = NodeRef::<html::H2>::new();
    let section_title = unique_id("uil-links-title");
    let message = move || {
        let nothing_shown = !tokens.with(Vec::is_empty) && shown.with(Vec::is_empty);
        let filtered_out = nothing_shown.then(|| (store.filter(), search.get()));
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
                    {words.live(words::ALL_LINKS)}
                </h2>
                <SearchField search on_search=move |()| showing.set(LINKS_PER_PAGE) />
                <StateFilterSelect counts=counted on_choose=move |()| showing.set(LINKS_PER_PAGE) />
                <button class="uil-button" type="button" on:click=handler(move |_| store.reload())>{words.live(words::RELOAD)}</button>
            </div>
            <p class="uil-note" role="status">{live_text(move || message().unwrap_or_default())}</p>
            {live_view(move || failed().then(|| view! {
                <button class="uil-button" type="button" on:click=handler(move |_| store.reload())>{words.live(words::TRY_AGAIN)}</button>
            }.into_any()))}
            {live_view(move || needs_sign_in().then(|| view! { <SignInForm on_signed_in=move |()| focus(heading_ref) /> }.into_any()))}
            {live_view(move || empty().then(|| view! { <EmptyList on_create /> }.into_any()))}
            <BulkDisableBar bulk selectable=Signal::derive(move || selectable.with(Vec::len)) />
            <RowsTable rendered rows bulk hidden=Signal::derive(move || shown.with(Vec::is_empty)) />
            <MoreLinks total=Signal::derive(move || shown.with(Vec::len)) showing rows />
        </section>
    }
}

/// What the list says about itself, if anything: loading, why it failed, what it could not read, or
/// that the chosen filter and search (`filtered_out`) leave nothing to show.
fn describe_list(
    status: &ListStatus,
    context: ApiContext,
    filtered_out: Option<(StateFilter, String)>,
) -> Option<String> {
    let words = words::Words::expect();
    match status {
        ListStatus::Loading => Some(words.get().text(words::LOADING_LINKS)),
        ListStatus::Failed(problem) if context.offers_sign_in_for(problem) => {
            Some(words.get().text(words::SIGN_IN_TO_SEE_LINKS))
        }
        ListStatus::Failed(problem) => Some(context.describe(problem)),
        ListStatus::Loaded { unreadable } if *unreadable > 0 => {
            Some(words.get().count(words::UNREADABLE_LINKS, *unreadable, &[]))
        }
        ListStatus::Loaded { .. } => {
            let (filter, search) = filtered_out?;
            Some(words.get().nothing_shown(filter, &search))
        }
    }
}
