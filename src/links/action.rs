//! [`LinkAction`]: sends one change at a time, from the press to one [`Outcome`].

use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use leptos::task::spawn_local_scoped_with_cancellation;

use super::change::send;
use super::lost_create::LostCreates;
use super::store::LinkStore;
use crate::api::PublicSignupToken;
use crate::rules::change::Change;
use crate::rules::outcome::{Check, Outcome};
use crate::ui::{pause, Announcer, ApiContext, PendingRequest, Waits};
use crate::words;

/// The request behind a view's changes (see [`super::LinkChanges`], which decides what is sent and
/// what follows): it sends one change at a time and ends it in one [`Outcome`].
///
/// - Done: the store has the link as Unleash answered it, the host is told, the change is
///   announced, and the completion given to [`LinkAction::send`] runs.
/// - Refused: nothing changed; the reason is kept for the view to show beside its field.
/// - Needs sign-in: the change waits; [`LinkAction::carry_on`] sends it once the user has signed in,
///   unless [`LinkAction::cancel`] dropped it first.
/// - Unknown: the links are read again after a pause ([`Waits::reread`]); a create looks for the
///   link it may have made ([`LostCreates`]), and runs its completion if it finds it.
/// - Cancelled: the request is aborted and the links are read again.
///
/// Everything belongs to the view that made the action: when it goes away, its request is aborted
/// and nothing arrives later.
#[derive(Clone, Copy)]
pub struct LinkAction {
    store: LinkStore,
    context: ApiContext,
    announcer: Announcer,
    request: PendingRequest,
    pub(super) change: RwSignal<Option<Change>>,
    pub(super) outcome: RwSignal<Option<Outcome>>,
    /// What runs once the change last sent is done.
    then: StoredValue<Option<Callback<Change>>>,
    /// Given every final outcome (done, refused, unknown once checked), for a sequence of changes.
    settled: Option<Callback<Outcome>>,
    held_for_sign_in: StoredValue<Option<Change>>,
    lost: LostCreates,
    /// Counts the changes sent and cancelled: a reading again for an older one is not shown.
    attempts: StoredValue<u32>,
    view: StoredValue<Option<Owner>>,
    reread_after: std::time::Duration,
}

impl LinkAction {
    /// An action of the calling view, inside the invite-links page.
    pub fn new() -> Self {
        Self::with_settled(None)
    }

    /// An action for changes sent one after another: `settled` is given each change's final outcome
    /// (done, refused, or unknown once the links were read again; not a sign-in, which waits) and
    /// speaks for it, so the action announces nothing itself.
    pub fn for_sequence(settled: Callback<Outcome>) -> Self {
        Self::with_settled(Some(settled))
    }

    fn with_settled(settled: Option<Callback<Outcome>>) -> Self {
        LinkAction {
            store: LinkStore::expect(),
            context: ApiContext::expect(),
            announcer: Announcer::expect(),
            request: PendingRequest::new(),
            change: RwSignal::new(None),
            outcome: RwSignal::new(None),
            then: StoredValue::new(None),
            settled,
            held_for_sign_in: StoredValue::new(None),
            lost: LostCreates::new(),
            attempts: StoredValue::new(0),
            view: StoredValue::new(Owner::current()),
            reread_after: Waits::current().reread,
        }
    }

    /// Sends `change` unless this action's last change is still on its way; returns whether it was
    /// sent. `then` runs once it is done (after a sign-in too, or once a lost create is found).
    pub fn send(self, change: Change, then: Callback<Change>) -> bool {
        if self.request.pending.try_get_untracked() != Some(false) {
            return false;
        }
        let known_before = match change {
            Change::Create(_) => untrack(|| self.store.tokens())
                .into_iter()
                .map(|token| token.secret)
                .collect(),
            _ => Vec::new(),
        };
        let pressed_at = crate::ui::local_time::now();
        let in_flight = change.secret().map(|secret| self.store.changing(secret));
        let config = self.context.api();
        let sent = change.clone();
        let started = self.request.start(
            async move {
                let _in_flight = in_flight;
                send(&sent, &config).await
            },
            move |result| match result {
                Ok(token) => self.done(token),
                Err(error) => self.ended(Outcome::of_failure(error)),
            },
        );
        if started {
            self.lost
                .pressed(pressed_at, known_before, self.context.signed_in_names());
            self.then.set_value(Some(then));
            self.held_for_sign_in.set_value(None);
            self.attempts.update_value(|count| *count += 1);
            self.outcome.set(None);
            self.change.set(Some(change));
        }
        started
    }

    /// Sends the change that waited for a sign-in, exactly once; nothing if it was cancelled.
    pub fn carry_on(self) {
        let held = self
            .held_for_sign_in
            .try_update_value(Option::take)
            .flatten();
        let then = self.then.try_get_value().flatten();
        if let (Some(change), Some(then)) = (held, then) {
            self.send(change, then);
        }
    }

    /// Stops waiting: aborts the change on its way (it may have happened: the links are read again)
    /// or drops the change waiting for a sign-in. Returns whether a request was stopped.
    pub fn cancel(self) -> bool {
        self.held_for_sign_in.set_value(None);
        if !self.request.cancel() {
            if matches!(
                self.outcome.try_get_untracked(),
                Some(Some(Outcome::NeedsSignIn(_)))
            ) {
                self.outcome.set(None);
            }
            return false;
        }
        let Some(change) = self.change.try_get_untracked().flatten() else {
            return true;
        };
        self.attempts.update_value(|count| *count += 1);
        self.outcome.set(Some(Outcome::Cancelled));
        self.say(words::cancelled(&change));
        self.follow_up(change);
        true
    }

    /// Forgets the last outcome (a dialog opened again starts afresh); a change on its way goes on.
    pub fn dismiss(self) {
        if self.request.pending.try_get_untracked() == Some(false) {
            self.held_for_sign_in.set_value(None);
            self.outcome.set(None);
        }
    }

    /// True while a change is on its way.
    pub fn pending(self) -> bool {
        self.request.pending.get()
    }

    /// True once the answer has taken longer than [`Waits::slow_answer`].
    pub fn slow(self) -> bool {
        self.request.slow.get()
    }

    /// The change last sent, if any.
    pub fn change(self) -> Option<Change> {
        self.change.get()
    }

    /// The change last sent, untracked; `None` also once the view is gone.
    pub fn change_untracked(self) -> Option<Change> {
        self.change.try_get_untracked().flatten()
    }

    /// How the last change ended, if it has.
    pub fn outcome(self) -> Option<Outcome> {
        self.outcome.get()
    }

    /// The server's words about one field of a refused change (`"name"`, `"expiresAt"`).
    pub fn refusal_for(self, field: &str) -> Option<String> {
        self.outcome.with(|outcome| match outcome {
            Some(Outcome::Refused(error)) => error.field_message(field).map(str::to_owned),
            _ => None,
        })
    }

    /// The link the last create made, once that is certain.
    pub fn created(self) -> Option<PublicSignupToken> {
        self.outcome
            .with(|outcome| outcome.as_ref()?.created_link().cloned())
            .filter(|_| matches!(self.change.get(), Some(Change::Create(_))))
    }

    /// Whether a create of `name` may already have happened: one ended without an answer, and no
    /// link it made has been found. Another create of that name should ask first.
    pub fn may_exist(self, name: &str) -> bool {
        self.lost.may_exist(name)
    }

    fn done(self, token: PublicSignupToken) {
        let Some(change) = self.change.try_get_untracked().flatten() else {
            return;
        };
        if let Change::Create(request) = &change {
            self.lost.settle(&request.name);
        }
        self.outcome.set(Some(Outcome::Done(token.clone())));
        self.say(words::done(&change));
        self.store.record(change.kind(), token.clone());
        self.run_then(change);
        self.settle(Outcome::Done(token));
    }

    fn say(self, words: impl Into<String>) {
        if self.settled.is_none() {
            self.announcer.say(words);
        }
    }

    fn settle(self, outcome: Outcome) {
        if let Some(settled) = self.settled {
            settled.try_run(outcome);
        }
    }

    fn run_then(self, change: Change) {
        if let Some(then) = self.then.try_get_value().flatten() {
            then.try_run(change);
        }
    }

    fn ended(self, outcome: Outcome) {
        let Some(change) = self.change.try_get_untracked().flatten() else {
            return;
        };
        match &outcome {
            Outcome::NeedsSignIn(_) => {
                self.held_for_sign_in.set_value(Some(change.clone()));
                self.outcome.set(Some(outcome));
                self.context.sign_in_needed();
            }
            Outcome::Unknown { .. } => {
                self.outcome.set(Some(outcome));
                self.follow_up(change);
            }
            _ => {
                self.outcome.set(Some(outcome.clone()));
                self.settle(outcome);
            }
        }
    }

    /// After an unknown or cancelled change: reads the links again after a pause, and for a create
    /// looks for the link it may have made.
    fn follow_up(self, change: Change) {
        self.lost.doubt(&change);
        let Some(attempt) = self.attempts.try_get_value() else {
            return;
        };
        let Some(view) = self.view.try_get_value().flatten() else {
            return;
        };
        let config = self.context.api();
        view.with(|| {
            spawn_local_scoped_with_cancellation(async move {
                pause(self.reread_after).await;
                let read = self.store.read_list(config).await;
                if self.attempts.try_get_value() != Some(attempt) {
                    return;
                }
                let check = match read {
                    Err(error) => Check::Failed(error),
                    Ok(()) => Check::Read(self.look_up(&change)),
                };
                let mut found_create = false;
                let mut checked = None;
                self.outcome.update(|outcome| {
                    if let Some(Outcome::Unknown { check: shown, .. }) = outcome {
                        found_create = matches!(check, Check::Read(Some(_)))
                            && matches!(change, Change::Create(_));
                        *shown = check;
                        checked = outcome.clone();
                    }
                });
                if found_create {
                    self.run_then(change);
                }
                if let Some(outcome) = checked {
                    self.settle(outcome);
                }
            });
        });
    }

    fn look_up(self, change: &Change) -> Option<PublicSignupToken> {
        let tokens = untrack(|| self.store.tokens());
        match change {
            Change::Create(request) => {
                let made = self.lost.find(&tokens, &request.name)?;
                self.store.record(change.kind(), made.clone());
                Some(made)
            }
            _ => {
                let secret = change.secret()?;
                tokens.into_iter().find(|token| token.secret == secret)
            }
        }
    }
}

impl Default for LinkAction {
    fn default() -> Self {
        Self::new()
    }
}
