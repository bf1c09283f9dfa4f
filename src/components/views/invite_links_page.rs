//! [`InviteLinksPage`]: the shell around the page's views, with what they share.

use leptos::prelude::*;

use crate::config::InviteLinksConfig;
use crate::links::LinkStore;
use crate::ui::base_path::BasePath;
use crate::ui::language::follow_language;
use crate::ui::{live_flag, live_text, Announcer, ApiContext, Clock};
use crate::words;

/// The invite-links page around its views (the list, one link's details): it provides what they
/// share (the API, the links, the clock, the base path) and shows the view the address names.
#[component]
pub fn InviteLinksPage(
    /// Where Unleash is, how to authenticate, who signs in, who hears of changes.
    config: InviteLinksConfig,
    /// Where the page lives in the host's addresses.
    base: BasePath,
    /// The view the address names: the page's own choice, or a host router's outlet.
    #[prop(into)]
    current: ViewFn,
) -> impl IntoView {
    let words = words::Words::provide();
    let language = config
        .language
        .unwrap_or_else(|| Signal::stored("en".to_owned()));
    let waiting = follow_language(
        words,
        language,
        config.catalogues.clone(),
        config.catalogue_files.clone(),
    );
    let current = match base.refused() {
        Some((given, problem)) => {
            let given = given.to_owned();
            let refusal = move || words.get().base_path_refused(&given, problem);
            ViewFn::from(
                move || view! { <p class="uil-error" role="alert">{live_text(refusal.clone())}</p> },
            )
        }
        None => {
            let context = ApiContext::provide(config);
            Clock::provide();
            LinkStore::provide(context);
            provide_context(base);
            current
        }
    };
    let announcement = Announcer::provide().text();
    view! {
        <div class="uil-page" lang=live_text(move || words.get().language().to_owned()) class:uil-waiting=live_flag(move || waiting.get())>
            <p class="uil-visually-hidden" role="status">{announcement}</p>
            {current.run()}
        </div>
    }
}
