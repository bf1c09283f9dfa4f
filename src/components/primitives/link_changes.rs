//! [`LinkChanges`]: the one controller of the changes made from a view, from the press to what
//! follows the outcome.

use leptos::html;
use leptos::prelude::*;

use super::ExpiryInput;
use crate::api::{CreateTokenRequest, PublicSignupToken};
use crate::links::{LinkAction, LinkStore};
use crate::rules::change::Change;
use crate::rules::link_order::StateFilter;
use crate::rules::outcome::Outcome;
use crate::ui::{focus_soon, Announcer, ViewTasks};
use crate::words;

/// Where a change is made: one of the dialogs, or `None` for Enable, which is made in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    /// "Create invite link", which then shows the link it made.
    Create,
    /// "Change expiry".
    ChangeExpiry,
    /// "Disable this link?".
    Disable,
}

impl Dialog {
    /// The dialog `change` is made in; `None` for Enable.
    pub fn of(change: &Change) -> Option<Dialog> {
        match change {
            Change::Create(_) => Some(Dialog::Create),
            Change::SetExpiry { .. } => Some(Dialog::ChangeExpiry),
            Change::SetEnabled { enabled: false, .. } => Some(Dialog::Disable),
            Change::SetEnabled { enabled: true, .. } => None,
        }
    }
}

/// The changes made from one view (the list's create, or one link's details): which dialog is
/// open, one change at a time through one [`LinkAction`], the rule that a change to a link waits
/// while another to it is on its way, and what follows a change that is done (the new link shown
/// among all links, the dialog closed, focus on the button that now switches the link, the words
/// a screen reader hears). Views call its methods; [`LinkChanges::send`] awaits the change's outcome
/// in the view's task and acts on it there.
#[derive(Clone, Copy)]
pub struct LinkChanges {
    action: LinkAction,
    open: RwSignal<Option<Dialog>>,
    link: Option<Memo<Option<PublicSignupToken>>>,
    switch_button: NodeRef<html::Button>,
    expiry: ExpiryInput,
    store: LinkStore,
    announcer: Announcer,
    tasks: ViewTasks,
    words: words::Words,
}

impl LinkChanges {
    /// The changes to `link` made from its details; focus goes to `switch_button` (Disable or
    /// Enable) once it is switched.
    pub fn of_link(
        link: Memo<Option<PublicSignupToken>>,
        switch_button: NodeRef<html::Button>,
    ) -> Self {
        Self::new(Some(link), switch_button)
    }

    /// The creates made from the list.
    pub fn of_list() -> Self {
        Self::new(None, NodeRef::new())
    }

    fn new(
        link: Option<Memo<Option<PublicSignupToken>>>,
        switch_button: NodeRef<html::Button>,
    ) -> Self {
        LinkChanges {
            words: words::Words::expect(),
            action: LinkAction::new(),
            open: RwSignal::new(None),
            link,
            switch_button,
            expiry: ExpiryInput::new(),
            store: LinkStore::expect(),
            announcer: Announcer::expect(),
            tasks: ViewTasks::new(),
        }
    }

    /// The new expiry's field in "Change expiry".
    pub fn expiry(self) -> ExpiryInput {
        self.expiry
    }

    /// The action that sends the changes: what the status lines read.
    pub fn action(self) -> LinkAction {
        self.action
    }

    /// The link changed, as the page knows it now; `None` for the list's creates.
    pub fn link(self) -> Option<PublicSignupToken> {
        self.link.and_then(|link| link.get())
    }

    /// Opens `dialog`, afresh: the last outcome and problem are forgotten.
    pub fn open(self, dialog: Dialog) {
        self.action.dismiss();
        self.expiry.problem.set(None);
        self.open.set(Some(dialog));
    }

    /// Whether `dialog` is open.
    pub fn is_open(self, dialog: Dialog) -> bool {
        self.open.get() == Some(dialog)
    }

    /// Closes the open dialog (Cancel, Escape, a close by the browser), cancelling its change if it
    /// is on its way or waiting for a sign-in. Closing again does nothing.
    pub fn close(self) {
        let Some(Some(dialog)) = self.open.try_get_untracked() else {
            return;
        };
        self.open.set(None);
        if self.action_is_in(Some(dialog)) {
            self.cancel();
        }
    }

    /// Cancels the change made in place (Enable).
    pub fn cancel_in_place(self) {
        if self.action_is_in(None) {
            self.cancel();
        }
    }

    fn cancel(self) {
        let words = self.words;
        if self.action.cancel() {
            if let Some(change) = self.action.change_untracked() {
                self.announcer.say(words.get().cancelled(&change));
            }
        }
    }

    /// Whether the last change was made in `place` (a dialog, or `None`: in place).
    pub fn action_is_in(self, place: Option<Dialog>) -> bool {
        self.action
            .change_untracked()
            .map(|change| Dialog::of(&change))
            == Some(place)
    }

    /// Whether the status of the last change belongs in `place`.
    pub fn shows_in(self, place: Option<Dialog>) -> bool {
        self.action.change().map(|change| Dialog::of(&change)) == Some(place)
    }

    /// True while another change to this link is on its way (from elsewhere on the page, or from
    /// another place of this view): one made in `place` waits for its answer.
    pub fn waits_for_other(self, place: Option<Dialog>) -> bool {
        if self.action.pending() {
            return !self.shows_in(place);
        }
        self.link
            .and_then(|link| {
                link.with(|link| link.as_ref().map(|t| self.store.is_changing(&t.secret)))
            })
            .unwrap_or(false)
    }

    /// True while a change made in `place` would not be sent now.
    pub fn busy(self, place: Option<Dialog>) -> bool {
        self.action.pending() || self.waits_for_other(place)
    }

    /// Sends `change` unless another is on its way, and acts on its outcome in the view's task;
    /// returns whether it was sent.
    pub fn send(self, change: Change) -> bool {
        if untrack(|| self.busy(Dialog::of(&change))) {
            return false;
        }
        let outcome = self.action.run(change.clone());
        self.tasks.spawn(async move {
            let outcome = outcome.await;
            self.ended(change, &outcome);
        })
    }

    /// Creates the link `request` asks for.
    pub fn create(self, request: CreateTokenRequest) -> bool {
        self.send(Change::Create(request))
    }

    /// Sends the new expiry chosen in [`LinkChanges::expiry`] at `now`, or shows why it cannot be
    /// used.
    pub fn save_expiry(self, now: chrono::DateTime<chrono::Utc>) -> bool {
        let Some(link) = untrack(|| self.link()) else {
            return false;
        };
        match self.expiry.read(now) {
            Some(expires_at) => self.send(Change::SetExpiry { link, expires_at }),
            None => false,
        }
    }

    /// Disables (`false`) or enables (`true`) the link.
    pub fn switch(self, enabled: bool) -> bool {
        match untrack(|| self.link()) {
            Some(link) => self.send(Change::SetEnabled { link, enabled }),
            None => false,
        }
    }

    fn ended(self, change: Change, outcome: &Outcome) {
        let words = self.words;
        let made = matches!(change, Change::Create(_)) && outcome.created_link().is_some();
        if !(made || matches!(outcome, Outcome::Done(_))) {
            return;
        }
        if let Outcome::Done(_) = outcome {
            self.announcer.say(words.get().done(&change));
        }
        match change {
            Change::Create(_) => self.store.show(StateFilter::All),
            Change::SetExpiry { .. } => self.open.set(None),
            Change::SetEnabled { .. } => {
                self.open.set(None);
                focus_soon(self.switch_button);
            }
        }
    }
}
