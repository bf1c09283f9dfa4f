//! [`LinkStore`]: the links the page knows, which changes are on their way, and the list's state.

use leptos::prelude::*;
use leptos::task::spawn_local_scoped_with_cancellation;

use crate::api::{self, ApiError, PublicSignupToken, TokenList};
use crate::config::LinkChangeKind;
use crate::rules::link_key::link_key;
use crate::rules::link_order::StateFilter;
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
    /// A read has not been answered yet.
    Loading,
    /// The last read failed.
    Failed(ApiError),
    /// Read; `unreadable` tokens in the answer could not be decoded and are not shown.
    Loaded {
        /// How many tokens could not be read.
        unreadable: usize,
    },
}

/// The page's links: Unleash's list, plus what this page created or changed since the list was read.
/// Loaded once per page (the list and the details views share it) and again on demand. Its methods
/// may be called at any moment.
#[derive(Clone, Copy)]
pub struct LinkStore {
    read: RwSignal<Option<ListRead>>,
    changes: RwSignal<Vec<PublicSignupToken>>,
    reread_requests: RwSignal<u32>,
    reads_in_flight: RwSignal<u32>,
    /// Numbers the reads as they are sent; an answer older than the one shown is dropped.
    reads_sent: StoredValue<u64>,
    shown_read: StoredValue<u64>,
    changing: RwSignal<Vec<String>>,
    made_here: RwSignal<Vec<String>>,
    filter: RwSignal<StateFilter>,
    context: ApiContext,
}

impl LinkStore {
    /// Starts reading the list (again after every sign-in) and shares the store below the caller.
    ///
    /// Each read runs under an effect: a newer read, or the page going away, cancels it.
    pub fn provide(context: ApiContext) -> Self {
        let store = LinkStore {
            read: RwSignal::new(None),
            changes: RwSignal::new(Vec::new()),
            reread_requests: RwSignal::new(0),
            reads_in_flight: RwSignal::new(0),
            reads_sent: StoredValue::new(0),
            shown_read: StoredValue::new(0),
            changing: RwSignal::new(Vec::new()),
            made_here: RwSignal::new(Vec::new()),
            filter: RwSignal::new(StateFilter::All),
            context,
        };
        Effect::new(move |_| {
            context.track_access();
            store.reread_requests.track();
            let config = context.tracked_api();
            spawn_local_scoped_with_cancellation(async move {
                let _ = store.read_list(config).await;
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

    /// Which links the list shows (kept while the user looks at one link's details).
    pub fn filter(self) -> StateFilter {
        self.filter.get()
    }

    /// Shows the links `filter` lets through.
    pub fn show(self, filter: StateFilter) {
        self.filter.set(filter);
    }

    /// Reads the list from Unleash again.
    pub fn reload(self) {
        self.reread_requests.update(|count| *count += 1);
    }

    /// Reads the list once, in the caller's task; the answer is shown unless a read sent later
    /// has been shown already. Returns whether the read succeeded.
    pub(crate) async fn read_list(self, config: api::ApiConfig) -> Result<(), ApiError> {
        let Some(number) = self.reads_sent.try_update_value(|sent| {
            *sent += 1;
            *sent
        }) else {
            return Ok(());
        };
        let changes_before = self.changes.try_with_untracked(Vec::len).unwrap_or(0);
        let _reading = Reading::start(self.reads_in_flight);
        let result = api::list_tokens(&config).await;
        if result.as_ref().is_err_and(ApiError::needs_sign_in) {
            self.context.sign_in_needed();
        }
        let outcome = result.as_ref().map(|_| ()).map_err(Clone::clone);
        if self
            .shown_read
            .try_get_value()
            .is_some_and(|shown| shown < number)
        {
            self.shown_read.set_value(number);
            self.read.set(Some(ListRead {
                changes_before,
                result,
            }));
        }
        outcome
    }

    /// Records what Unleash answered to a change this page made, and tells the host.
    pub fn record(self, kind: LinkChangeKind, token: PublicSignupToken) {
        if kind == LinkChangeKind::Created {
            self.made_here
                .update(|made| made.push(token.secret.clone()));
        }
        self.changes.update(|changes| changes.push(token.clone()));
        self.context.link_changed(kind, &token);
    }

    /// Whether the link `secret` was made on this page (since it was loaded).
    pub fn is_new(self, secret: &str) -> bool {
        self.made_here
            .try_with(|made| made.iter().any(|made| made == secret))
            .unwrap_or(false)
    }

    /// The secrets of the links made on this page since it was loaded, the oldest first.
    pub fn made_here(self) -> Vec<String> {
        self.made_here.try_get().unwrap_or_default()
    }

    /// Whether a change to the link `secret` is on its way; another waits until it has ended.
    pub fn is_changing(self, secret: &str) -> bool {
        self.changing
            .try_with(|changing| changing.iter().any(|busy| busy == secret))
            .unwrap_or(false)
    }

    /// Notes that a change to `secret` is on its way until the returned guard is dropped.
    pub(crate) fn changing(self, secret: &str) -> ChangeInFlight {
        self.changing
            .update(|changing| changing.push(secret.to_owned()));
        ChangeInFlight {
            store: self,
            secret: secret.to_owned(),
        }
    }

    /// Every link known, in no particular order.
    pub fn tokens(self) -> Vec<PublicSignupToken> {
        let read = self.read.try_get().flatten();
        self.changes
            .try_with(|changes| match read {
                Some(ListRead {
                    changes_before,
                    result: Ok(list),
                }) => merged(list.tokens, &changes[changes_before.min(changes.len())..]),
                _ => merged(Vec::new(), changes),
            })
            .unwrap_or_default()
    }

    /// The link whose address key is `key`, if known.
    pub fn find(self, key: &str) -> Option<PublicSignupToken> {
        self.tokens()
            .into_iter()
            .find(|token| link_key(&token.secret) == key)
    }

    /// Where the list stands.
    pub fn status(self) -> ListStatus {
        if self.reads_in_flight.try_get().unwrap_or(0) > 0 {
            return ListStatus::Loading;
        }
        self.read
            .try_with(|read| match read {
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
            .unwrap_or(ListStatus::Loading)
    }
}

/// A change on its way to the link it names; dropping it (the answer came, or the request was
/// stopped) lets the next change to that link go.
pub(crate) struct ChangeInFlight {
    store: LinkStore,
    secret: String,
}

impl Drop for ChangeInFlight {
    fn drop(&mut self) {
        let secret = &self.secret;
        self.store.changing.update(|changing| {
            if let Some(at) = changing.iter().position(|busy| busy == secret) {
                changing.remove(at);
            }
        });
    }
}

/// Counts a list read as running until dropped (answered, or cancelled with its view).
struct Reading(RwSignal<u32>);

impl Reading {
    fn start(count: RwSignal<u32>) -> Self {
        count.update(|count| *count += 1);
        Reading(count)
    }
}

impl Drop for Reading {
    fn drop(&mut self) {
        self.0.update(|count| *count = count.saturating_sub(1));
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
        PublicSignupToken::sample(name, enabled)
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
