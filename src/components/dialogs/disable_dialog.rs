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
    let words = words::Words::expect();
    let name = move || {
        changes
            .link()
            .as_ref()
            .map(|link| words.get().link_name(link))
            .unwrap_or_default()
    };
    let said = move || words.get().disable_words(1);
    view! {
        <ModalDialog open=Signal::derive(move || changes.is_open(Dialog::Disable)) title=Signal::derive(move || said().title) on_close=move |()| changes.close()>
            <ChangeForm
                changes
                dialog=Dialog::Disable
                submit_label=Signal::derive(move || said().disable)
                cancel_label=Signal::derive(move || said().keep)
                danger=true
                on_submit=move |()| _ = changes.switch(false)
            >
                <p>{live_text(move || words.get().disable_question(&[name()]))}</p>
                <p>{live_text(move || said().keeps)}</p>
            </ChangeForm>
        </ModalDialog>
    }
}
