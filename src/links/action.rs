//! [`LinkAction`]: a change from the press to its final [`Outcome`], as one await.

use std::future::Future;

use leptos::prelude::*;

use super::change::send;
use super::lost_create::LostCreates;
use super::store::LinkStore;
use super::user_line::{first, Heard, UserLine};
use crate::api::{self, ApiError, PublicSignupToken};
use crate::rules::change::Change;
use crate::rules::outcome::{Check, Outcome};
use crate::ui::{pause, ApiContext, ViewTasks, Waits};

/// Sends one change at a time: [`LinkAction::run`] resolves to its final outcome, which the view's
/// signals show on the way (sending, still waiting, a sign-in asked for).
///
/// - Done: the store has the link as Unleash answered it, and the host is told.
/// - Refused: nothing changed; the reason is kept for the view to show beside its field.
/// - Needs sign-in: the run waits; [`LinkAction::carry_on`] sends the change again, once, when the
///   user has signed in. Stopped instead, it resolves to the sign-in it needed (nothing was sent).
/// - Unknown: the links are read again after a pause ([`Waits::reread`]); a create looks for the
///   link it may have made ([`LostCreates`]). The run resolves once that is known.
/// - Cancelled: [`LinkAction::cancel`] aborts the request; the links are read again.
///
/// It belongs to the view that made it: a run awaited in that view's task ends with the view.
#[derive(Clone, Copy)]
pub struct LinkAction {
    store: LinkStore,
    context: ApiContext,
    change: RwSignal<Option<Change>>,
    outcome: RwSignal<Option<Outcome>>,
    pending: RwSignal<bool>,
    slow: RwSignal<bool>,
    /// Where the user reaches the run on its way.
    line: StoredValue<Option<UserLine>, LocalStorage>,
    lost: LostCreates,
    /// Counts the runs started and cancelled: an older run writes nothing the view shows.
    runs: StoredValue<u32>,
    tasks: ViewTasks,
    waits: Waits,
}

impl LinkAction {
    /// An action of the calling view, inside the invite-links page.
    pub fn new() -> Self {
        LinkAction {
            store: LinkStore::expect(),
            context: ApiContext::expect(),
            change: RwSignal::new(None),
            outcome: RwSignal::new(None),
            pending: RwSignal::new(false),
            slow: RwSignal::new(false),
            line: StoredValue::new_local(None),
            lost: LostCreates::new(),
            runs: StoredValue::new(0),
            tasks: ViewTasks::new(),
            waits: Waits::current(),
        }
    }

    /// Sends `change` and resolves to its final outcome. From the call on, [`LinkAction::pending`]
    /// is true until Unleash answers, so a second press in the same moment sees it busy; the caller
    /// sends one change at a time.
    pub fn run(self, change: Change) -> impl Future<Output = Outcome> {
        let line = UserLine::default();
        let run = self.begin(&change, line.clone());
        async move {
            match run {
                Some(run) => self.finish(run, change, line).await,
                None => Outcome::Cancelled,
            }
        }
    }

    async fn finish(self, run: u32, change: Change, line: UserLine) -> Outcome {
        loop {
            let Some(answer) = self.answer(&change, &line).await else {
                return Outcome::Cancelled;
            };
            let outcome = match answer {
                Ok(token) => return self.done(run, &change, token),
                Err(error) => Outcome::of_failure(error),
            };
            self.show(run, Some(outcome.clone()));
            match outcome {
                Outcome::NeedsSignIn(error) => {
                    self.context.sign_in_needed();
                    if line.next().await == Heard::Stop {
                        self.show(run, None);
                        return Outcome::NeedsSignIn(error);
                    }
                }
                Outcome::Unknown { cause, .. } => return self.check(run, &change, cause).await,
                refused => return refused,
            }
        }
    }

    /// Notes the press of `change`, and that it is the run shown from now on.
    fn begin(self, change: &Change, line: UserLine) -> Option<u32> {
        let known_before = match change {
            Change::Create(_) => untrack(|| self.store.tokens())
                .into_iter()
                .map(|token| token.secret)
                .collect(),
            _ => Vec::new(),
        };
        let run = self.runs.try_update_value(|runs| {
            *runs += 1;
            *runs
        })?;
        let pressed_at = crate::ui::local_time::now();
        self.lost.pressed(pressed_at, known_before);
        self.stop_waiting();
        self.line.set_value(Some(line));
        self.pending.set(true);
        self.outcome.set(None);
        self.change.set(Some(change.clone()));
        Some(run)
    }

    /// Unleash's answer to `change`; `None` once the user stopped it (the request is then aborted).
    async fn answer(
        self,
        change: &Change,
        line: &UserLine,
    ) -> Option<Result<PublicSignupToken, ApiError>> {
        let config = self.context.api();
        let _in_flight = change.secret().map(|secret| self.store.changing(secret));
        self.pending.set(true);
        self.slow.set(false);
        let slow = async {
            pause(self.waits.slow_answer).await;
            self.slow.set(true);
        };
        let stopped = async {
            if first(line.stopped(), slow).await.is_none() {
                line.stopped().await;
            }
        };
        let answer = first(send(change, &config), stopped).await;
        self.pending.set(false);
        self.slow.set(false);
        answer
    }

    fn done(self, run: u32, change: &Change, token: PublicSignupToken) -> Outcome {
        if let Change::Create(request) = change {
            self.lost.settle(&request.name);
        }
        let outcome = Outcome::Done(token.clone());
        self.show(run, Some(outcome.clone()));
        self.store.record(change.kind(), token);
        outcome
    }

    /// After no answer: reads the links again after a pause and resolves to what that found.
    async fn check(self, run: u32, change: &Change, cause: ApiError) -> Outcome {
        let check = self.read_again(change).await;
        let outcome = Outcome::Unknown { cause, check };
        self.show(run, Some(outcome.clone()));
        outcome
    }

    /// Reads the links again after [`Waits::reread`]; for a create, looks for the link it may have
    /// made (and records it: the list marks it new), by the user who pressed it: when the page does
    /// not know who that is (it sends a token, or a session it did not sign in), it asks Unleash.
    async fn read_again(self, change: &Change) -> Check {
        self.lost.doubt(change);
        pause(self.waits.reread).await;
        let config = self.context.api();
        if let Err(error) = self.store.read_list(config.clone()).await {
            return Check::Failed(error);
        }
        let made_by = match change {
            Change::Create(_) => api::acting_names(&config).await,
            _ => None,
        };
        Check::Read(self.look_up(change, made_by.as_deref()))
    }

    fn look_up(self, change: &Change, made_by: Option<&[String]>) -> Option<PublicSignupToken> {
        let tokens = untrack(|| self.store.tokens());
        match change {
            Change::Create(request) => {
                let made = self.lost.find(&tokens, &request.name, made_by)?;
                self.store.record(change.kind(), made.clone());
                Some(made)
            }
            _ => {
                let secret = change.secret()?;
                tokens.into_iter().find(|token| token.secret == secret)
            }
        }
    }

    /// Shows `outcome` as the last change's, unless a later run has started since `run`.
    fn show(self, run: u32, outcome: Option<Outcome>) {
        if self.runs.try_get_value() == Some(run) {
            self.outcome.set(outcome);
        }
    }

    /// Sends the change that waited for a sign-in, exactly once; nothing if none waits.
    pub fn carry_on(self) {
        if matches!(
            self.outcome.try_get_untracked(),
            Some(Some(Outcome::NeedsSignIn(_)))
        ) {
            if let Some(Some(line)) = self.line.try_get_value() {
                line.say(Heard::GoOn);
            }
        }
    }

    /// Stops the last change: aborts it while on its way (it may have happened: the links are read
    /// again) or drops it while it waits for a sign-in. Returns whether a request was stopped.
    pub fn cancel(self) -> bool {
        self.stop_waiting();
        if self.pending.try_get_untracked() != Some(true) {
            if matches!(
                self.outcome.try_get_untracked(),
                Some(Some(Outcome::NeedsSignIn(_)))
            ) {
                self.outcome.set(None);
            }
            return false;
        }
        self.runs.update_value(|runs| *runs += 1);
        self.pending.set(false);
        self.slow.set(false);
        self.outcome.set(Some(Outcome::Cancelled));
        if let Some(Some(change)) = self.change.try_get_untracked() {
            self.tasks.spawn(async move {
                self.read_again(&change).await;
            });
        }
        true
    }

    /// Forgets the last outcome (a dialog opened again starts afresh); a change on its way goes on.
    pub fn dismiss(self) {
        if self.pending.try_get_untracked() == Some(false) {
            self.stop_waiting();
            self.outcome.set(None);
        }
    }

    /// Tells the run on its way, if any, to stop.
    fn stop_waiting(self) {
        if let Some(Some(line)) = self.line.try_update_value(Option::take) {
            line.say(Heard::Stop);
        }
    }

    /// True while a change is on its way.
    pub fn pending(self) -> bool {
        self.pending.get()
    }

    /// True once the answer has taken longer than [`Waits::slow_answer`].
    pub fn slow(self) -> bool {
        self.slow.get()
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

    /// Whether the page knew who pressed the last create when it looked for the link it made.
    pub fn knows_who_created(self) -> bool {
        self.lost.knew_maker()
    }
}

impl Default for LinkAction {
    fn default() -> Self {
        Self::new()
    }
}
