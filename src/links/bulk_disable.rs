//! [`BulkDisable`]: the links selected in the list, and disabling them one after another.

use leptos::html;
use leptos::prelude::*;

use super::action::LinkAction;
use super::store::LinkStore;
use crate::api::PublicSignupToken;
use crate::rules::change::Change;
use crate::rules::outcome::{is_disabled, BulkEnd, Outcome};
use crate::rules::selection::clicked_rows;
use crate::ui::focus_soon;

/// The list's selection and "Disable selected": the PUTs go one at a time through one
/// [`LinkAction`], so each link ends in one of the outcomes every change has. A link that needs a
/// sign-in waits for it, then the rest follow; Cancel aborts the link on its way (it may have been
/// disabled) and sends no more. When the run ends, focus goes to its report. A view that goes away
/// during a run aborts it, and the links are read again, as after a cancel.
#[derive(Clone, Copy)]
pub struct BulkDisable {
    action: LinkAction,
    store: LinkStore,
    links: Memo<Vec<PublicSignupToken>>,
    selected: RwSignal<Vec<String>>,
    anchor: StoredValue<Option<String>>,
    /// The selectable rows as shown, for Shift-click ranges and "select all".
    shown: Signal<Vec<String>>,
    waiting: StoredValue<Vec<PublicSignupToken>>,
    total: RwSignal<usize>,
    ended: RwSignal<Vec<BulkEnd>>,
    running: RwSignal<bool>,
    /// The report of the last run, which takes focus when it ends.
    pub report: NodeRef<html::P>,
}

impl BulkDisable {
    /// The selection among the `shown` rows (the secrets of the links that can be disabled, in the
    /// list's order), out of `links` (every link the page knows, as the list reads them).
    pub fn new(links: Memo<Vec<PublicSignupToken>>, shown: Signal<Vec<String>>) -> Self {
        let itself = StoredValue::new(None::<BulkDisable>);
        let action = LinkAction::for_sequence(Callback::new(move |outcome| {
            if let Some(Some(bulk)) = itself.try_get_value() {
                bulk.settled(outcome);
            }
        }));
        let bulk = BulkDisable {
            action,
            store: LinkStore::expect(),
            links,
            selected: RwSignal::new(Vec::new()),
            anchor: StoredValue::new(None),
            shown,
            waiting: StoredValue::new(Vec::new()),
            total: RwSignal::new(0),
            ended: RwSignal::new(Vec::new()),
            running: RwSignal::new(false),
            report: NodeRef::new(),
        };
        itself.set_value(Some(bulk));
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

    /// Starts disabling `links`, one at a time; nothing if a run is on its way.
    pub fn start(self, links: Vec<PublicSignupToken>) {
        if self.running.get_untracked() || links.is_empty() {
            return;
        }
        self.total.set(links.len());
        self.ended.set(Vec::new());
        self.waiting.set_value(links.into_iter().rev().collect());
        self.running.set(true);
        self.next();
    }

    /// Stops the run: the link on its way is cancelled (it may have been disabled: the links are
    /// read again), one waiting for a sign-in and the rest are not sent.
    pub fn cancel(self) {
        if self.running.try_get_untracked() != Some(true) {
            return;
        }
        let current = self.current();
        let cancelled = self.action.cancel();
        let mut not_sent = self
            .waiting
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        not_sent.reverse();
        self.ended.update(|ended| {
            if let Some(link) = current {
                let outcome = match self.action.outcome.try_get_untracked().flatten() {
                    Some(unknown @ Outcome::Unknown { .. }) => Some(unknown),
                    _ => cancelled.then_some(Outcome::Cancelled),
                };
                if !ended.iter().any(|(done, _)| done.secret == link.secret) {
                    ended.push((link, outcome));
                }
            }
            ended.extend(not_sent.into_iter().map(|link| (link, None)));
        });
        self.finish();
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
        if self.running.try_get() != Some(true) {
            return None;
        }
        match self.action.change.try_get().flatten() {
            Some(Change::SetEnabled { link, .. }) => Some(link),
            _ => None,
        }
    }

    fn next(self) {
        let Some(Some(link)) = self.waiting.try_update_value(Vec::pop) else {
            self.finish();
            return;
        };
        let change = Change::SetEnabled {
            link,
            enabled: false,
        };
        if !self.action.send(change, Callback::new(|_| ())) {
            self.finish();
        }
    }

    fn settled(self, outcome: Outcome) {
        let Some(Some(Change::SetEnabled { link, .. })) = self.action.change.try_get_untracked()
        else {
            return;
        };
        if is_disabled(&outcome) {
            self.selected
                .update(|selected| selected.retain(|secret| *secret != link.secret));
        }
        let running = self.running.try_get_untracked() == Some(true);
        self.ended.update(|ended| {
            match ended
                .iter_mut()
                .find(|(shown, _)| shown.secret == link.secret)
            {
                Some(end) => end.1 = Some(outcome),
                None if running => ended.push((link, Some(outcome))),
                None => {}
            }
        });
        if running {
            self.next();
        }
    }

    fn finish(self) {
        if self.running.try_get_untracked() == Some(true) {
            self.running.set(false);
            focus_soon(self.report);
        }
    }
}
