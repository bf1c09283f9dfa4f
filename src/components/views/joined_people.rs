//! [`JoinedPeople`]: everyone who signed up through a link.

use leptos::prelude::*;

use crate::api::TokenUser;
use crate::rules::shown_text::one_line;
use crate::ui::{live_flag, unique_id};
use crate::words;

/// "People who joined": everyone who signed up through the link, by name, user name and id.
#[component]
pub fn JoinedPeople(
    /// The people, as Unleash lists them (name and user name may be missing).
    #[prop(into)]
    users: Signal<Vec<TokenUser>>,
) -> impl IntoView {
    let words = words::Words::expect();
    let title_id = unique_id("uil-joined-title");
    let rows = move || {
        users
            .get()
            .into_iter()
            .map(|user| {
                view! {
                    <tr>
                        <td>{or_not_set(user.name)}</td>
                        <td>{or_not_set(user.username)}</td>
                        <td>{user.id}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="uil-joined" aria-labelledby=title_id.clone()>
            <h2 id=title_id.clone() class="uil-section-title">{words.live(words::PEOPLE_WHO_JOINED)}</h2>
            <p class="uil-note" hidden=live_flag(move || !users.with(Vec::is_empty))>
                {words.live(words::NOBODY_JOINED)}
            </p>
            <table class="uil-table" hidden=live_flag(move || users.with(Vec::is_empty))>
                <thead>
                    <tr><th scope="col">{words.live(words::NAME)}</th><th scope="col">{words.live(words::USER_NAME)}</th><th scope="col">{words.live(words::USER_ID)}</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

fn or_not_set(text: Option<String>) -> String {
    let words = words::Words::expect();
    text.as_deref()
        .map(one_line)
        .filter(|text| !text.trim().is_empty())
        .unwrap_or_else(|| words.get().text(words::NOT_SET))
}
