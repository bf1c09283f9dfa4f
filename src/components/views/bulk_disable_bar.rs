//! [`BulkDisableBar`]: "Select all N shown", "Disable selected" with its question, the progress
//! line, and the report of what was disabled.

use leptos::html;
use leptos::prelude::*;

use crate::api::PublicSignupToken;
use crate::components::primitives::{ModalDialog, SignInForm};
use crate::links::BulkDisable;
use crate::rules::outcome::Outcome;
use crate::ui::{
    focus_soon, handler, live_flag, live_text, live_view, unique_id, ApiContext, ViewTasks,
};
use crate::words;

/// Above the list: select every row shown, and disable the selected links after a question that
/// names them; then one line of progress with "Stop disabling", a sign-in if Unleash asks for one
/// (the rest follow once signed in), and a report that takes focus when the run ends.
///
/// Its parts show and hide by the bar's phase (`data-phase`, in the style sheet) and its texts are
/// lines of one paragraph each: one reactive attribute instead of one per part (0.3 KB gzip less).
#[component]
pub fn BulkDisableBar(
    /// The selection and the run.
    bulk: BulkDisable,
    /// How many rows shown can be selected.
    #[prop(into)]
    selectable: Signal<usize>,
) -> impl IntoView {
    let words = words::Words::expect();
    let context = ApiContext::expect();
    let action = bulk.action();
    let asked = RwSignal::new(Vec::<PublicSignupToken>::new());
    let asking = RwSignal::new(false);
    let stop = NodeRef::<html::Button>::new();
    let report_ref = NodeRef::<html::P>::new();
    let tasks = ViewTasks::new();
    let all_id = unique_id("uil-select-all");
    let chosen = Memo::new(move |_| bulk.chosen());
    let count = move || chosen.with(Vec::len);
    let phase = move || match (bulk.running(), count(), selectable.get()) {
        (true, _, _) => "running",
        (false, 0, 0) => "hidden",
        (false, 0, _) => "none",
        _ => "some",
    };
    let ask = move |_| {
        if !bulk.running() && count() > 0 {
            asked.set(chosen.get());
            asking.set(true);
        }
    };
    let confirm = move |_| {
        asking.set(false);
        let links = asked.get();
        tasks.spawn(async move {
            bulk.run(links).await;
            focus_soon(report_ref);
        });
        focus_soon(stop);
    };
    let said = move || words.get().disable_words(asked.with(Vec::len));
    let sign_in = move || {
        bulk.running()
            && matches!(action.outcome(), Some(Outcome::NeedsSignIn(error)) if context.offers_sign_in_for(&error))
    };
    view! {
        <div class="uil-bulk" data-phase=live_text(move || phase().to_owned())>
            <span class="uil-pair">
                <input id=all_id.clone() type="checkbox" prop:checked=live_flag(move || bulk.all_shown_selected())
                    on:click=handler(move |_| bulk.toggle_all_shown()) />
                <label for=all_id>{live_text(move || words.get().count(words::SELECT_ALL_SHOWN, selectable.get(), &[]))}</label>
            </span>
            <span class="uil-note uil-if-selected">{live_text(move || words.get().count(words::SELECTED_COUNT, count(), &[]))}</span>
            <button class="uil-button uil-danger uil-if-idle" type="button" aria-haspopup="dialog" on:click=handler(ask)>
                {words.live(words::DISABLE_SELECTED)}
            </button>
            <button class="uil-button uil-if-idle" type="button" on:click=handler(move |_| bulk.clear())>
                {words.live(words::CLEAR_SELECTION)}
            </button>
            <button class="uil-button uil-if-running" type="button" node_ref=stop on:click=handler(move |_| bulk.stop())>
                {words.live(words::STOP_DISABLING)}
            </button>
        </div>
        <p class="uil-status" role="status">{live_text(move || progress(bulk, context))}</p>
        {live_view(move || sign_in().then(|| view! { <SignInForm on_signed_in=move |()| action.carry_on() /> }.into_any()))}
        <p class="uil-bulk-report uil-lines" tabindex="-1" node_ref=report_ref>{live_text(move || report(bulk, context))}</p>
        <ModalDialog open=asking title=Signal::derive(move || said().title) on_close=move |()| asking.set(false)>
            <p class="uil-lines">{live_text(move || asked.with(|asked| words.get().disable_question(&names(asked))))}</p>
            <p>{live_text(move || said().keeps)}</p>
            <div class="uil-actions">
                <button class="uil-button" type="button" on:click=handler(move |_| asking.set(false))>{live_text(move || said().keep)}</button>
                <button class="uil-button uil-danger" type="button" on:click=handler(confirm)>{live_text(move || said().disable)}</button>
            </div>
        </ModalDialog>
    }
}

/// The progress line of a run: how far it is, the link on its way, and a sign-in or a slow answer
/// it waits for; empty while no run is on its way.
fn progress(bulk: BulkDisable, context: ApiContext) -> String {
    let words = words::Words::expect();
    if !bulk.running() {
        return String::new();
    }
    let action = bulk.action();
    let now = bulk.current().map(|link| words.get().link_name(&link));
    let line = words
        .get()
        .bulk_progress(&bulk.ended(), bulk.total(), now.as_deref());
    let waiting = match (action.change(), action.outcome()) {
        (Some(change), Some(outcome @ Outcome::NeedsSignIn(_))) => {
            words
                .get()
                .outcome_problem(&change, &outcome, context.access())
        }
        _ => action
            .slow()
            .then(|| words.get().text(words::STILL_WAITING)),
    };
    match waiting {
        Some(waiting) => words.get().sentences(&line, &waiting),
        None => line,
    }
}

/// The report of the last run, one line each; empty while a run is on its way or before the first.
fn report(bulk: BulkDisable, context: ApiContext) -> String {
    let words = words::Words::expect();
    if bulk.running() || bulk.total() == 0 {
        return String::new();
    }
    words
        .get()
        .bulk_report(&bulk.ended(), bulk.total(), context.access())
        .join("\n")
}

/// Each link of `asked` by the name the page shows.
fn names(asked: &[PublicSignupToken]) -> Vec<String> {
    let words = words::Words::expect().get();
    asked.iter().map(|link| words.link_name(link)).collect()
}
