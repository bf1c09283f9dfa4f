//! [`LinkAction`]: the one way a view changes a link, from the press to one [`Outcome`].

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use leptos::task::spawn_local_scoped_with_cancellation;

use super::change::Change;
use super::lost_create::find_created;
use super::outcome::{cancelled_words, Check, Outcome};
use super::store::LinkStore;
use crate::api::{CreateTokenRequest, PublicSignupToken};
use crate::ui::{pause, Announcer, ApiContext, PendingRequest, Waits};

/// One view's changes to links (a dialog's, the Enable button's): it sends each change, one at a
/// time, and ends it in one [`Outcome`] that the view renders.
///
/// - Done: the store has the link as Unleash answered it, the host is told, the change is announced.
/// - Refused: nothing changed; the reason is kept for the view to show beside its field.
/// - Needs sign-in: the change waits; [`LinkAction::carry_on`] sends it once the user has signed in,
///   unless [`LinkAction::cancel`] dropped it first.
/// - Unknown: the links are read again after a pause ([`crate::ui::Waits::reread`]); a create looks for the link it may
///   have made, and another create of the same name asks first ([`LinkAction::may_exist`]).
/// - Cancelled: the request is aborted and the links are read again.
///
/// Changes to one link never overlap: while one is on its way, another to that link is not sent
/// ([`LinkAction::waits_for_other`]). Everything belongs to the view that made the action: when it
/// goes away, its request is aborted and nothing arrives later.
#[derive(Clone, Copy)]
pub struct LinkAction {
    store: LinkStore,
    context: ApiContext,
    announcer: Announcer,
    request: PendingRequest,
    change: RwSignal<Option<Change>>,
    outcome: RwSignal<Option<Outcome>>,
    held_for_sign_in: StoredValue<Option<Change>>,
    pressed: StoredValue<Pressed>,
    doubtful_names: StoredValue<Vec<String>>,
    attempts: StoredValue<u32>,
    view: StoredValue<Option<Owner>>,
    reread_after: std::time::Duration,
}

/// When the last change was sent, and which links the page knew then: what tells the link a create
/// made from the links that were there before.
#[derive(Clone, Default)]
struct Pressed {
    at: DateTime<Utc>,
    known_before: Vec<String>,
    /// The names Unleash may record as the creator, when the page knows who is signed in.
    made_by: Option<Vec<String>>,
}

impl LinkAction {
    /// An action of the calling view, inside the invite-links page.
    pub fn new() -> Self {
        LinkAction {
            store: LinkStore::expect(),
            context: ApiContext::expect(),
            announcer: Announcer::expect(),
            request: PendingRequest::new(),
            change: RwSignal::new(None),
            outcome: RwSignal::new(None),
            held_for_sign_in: StoredValue::new(None),
            pressed: StoredValue::new(Pressed::default()),
            doubtful_names: StoredValue::new(Vec::new()),
            attempts: StoredValue::new(0),
            view: StoredValue::new(Owner::current()),
            reread_after: Waits::current().reread,
        }
    }

    /// Creates a link.
    pub fn create(self, request: CreateTokenRequest) -> bool {
        self.send(Change::Create(request))
    }

    /// Gives `link` a new expiry.
    pub fn set_expiry(self, link: PublicSignupToken, expires_at: DateTime<Utc>) -> bool {
        self.send(Change::SetExpiry { link, expires_at })
    }

    /// Enables or disables `link`.
    pub fn set_enabled(self, link: PublicSignupToken, enabled: bool) -> bool {
        self.send(Change::SetEnabled { link, enabled })
    }

    /// Sends `change` unless this action's last change is still on its way, or another change to the
    /// same link is; returns whether it was sent.
    pub fn send(self, change: Change) -> bool {
        if self.request.pending.try_get_untracked() != Some(false)
            || change
                .secret()
                .is_some_and(|secret| self.store.is_changing(secret))
        {
            return false;
        }
        let known_before = match change {
            Change::Create(_) => untrack(|| self.store.tokens())
                .into_iter()
                .map(|token| token.secret)
                .collect(),
            _ => Vec::new(),
        };
        let pressed = Pressed {
            at: crate::local_time::now(),
            known_before,
            made_by: self.context.signed_in_names(),
        };
        let in_flight = change.secret().map(|secret| self.store.changing(secret));
        let config = self.context.api();
        let sent = change.clone();
        let started = self.request.start(
            async move {
                let _in_flight = in_flight;
                sent.send(&config).await
            },
            move |result| match result {
                Ok(token) => self.done(token),
                Err(error) => self.ended(Outcome::of_failure(error)),
            },
        );
        if started {
            self.pressed.set_value(pressed);
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
        if let Some(change) = held {
            self.send(change);
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
        self.announcer.say(cancelled_words(&change));
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

    /// True once the answer has taken longer than [`crate::ui::Waits::slow_answer`].
    pub fn slow(self) -> bool {
        self.request.slow.get()
    }

    /// True while another view's change to the link `secret` is on its way.
    pub fn waits_for_other(self, secret: &str) -> bool {
        !self.pending() && self.store.is_changing(secret)
    }

    /// The change last sent, if any.
    pub fn change(self) -> Option<Change> {
        self.change.get()
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
        self.doubtful_names
            .try_with_value(|names| names.iter().any(|doubtful| doubtful == name))
            .unwrap_or(false)
    }

    fn done(self, token: PublicSignupToken) {
        let Some(change) = self.change.try_get_untracked().flatten() else {
            return;
        };
        if let Change::Create(request) = &change {
            self.forget_doubt(&request.name);
        }
        self.outcome.set(Some(Outcome::Done(token.clone())));
        self.announcer.say(change.done_words());
        self.store.record(change.kind(), token);
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
            _ => self.outcome.set(Some(outcome)),
        }
    }

    /// After an unknown or cancelled change: reads the links again after a pause, and for a create
    /// looks for the link it may have made.
    fn follow_up(self, change: Change) {
        if let Change::Create(request) = &change {
            self.doubtful_names
                .update_value(|names| names.push(request.name.clone()));
        }
        let (Some(attempt), Some(pressed)) =
            (self.attempts.try_get_value(), self.pressed.try_get_value())
        else {
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
                    Ok(()) => Check::Read(self.look_up(&change, &pressed)),
                };
                self.outcome.update(|outcome| {
                    if let Some(Outcome::Unknown { check: shown, .. }) = outcome {
                        *shown = check;
                    }
                });
            });
        });
    }

    fn look_up(self, change: &Change, pressed: &Pressed) -> Option<PublicSignupToken> {
        let tokens = untrack(|| self.store.tokens());
        match change {
            Change::Create(request) => {
                let made = find_created(
                    &tokens,
                    &request.name,
                    pressed.at,
                    &pressed.known_before,
                    pressed.made_by.as_deref(),
                )?;
                self.forget_doubt(&request.name);
                self.store.record(change.kind(), made.clone());
                Some(made)
            }
            _ => {
                let secret = change.secret()?;
                tokens.into_iter().find(|token| token.secret == secret)
            }
        }
    }

    fn forget_doubt(self, name: &str) {
        self.doubtful_names
            .update_value(|names| names.retain(|doubtful| doubtful != name));
    }
}

impl Default for LinkAction {
    fn default() -> Self {
        Self::new()
    }
}
