//! Work that finishes after its view is gone: an answer, a "still waiting" timer, a "Copied" timer or
//! a reading of the list again that arrives after the page was unmounted must do nothing, and above
//! all not panic (a panic in a release build kills the page, and a host console's page with it).
//! Each test also checks what happened: the request was aborted, nothing was changed, no timer and
//! no listener was left. None waits on the clock for its answer: held answers are let go by the test.

#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// What a page leaves once everything it started has been let go: timers, listeners, errors.
struct Leftovers {
    timers: u32,
    listeners: u32,
}

impl Leftovers {
    /// Starts watching (before anything is mounted) and notes what is there now.
    fn before() -> Self {
        watch_for_errors();
        watch_listeners_and_timers();
        install_fetch_stub();
        Leftovers {
            timers: live_timers(),
            listeners: live_listeners(),
        }
    }

    /// Fails if a timer or a listener is left, or the page reported an error.
    fn assert_none(&self, what: &str) {
        assert_eq!(live_timers(), self.timers, "{what}: timers left behind");
        assert_eq!(
            live_listeners(),
            self.listeners,
            "{what}: listeners left behind"
        );
        let errors = errors_seen();
        assert!(errors.is_empty(), "{what}: the page reported:\n{errors}");
    }
}

/// Lets the page's last queued work run (a dialog's build step, a task dropped with its view) before
/// counting.
async fn settle() {
    leptos::task::tick().await;
    queued_work_done().await;
}

#[wasm_bindgen_test]
async fn unmounting_while_the_list_loads_aborts_the_read_and_leaves_nothing() {
    let watch = Leftovers::before();
    Reply::list(&[Token::named("late")]).held().for_the_list();
    let page = mount_page();
    soon("the list is asked for", || held_answers() == 1).await;
    drop(page);
    soon("the read is aborted", || recorded_requests()[0].aborted).await;
    release_held_answers();
    settle().await;
    watch.assert_none("list read");
}

#[wasm_bindgen_test]
async fn unmounting_while_a_link_is_being_created_aborts_it_and_leaves_nothing() {
    let watch = Leftovers::before();
    let page = mount_page();
    open_create_dialog(&page.root).await;
    type_into(&field(&page.root, "Name"), "never seen");
    Reply::created(&Token::named("never seen")).held().queue();
    button(&page.root, "Create").click();
    soon("the request is sent", || held_answers() == 1).await;
    drop(page);
    soon("the browser aborts it", || posts()[0].aborted).await;
    release_held_answers();
    settle().await;
    assert_eq!(
        posts().len(),
        1,
        "a create was sent after the page went away"
    );
    watch.assert_none("create");
}

#[wasm_bindgen_test]
async fn unmounting_within_seconds_of_a_copy_clears_the_copied_timer() {
    let watch = Leftovers::before();
    Reply::list(&[Token::named("copied")]).for_the_list();
    let page = mount_page();
    soon("the link is listed", || has_button(&page.root, "Copy link")).await;
    button(&page.root, "Copy link").click();
    soon("copied", || text(&page.root).contains("Copied")).await;
    assert!(live_timers() > watch.timers, "no timer clears Copied");
    drop(page);
    settle().await;
    watch.assert_none("copy");
}

#[wasm_bindgen_test]
async fn unmounting_while_the_links_are_about_to_be_read_again_stops_the_pause_and_the_read() {
    let watch = Leftovers::before();
    let base = start_address();
    go_to(&base);
    let page = mount(move || {
        leptos::prelude::provide_context(unleash_invite_links::testing::Waits {
            reread: std::time::Duration::from_secs(3600),
            ..TEST_WAITS
        });
        leptos::prelude::view! { <unleash_invite_links::routes::InviteLinksApp base_path=base /> }
    });
    soon("the list is read", || list_reads() == 1).await;
    open_create_dialog(&page.root).await;
    type_into(&field(&page.root, "Name"), "lost");
    Reply::status(502).queue();
    button(&page.root, "Create").click();
    soon("the outcome is unknown", || {
        text(&page.root).contains("may have created the link")
    })
    .await;
    drop(page);
    settle().await;
    assert_eq!(
        list_reads(),
        1,
        "the list was read again after the page went away"
    );
    watch.assert_none("reading again");
}

#[wasm_bindgen_test]
async fn unmounting_while_signing_in_aborts_the_sign_in_and_sends_no_change() {
    let watch = Leftovers::before();
    let page = mount_page();
    open_create_dialog(&page.root).await;
    type_into(&field(&page.root, "Name"), "after sign-in");
    Reply::status(401).queue();
    Reply::status(200).body(r#"{"id":1}"#).held().queue();
    button(&page.root, "Create").click();
    sign_in_from(&page.root).await;
    soon("the sign-in is on its way", || held_answers() == 1).await;
    drop(page);
    soon("the sign-in is aborted", || posts()[1].aborted).await;
    release_held_answers();
    settle().await;
    assert_eq!(
        posts().len(),
        2,
        "a create was sent after the page went away"
    );
    watch.assert_none("sign-in");
}

#[wasm_bindgen_test]
async fn an_unmounted_page_leaves_no_listener_that_takes_over_link_clicks() {
    install_fetch_stub();
    Reply::list(&[Token::named("first page")]).for_the_list();
    let first = mount_page_under("/host/invites", "/host/invites");
    soon("the first page", || has_button(&first.root, "Copy link")).await;
    drop(first);

    assert!(
        !host_link_click_is_taken_over("/host/another-page"),
        "a click on the host's own link was intercepted"
    );

    let second = mount_page_under("/host/invites", "/host/invites");
    soon("the second page", || has_button(&second.root, "Copy link")).await;
    open_first_link(&second.root).await;
}

#[wasm_bindgen_test]
async fn unmounting_before_the_dialogs_are_built_or_shown_leaves_nothing() {
    let watch = Leftovers::before();
    let page = mount_page();
    drop(page);
    settle().await;
    let page = mount_page();
    button(&page.root, "Create invite link").click();
    leptos::task::tick().await;
    drop(page);
    settle().await;
    watch.assert_none("dialogs");
}

#[wasm_bindgen_test]
async fn unmounting_while_the_early_list_answer_is_read_aborts_that_read() {
    let watch = Leftovers::before();
    Reply::list(&[Token::named("early")]).left_as_the_early_list();
    let page = mount_page();
    soon("the page takes the early answer", || {
        run_js("window.__uilFirstList === undefined").is_truthy()
    })
    .await;
    drop(page);
    soon("the early read is aborted", early_list_aborted).await;
    settle().await;
    assert_eq!(list_reads(), 0, "the list was asked for again");
    watch.assert_none("early list");
}

#[wasm_bindgen_test]
async fn leaving_a_link_while_its_history_is_read_aborts_the_read_and_leaves_nothing() {
    let watch = Leftovers::before();
    let token = Token::named("history in flight");
    Reply::list(std::slice::from_ref(&token)).for_the_list();
    Reply::status(200)
        .body(r#"{"events":[],"total":0}"#)
        .held()
        .queue_as_event_page();
    let base = "/admin/settings/invite-links";
    let address = format!(
        "{base}/links/{}",
        unleash_invite_links::testing::link_key(&token.secret())
    );
    let page = mount_page_under(base, &address);
    soon("the history is asked for", || held_answers() == 1).await;
    drop(page);
    soon("the history read is aborted", || {
        recorded_requests()
            .iter()
            .any(|request| request.url.contains("/search/events") && request.aborted)
    })
    .await;
    release_held_answers();
    settle().await;
    watch.assert_none("history read");
}

#[wasm_bindgen_test]
async fn opening_a_link_while_selected_links_are_disabled_aborts_the_run_and_leaves_nothing() {
    let watch = Leftovers::before();
    let links = [Token::named("first to go"), Token::named("second to go")];
    Reply::list(&links).for_the_list();
    Reply::token(&Token::named("first to go").disabled())
        .held()
        .queue();
    let base = "/admin/settings/invite-links";
    let page = mount_page_under(base, base);
    soon("the select-all box", || {
        text(&page.root).contains("Select all 2 shown")
    })
    .await;
    field(&page.root, "Select all 2 shown").click();
    soon("both selected", || {
        text(&page.root).contains("2 links selected")
    })
    .await;
    button(&page.root, "Disable selected").click();
    soon("the question", || dialog_open(&page.root)).await;
    dialog_button(&page.root, "Disable them").click();
    soon("the first disable is on its way", || held_answers() == 1).await;
    open_first_link(&page.root).await;
    soon("the disable on its way is aborted", || {
        recorded_requests()
            .iter()
            .any(|request| request.method == "PUT" && request.aborted)
    })
    .await;
    soon(
        "the links are read again: the one aborted may be disabled",
        || list_reads() == 2,
    )
    .await;
    drop(page);
    release_held_answers();
    settle().await;
    let puts = recorded_requests()
        .iter()
        .filter(|request| request.method == "PUT")
        .count();
    assert_eq!(puts, 1, "the run went on after its view was gone");
    watch.assert_none("bulk disable");
}
