use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{unique_id, ApiContext, InviteLinkCard, SignInForm};
use crate::api::{self, ApiError, ErrorKind, PublicSignupToken};

/// The links Unleash holds, newest first, as the page knows them.
#[derive(Clone, Copy)]
pub struct Links {
    /// The links loaded so far.
    pub tokens: RwSignal<Vec<PublicSignupToken>>,
    /// Why the last load failed, if it did.
    pub problem: RwSignal<Option<ApiError>>,
    /// Whether a load has finished yet.
    pub loaded: RwSignal<bool>,
    /// How many links in the last answer could not be read (and are not shown).
    pub unreadable: RwSignal<usize>,
    /// The secret of the link created last on this page, whose card takes focus.
    pub newest: RwSignal<Option<String>>,
    /// Counts loads, so that an answer to an older load never replaces a newer one.
    loads: StoredValue<u32>,
}

impl Links {
    /// Empty, not yet loaded.
    pub fn new() -> Self {
        Links {
            tokens: RwSignal::new(Vec::new()),
            problem: RwSignal::new(None),
            loaded: RwSignal::new(false),
            unreadable: RwSignal::new(0),
            newest: RwSignal::new(None),
            loads: StoredValue::new(0),
        }
    }

    /// Puts a link created on this page at the top of the list.
    pub fn add_created(self, token: PublicSignupToken) {
        self.newest.set(Some(token.secret.clone()));
        self.tokens.update(|tokens| {
            tokens.retain(|known| known.secret != token.secret);
            tokens.insert(0, token);
        });
    }

    fn load(self, context: ApiContext) {
        let config = context.config.get_untracked();
        self.loads.update_value(|count| *count += 1);
        let this_load = self.loads.get_value();
        spawn_local(async move {
            let result = api::list_tokens(&config).await;
            if self.loads.get_value() != this_load {
                return;
            }
            match result {
                Ok(list) => {
                    self.unreadable.set(list.unreadable);
                    self.tokens.update(|shown| {
                        *shown = merged(list.tokens, shown, self.newest.get_untracked())
                    });
                    self.problem.set(None);
                }
                Err(error) => self.problem.set(Some(error)),
            }
            self.loaded.set(true);
        });
    }
}

/// The loaded list, newest first, keeping the link created here last if the list was read before it
/// existed (a load started at sign-in can finish after the create that followed it).
fn merged(
    mut loaded: Vec<PublicSignupToken>,
    shown: &[PublicSignupToken],
    newest: Option<String>,
) -> Vec<PublicSignupToken> {
    let missing = shown.iter().find(|token| {
        Some(&token.secret) == newest.as_ref()
            && loaded.iter().all(|known| known.secret != token.secret)
    });
    loaded.extend(missing.cloned());
    loaded.sort_by_key(|token| std::cmp::Reverse(token.created_at));
    loaded
}

impl Default for Links {
    fn default() -> Self {
        Self::new()
    }
}

/// "Existing links": every link Unleash holds, loaded when the page opens and after each sign-in.
#[component]
pub fn LinkList(
    /// The list this component loads and shows.
    links: Links,
) -> impl IntoView {
    let context = ApiContext::expect();
    Effect::new(move |_| {
        context.sign_ins.track();
        context.config.track();
        links.load(context);
    });
    let heading_ref = NodeRef::<html::H2>::new();
    let title_id = unique_id("uil-links-title");
    let focus_heading = move |()| {
        if let Some(heading) = heading_ref.get_untracked() {
            let _ = heading.focus();
        }
    };
    let needs_sign_in = move || {
        context.offer_sign_in
            && links.problem.with(|p| {
                p.as_ref()
                    .is_some_and(|p| p.kind() == ErrorKind::SignInRequired)
            })
    };
    let message = move || {
        if !links.loaded.get() {
            return Some("Loading invite links…".to_owned());
        }
        match links.problem.get() {
            Some(problem)
                if problem.kind() == ErrorKind::SignInRequired && context.offer_sign_in =>
            {
                Some("Sign in to see and create invite links.".to_owned())
            }
            Some(problem) => Some(context.describe(&problem)),
            None if links.unreadable.get() > 0 => Some(match links.unreadable.get() {
                1 => "Unleash sent 1 invite link that this page could not read; it is not shown.".to_owned(),
                count => format!("Unleash sent {count} invite links that this page could not read; they are not shown."),
            }),
            None if links.tokens.with(Vec::is_empty) => {
                Some("No invite links yet. Create one to invite colleagues.".to_owned())
            }
            None => None,
        }
    };
    view! {
        <section class="uil-links" aria-labelledby=title_id.clone()>
            <h2 id=title_id.clone() class="uil-section-title" tabindex="-1" node_ref=heading_ref>
                "Existing links"
            </h2>
            <p class="uil-note" role="status">{message}</p>
            {move || needs_sign_in().then(|| view! { <SignInForm on_signed_in=focus_heading /> })}
            <For
                each=move || links.tokens.get()
                key=|token| (token.secret.clone(), token.enabled, token.expires_at, token.joined_count())
                let:token
            >
                {
                    let focus = links.newest.get_untracked().as_deref() == Some(token.secret.as_str());
                    view! { <InviteLinkCard token=token focus_on_mount=focus /> }
                }
            </For>
        </section>
    }
}
