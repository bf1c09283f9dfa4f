//! [`DisableDialog`]: "Disable this link?", asked before a link is switched off.

use leptos::prelude::*;

use crate::components::primitives::{ChangeForm, Dialog, LinkChanges, ModalDialog};
use crate::ui::live_text;
use crate::words;

/// The confirmation before disabling: who can no longer join, and who keeps their account. Closes
/// once Unleash has disabled the link.
#[component]
pub fn DisableDialog(
    /// The link's changes, which open and close the dialog.
    changes: LinkChanges,
) -> impl IntoView {
    let name = move || {
        changes
            .link()
            .as_ref()
            .map(words::link_name)
            .unwrap_or_default()
    };
    let said = words::disable_words(1);
    view! {
        <ModalDialog open=Signal::derive(move || changes.is_open(Dialog::Disable)) title=said.title on_close=move |()| changes.close()>
            <ChangeForm
                changes
                dialog=Dialog::Disable
                submit_label=said.disable
                cancel_label=said.keep
                danger=true
                on_submit=move |()| _ = changes.switch(false)
            >
                <p>{live_text(move || words::disable_question(&[name()]))}</p>
                <p>{said.keeps}</p>
            </ChangeForm>
        </ModalDialog>
    }
}
