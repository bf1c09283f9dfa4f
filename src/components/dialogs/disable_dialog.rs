//! [`DisableDialog`]: "Disable this link?", asked before a link is switched off.

use leptos::prelude::*;

use crate::components::primitives::{ChangeForm, Dialog, LinkChanges, ModalDialog};
use crate::rules::shown_text::link_name;
use crate::ui::live_text;

/// The confirmation before disabling: who can no longer join, and who keeps their account. Closes
/// once Unleash has disabled the link.
#[component]
pub fn DisableDialog(
    /// The link's changes, which open and close the dialog.
    changes: LinkChanges,
) -> impl IntoView {
    let name = move || changes.link().as_ref().map(link_name).unwrap_or_default();
    view! {
        <ModalDialog open=Signal::derive(move || changes.is_open(Dialog::Disable)) title="Disable this link?" on_close=move |()| changes.close()>
            <ChangeForm
                changes
                dialog=Dialog::Disable
                submit_label="Disable link"
                cancel_label="Keep it enabled"
                danger=true
                on_submit=move |()| _ = changes.switch(false)
            >
                <p>"Nobody can join with “"{live_text(name)}"” once it is disabled."</p>
                <p>"People who already joined through it keep their accounts. You can enable the link again later."</p>
            </ChangeForm>
        </ModalDialog>
    }
}
