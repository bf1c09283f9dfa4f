use leptos::html;
use leptos::prelude::*;

use super::{Announcer, CreateLinkDialog, LinkRow, MoreLinks, SignInForm, LINKS_PER_PAGE};
use crate::api::{ErrorKind, PublicSignupToken};
use crate::link_order::{counts, ordered, StateFilter};
use crate::links::{LinkStore, ListStatus};
use crate::ui::{focus, unique_id, use_clock, ApiContext};

/// The list view: "Create invite link", and every link Unleash holds, one row each, filtered by state.
#[component]
pub fn LinkListView() -> impl IntoView {
    let store = LinkStore::expect();
    let announcer = Announcer::expect();
    let dialog_open = RwSignal::new(false);
    let on_created = move |token: PublicSignupToken| {
        store.remember_created(token);
        store.filter.set(StateFilter::All);
        announcer.say("Invite link created.");
    };
    let on_cancelled = move |()| {
        store.reload();
        announcer
            .say("Cancelled. Unleash may have created the link already: the list is read again.");
    };
    let open_dialog = move |_| {
        announcer.say("");
        dialog_open.set(true);
    };
    let title_id = unique_id("uil-title");
    view! {
        <header class="uil-header" aria-labelledby=title_id.clone()>
            <h1 id=title_id.clone() class="uil-title">"Invite links"</h1>
            <p class="uil-lead">
                "Invite colleagues to Unleash with a link. People who join through it get the Viewer role."
            </p>
            <button class="uil-button uil-primary" type="button" aria-haspopup="dialog" on:click=open_dialog>
                "Create invite link"
            </button>
        </header>
        <CreateLinkDialog open=dialog_open on_created=on_created on_cancelled=on_cancelled />
        <LinkTable on_create=move |()| dialog_open.set(true) dialog_open />
    }
}

/// The table of links with its filter and its loading, failure and empty states, a page at a time.
#[component]
fn LinkTable(
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
    let shown = Memo::new(move |_| {
        tokens.with(|tokens| ordered(tokens, filter.get(), now.get_untracked()))
    });
    let showing = RwSignal::new(LINKS_PER_PAGE);
    let rendered = Memo::new(move |_| {
        shown.with(|shown| {
            shown
                .iter()
                .take(showing.get())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let rows = NodeRef::<html::Tbody>::new();
    let heading_ref = NodeRef::<html::H2>::new();
    let [section_title, filter_id] = ["uil-links-title", "uil-filter"].map(unique_id);

    let counted = Memo::new(move |_| tokens.with(|tokens| counts(tokens, now.get())));
    let filter_options = StateFilter::ALL
        .iter()
        .enumerate()
        .map(|(index, &choice)| {
            view! {
                <option value=index.to_string() selected=move || filter.get() == choice>
                    {move || format!("{} ({})", choice.label(), counted.with(|counted| counted[index]))}
                </option>
            }
        })
        .collect_view();
    let choose_filter = move |event| {
        let index: usize = event_target_value(&event).parse().unwrap_or(0);
        filter.set(StateFilter::ALL.get(index).copied().unwrap_or_default());
        showing.set(LINKS_PER_PAGE);
    };
    let message = move || {
        let nothing_shown = !tokens.with(Vec::is_empty) && shown.with(Vec::is_empty);
        status.with(|status| describe_list(status, context, nothing_shown.then(|| filter.get())))
    };
    let failed = move || matches!(status.get(), ListStatus::Failed(_));
    let needs_sign_in = move || {
        context.offers_sign_in()
            && !dialog_open.get()
            && matches!(status.get(), ListStatus::Failed(problem) if problem.kind() == ErrorKind::SignInRequired)
    };
    let empty =
        move || matches!(status.get(), ListStatus::Loaded { .. }) && tokens.with(Vec::is_empty);

    view! {
        <section class="uil-links" aria-labelledby=section_title.clone()>
            <div class="uil-list-bar">
                <h2 id=section_title.clone() class="uil-section-title" tabindex="-1" node_ref=heading_ref>
                    "All links"
                </h2>
                <label class="uil-label uil-inline" for=filter_id.clone()>"Show"</label>
                <select id=filter_id class="uil-select" on:change=choose_filter>
                    {filter_options}
                </select>
                <button class="uil-button" type="button" on:click=move |_| store.reload()>
                    "Reload"
                </button>
            </div>
            <p class="uil-note" role="status">{message}</p>
            {move || failed().then(|| view! {
                <button class="uil-button" type="button" on:click=move |_| store.reload()>"Try again"</button>
            })}
            {move || needs_sign_in().then(|| view! { <SignInForm on_signed_in=move |()| focus(heading_ref) /> })}
            {move || empty().then(|| view! { <EmptyList on_create /> })}
            <table class="uil-table" hidden=move || shown.with(Vec::is_empty)>
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
                    <For
                        each=move || rendered.get()
                        key=|token| (token.secret.clone(), token.enabled, token.expires_at, token.joined_count())
                        let:token
                    >
                        <LinkRow token />
                    </For>
                </tbody>
            </table>
            <MoreLinks total=Signal::derive(move || shown.with(Vec::len)) showing rows />
        </section>
    }
}

/// What the list says about itself, if anything: loading, why it failed, what it could not read, or
/// that the chosen filter (`filtered_out`) leaves nothing to show.
fn describe_list(
    status: &ListStatus,
    context: ApiContext,
    filtered_out: Option<StateFilter>,
) -> Option<String> {
    match status {
        ListStatus::Loading => Some("Loading invite links…".to_owned()),
        ListStatus::Failed(problem)
            if problem.kind() == ErrorKind::SignInRequired && context.offers_sign_in() =>
        {
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
            filtered_out.map(|filter| format!("No {} links.", filter.label().to_lowercase()))
        }
    }
}

/// What an empty list says: what an invite link is, and the way to make one.
#[component]
fn EmptyList(on_create: Callback<()>) -> impl IntoView {
    view! {
        <div class="uil-empty">
            <p><strong>"No invite links yet."</strong></p>
            <p>
                "An invite link lets a colleague create their own Unleash account: whoever opens it can sign up "
                "and gets the Viewer role. Each link expires, and you can disable it at any time."
            </p>
            <button class="uil-button uil-primary" type="button" on:click=move |_| on_create.run(())>
                "Create your first invite link"
            </button>
        </div>
    }
}
