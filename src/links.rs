//! The links the page knows: Unleash's list, plus what this page created or changed since the list
//! was read. Loaded once per page (the list and the details views share it) and again on demand.

use leptos::prelude::*;
use leptos::task::spawn_local_scoped_with_cancellation;

use crate::api::{self, ApiError, ErrorKind, PublicSignupToken, TokenList};
use crate::config::LinkChangeKind;
use crate::link_key::link_key;
use crate::link_order::StateFilter;
use crate::ui::ApiContext;

/// One answer to a list read, with how many local changes had been made when it was sent.
#[derive(Clone)]
struct ListRead {
    changes_before: usize,
    result: Result<TokenList, ApiError>,
}

/// Where the list stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListStatus {
    /// The first read has not been answered yet, or a retry is running.
    Loading,
    /// The last read failed.
    Failed(ApiError),
    /// Read; `unreadable` tokens in the answer could not be decoded and are not shown.
    Loaded {
        /// How many tokens could not be read.
        unreadable: usize,
    },
}

/// The page's links, shared through Leptos context by the page's shell.
#[derive(Clone, Copy)]
pub struct LinkStore {
    read: RwSignal<Option<ListRead>>,
    changes: RwSignal<Vec<PublicSignupToken>>,
    reloads: RwSignal<u32>,
    loading: RwSignal<bool>,
    /// The secret of the link created last on this page, until its row has taken focus.
    pub newest: RwSignal<Option<String>>,
    /// Which links the list shows; kept while the user looks at one link's details.
    pub filter: RwSignal<StateFilter>,
    context: ApiContext,
}

impl LinkStore {
    /// Starts reading the list (again after every sign-in) and shares the store below the caller.
    ///
    /// Each read runs under an effect: a newer read, or the page going away, cancels it, so an
    /// answer never lands on a page that has moved on.
    pub fn provide(context: ApiContext) -> Self {
        let store = LinkStore {
            read: RwSignal::new(None),
            changes: RwSignal::new(Vec::new()),
            reloads: RwSignal::new(0),
            loading: RwSignal::new(true),
            newest: RwSignal::new(None),
            filter: RwSignal::new(StateFilter::All),
            context,
        };
        Effect::new(move |_| {
            context.sign_ins.track();
            store.reloads.track();
            let config = context.tracked_api();
            let changes_before = store.changes.with_untracked(Vec::len);
            store.loading.set(true);
            spawn_local_scoped_with_cancellation(async move {
                let result = api::list_tokens(&config).await;
                if result
                    .as_ref()
                    .is_err_and(|problem| problem.kind() == ErrorKind::SignInRequired)
                {
                    context.sign_in_needed();
                }
                store.read.set(Some(ListRead {
                    changes_before,
                    result,
                }));
                store.loading.set(false);
            });
        });
        provide_context(store);
        store
    }

    /// The store provided by the page's shell.
    ///
    /// # Panics
    ///
    /// Outside the invite-links page.
    pub fn expect() -> Self {
        expect_context::<LinkStore>()
    }

    /// Reads the list from Unleash again.
    pub fn reload(self) {
        self.reloads.update(|count| *count += 1);
    }

    /// Records the answer to a change this page made, and tells the host.
    pub fn remember(self, token: PublicSignupToken) {
        self.context.link_changed(LinkChangeKind::Changed, &token);
        self.changes.update(|changes| changes.push(token));
    }

    /// Records a link created on this page (it also takes focus when shown), and tells the host.
    pub fn remember_created(self, token: PublicSignupToken) {
        self.context.link_changed(LinkChangeKind::Created, &token);
        self.newest.set(Some(token.secret.clone()));
        self.changes.update(|changes| changes.push(token));
    }

    /// Every link known, in no particular order.
    pub fn tokens(self) -> Vec<PublicSignupToken> {
        let read = self.read.get();
        self.changes.with(|changes| match read {
            Some(ListRead {
                changes_before,
                result: Ok(list),
            }) => merged(list.tokens, &changes[changes_before.min(changes.len())..]),
            _ => merged(Vec::new(), changes),
        })
    }

    /// The link whose address key is `key`, if known.
    pub fn find(self, key: &str) -> Option<PublicSignupToken> {
        self.tokens()
            .into_iter()
            .find(|token| link_key(&token.secret) == key)
    }

    /// Where the list stands.
    pub fn status(self) -> ListStatus {
        if self.loading.get() {
            return ListStatus::Loading;
        }
        self.read.with(|read| match read {
            None => ListStatus::Loading,
            Some(ListRead {
                result: Err(error), ..
            }) => ListStatus::Failed(error.clone()),
            Some(ListRead {
                result: Ok(list), ..
            }) => ListStatus::Loaded {
                unreadable: list.unreadable,
            },
        })
    }
}

/// The links read from Unleash with the page's own later changes laid over them: a change made
/// after the read was sent is newer than what the read says about that link.
fn merged(
    mut read: Vec<PublicSignupToken>,
    later_changes: &[PublicSignupToken],
) -> Vec<PublicSignupToken> {
    for change in later_changes {
        match read.iter_mut().find(|known| known.secret == change.secret) {
            Some(known) => *known = change.clone(),
            None => read.push(change.clone()),
        }
    }
    read
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(name: &str, enabled: bool) -> PublicSignupToken {
        serde_json::from_value(serde_json::json!({
            "secret": format!("secret-{name}"), "name": name, "url": null, "enabled": enabled,
            "expiresAt": "2026-12-06T00:00:00Z", "createdAt": "2026-11-28T00:00:00Z",
        }))
        .unwrap()
    }

    #[test]
    fn changes_made_after_the_read_was_sent_win_and_new_links_are_added() {
        let read = vec![token("a", true), token("b", true)];
        let merged = merged(read, &[token("b", false), token("c", true)]);
        let shown: Vec<(&str, bool)> = merged
            .iter()
            .map(|token| (token.name.as_str(), token.enabled))
            .collect();
        assert_eq!(shown, [("a", true), ("b", false), ("c", true)]);
    }
}
