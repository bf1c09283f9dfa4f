//! [`LinkListView`]: the page's base address: "Create invite link" and every link.

use leptos::prelude::*;

use super::LinkTable;
use crate::components::dialogs::CreateLinkDialog;
use crate::components::primitives::{Dialog, LinkChanges};
use crate::ui::{handler, unique_id, Announcer};
use crate::words;

/// The list view: "Create invite link", and every link Unleash holds, one row each, filtered by state.
#[component]
pub fn LinkListView() -> impl IntoView {
    let words = words::Words::expect();
    let announcer = Announcer::expect();
    let changes = LinkChanges::of_list();
    let open_dialog = move |_| {
        announcer.say("");
        changes.open(Dialog::Create);
    };
    let title_id = unique_id("uil-title");
    view! {
        <header class="uil-header" aria-labelledby=title_id.clone()>
            <h1 id=title_id.clone() class="uil-title">{words.live(words::INVITE_LINKS)}</h1>
            <p class="uil-lead">{words.live(words::LIST_LEAD)}</p>
            <button class="uil-button uil-primary" type="button" aria-haspopup="dialog" on:click=handler(open_dialog)>
                {words.live(words::CREATE_INVITE_LINK)}
            </button>
        </header>
        <CreateLinkDialog changes />
        <LinkTable on_create=move |()| changes.open(Dialog::Create) dialog_open=Signal::derive(move || changes.is_open(Dialog::Create)) />
    }
}
