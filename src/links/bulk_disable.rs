//! [`BulkDisable`]: the links selected in the list, and disabling them one after another.

use std::future::Future;

use leptos::prelude::*;

use super::action::LinkAction;
use super::store::LinkStore;
use crate::api::PublicSignupToken;
use crate::rules::change::Change;
use crate::rules::outcome::{is_disabled, BulkEnd, Outcome};
use crate::rules::selection::clicked_rows;

/// The list's selection and "Disable selected": [`BulkDisable::run`] is a loop that awaits each
/// link's [`LinkAction::run`], so each link ends in one of the outcomes every change has. A link that
/// needs a sign-in waits for it, then the rest follow; [`BulkDisable::stop`] aborts the link on its
/// way (it may have been disabled) and sends no more. A view that goes away during a run drops it,
/// and the links are read again, as after a stop.
#[derive(Clone, Copy)]
pub struct BulkDisable {
    action: LinkAction,
    store: LinkStore,
    links: Memo<Vec<PublicSignupToken>>,
    selected: RwSignal<Vec<String>>,
    anchor: StoredValue<Option<String>>,
    /// The selectable rows as shown, for Shift-click ranges and "select all".
    shown: Signal<Vec<String>>,
    current: RwSignal<Option<PublicSignupToken>>,
    stopped: StoredValue<bool>,
    total: RwSignal<usize>,
    ended: RwSignal<Vec<BulkEnd>>,
    running: RwSignal<bool>,
}

impl BulkDisable {
    /// The selection among the `shown` rows (the secrets of the links that can be disabled, in the
    /// list's order), out of `links` (every link the page knows, as the list reads them).
    pub fn new(links: Memo<Vec<PublicSignupToken>>, shown: Signal<Vec<String>>) -> Self {
        let bulk = BulkDisable {
            action: LinkAction::new(),
            store: LinkStore::expect(),
            links,
            selected: RwSignal::new(Vec::new()),
            anchor: StoredValue::new(None),
            shown,
            current: RwSignal::new(None),
            stopped: StoredValue::new(false),
            total: RwSignal::new(0),
            ended: RwSignal::new(Vec::new()),
            running: RwSignal::new(false),
        };
        on_cleanup(move || {
            if bulk.running.try_get_untracked() == Some(true) {
                bulk.store.reload();
            }
        });
        bulk
    }

    /// The action sending the PUTs: its outcome tells of the link on its way (a sign-in, say).
    pub fn action(self) -> LinkAction {
        self.action
    }

    /// Whether the link with `secret` is selected.
    pub fn is_selected(self, secret: &str) -> bool {
        self.selected
            .with(|selected| selected.iter().any(|s| s == secret))
    }

    /// A click on a row's checkbox: selects or unselects it, with `range` (Shift) every shown row
    /// from the row clicked before.
    pub fn click(self, secret: &str, range: bool) {
        let select = !untrack(|| self.is_selected(secret));
        let anchor = self.anchor.get_value();
        let keys = self
            .shown
            .with_untracked(|shown| clicked_rows(shown, anchor.as_deref(), secret, range).to_vec());
        self.set(&keys, select);
        self.anchor.set_value(Some(secret.to_owned()));
    }

    /// Whether every shown row is selected (and there is one).
    pub fn all_shown_selected(self) -> bool {
        self.shown
            .with(|shown| !shown.is_empty() && shown.iter().all(|secret| self.is_selected(secret)))
    }

    /// Selects every shown row, or unselects them all if they all were.
    pub fn toggle_all_shown(self) {
        let select = !untrack(|| self.all_shown_selected());
        self.set(&self.shown.get_untracked(), select);
    }

    /// Unselects every link.
    pub fn clear(self) {
        self.selected.set(Vec::new());
    }

    fn set(self, keys: &[String], select: bool) {
        self.selected.update(|selected| {
            selected.retain(|secret| !keys.contains(secret));
            if select {
                selected.extend_from_slice(keys);
            }
        });
    }

    /// The selected links that are still enabled, in the list's order.
    pub fn chosen(self) -> Vec<PublicSignupToken> {
        self.selected.with(|selected| {
            self.links.with(|links| {
                links
                    .iter()
                    .filter(|link| link.enabled && selected.contains(&link.secret))
                    .cloned()
                    .collect()
            })
        })
    }

    /// Disables `links` one at a time, each awaited to its outcome, until all are done or
    /// [`BulkDisable::stop`]; resolves when the run has ended. The run starts at the call (it shows
    /// as running at once); nothing if another is on its way.
    pub fn run(self, links: Vec<PublicSignupToken>) -> impl Future<Output = ()> {
        let starts = !self.running.get_untracked() && !links.is_empty();
        if starts {
            self.total.set(links.len());
            self.ended.set(Vec::new());
            self.stopped.set_value(false);
            self.running.set(true);
        }
        async move {
            if starts {
                self.disable_each(links).await;
            }
        }
    }

    async fn disable_each(self, links: Vec<PublicSignupToken>) {
        let mut links = links.into_iter();
        for link in links.by_ref() {
            self.current.set(Some(link.clone()));
            let change = Change::SetEnabled {
                link: link.clone(),
                enabled: false,
            };
            let end = match self.action.run(change).await {
                Outcome::NeedsSignIn(_) => None,
                outcome => Some(outcome),
            };
            if end.as_ref().is_some_and(is_disabled) {
                self.selected
                    .update(|selected| selected.retain(|secret| *secret != link.secret));
            }
            self.ended.update(|ended| ended.push((link, end)));
            if self.stopped.get_value() {
                break;
            }
        }
        self.ended
            .update(|ended| ended.extend(links.map(|link| (link, None))));
        self.current.set(None);
        self.running.set(false);
    }

    /// Stops the run: the link on its way is cancelled (it may have been disabled: the links are
    /// read again), one waiting for a sign-in and the rest are not sent.
    pub fn stop(self) {
        if self.running.try_get_untracked() == Some(true) {
            self.stopped.set_value(true);
            self.action.cancel();
        }
    }

    /// True while a run is on its way.
    pub fn running(self) -> bool {
        self.running.get()
    }

    /// How many links the last run set out to disable.
    pub fn total(self) -> usize {
        self.total.get()
    }

    /// How each link of the last run has ended so far, in the order sent.
    pub fn ended(self) -> Vec<BulkEnd> {
        self.ended.get()
    }

    /// The link on its way (or waiting for a sign-in), while a run is.
    pub fn current(self) -> Option<PublicSignupToken> {
        self.current.get()
    }
}
