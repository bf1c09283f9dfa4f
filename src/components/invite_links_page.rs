use leptos::prelude::*;

use super::{ApiContext, Clock, CreateLinkDialog, LinkList, Links};
use crate::api::PublicSignupToken;
use crate::config::ApiConfig;

/// The settings page: "Create invite link", its dialog, and every link Unleash holds.
///
/// This is the component a host console embeds. It provides the [`ApiContext`] its children use.
#[component]
pub fn InviteLinksPage(
    /// Where Unleash is and how to authenticate; by default this page's origin with the session cookie.
    #[prop(optional)]
    config: ApiConfig,
    /// Offer Unleash's own sign-in when a request answers 401. Hosts that sign users in themselves say false.
    #[prop(default = true)]
    offer_sign_in: bool,
) -> impl IntoView {
    ApiContext::provide(config, offer_sign_in);
    Clock::provide();
    let dialog_open = RwSignal::new(false);
    let links = Links::new();
    let announcement = RwSignal::new("");
    let on_created = move |token: PublicSignupToken| {
        links.add_created(token);
        announcement.set("Invite link created.");
    };

    view! {
        <div class="uil-page">
            <header class="uil-header">
                <h1 class="uil-title">"Invite links"</h1>
                <p class="uil-lead">
                    "Invite colleagues to Unleash with a link. People who join through it get the Viewer role."
                </p>
                <button
                    class="uil-button uil-primary"
                    type="button"
                    aria-haspopup="dialog"
                    on:click=move |_| {
                        announcement.set("");
                        dialog_open.set(true);
                    }
                >
                    "Create invite link"
                </button>
            </header>
            <CreateLinkDialog open=dialog_open on_created=on_created />
            <p class="uil-visually-hidden" role="status">{move || announcement.get()}</p>
            <LinkList links=links />
        </div>
    }
}
