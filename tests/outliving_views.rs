//! Work that finishes after its view is gone: an answer, a "still waiting" timer or a "Copied" timer
//! that arrives after the page was unmounted must do nothing, and above all not panic (a panic in a
//! release build kills the page, and a host console's page with it).

#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn assert_nothing_went_wrong() {
    let errors = errors_seen();
    assert!(errors.is_empty(), "the page reported:\n{errors}");
}

#[wasm_bindgen_test]
async fn unmounting_while_the_list_loads_is_quiet() {
    watch_for_errors();
    install_fetch_stub();
    Reply::list(&[Token::named("late")])
        .after_ms(200)
        .for_the_list();
    let page = mount_page();
    sleep(50).await;
    drop(page);
    sleep(400).await;
    assert_nothing_went_wrong();
}

#[wasm_bindgen_test]
async fn unmounting_while_a_link_is_being_created_is_quiet() {
    watch_for_errors();
    install_fetch_stub();
    let page = mount_page();
    open_create_dialog(&page.root).await;
    soon("the dialog opens", || dialog_open(&page.root)).await;
    type_into(&field(&page.root, "Name"), "never seen");
    Reply::created(&Token::named("never seen"))
        .after_ms(200)
        .queue();
    button(&page.root, "Create").click();
    sleep(50).await;
    drop(page);
    sleep(400).await;
    assert_nothing_went_wrong();
}

#[wasm_bindgen_test]
async fn unmounting_within_seconds_of_a_copy_is_quiet() {
    watch_for_errors();
    install_fetch_stub();
    Reply::list(&[Token::named("copied")]).for_the_list();
    let page = mount_page();
    soon("the link is listed", || has_button(&page.root, "Copy link")).await;
    button(&page.root, "Copy link").click();
    soon("copied", || text(&page.root).contains("Copied")).await;
    drop(page);
    sleep(4_500).await;
    assert_nothing_went_wrong();
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
async fn a_request_in_flight_is_aborted_when_its_page_goes_away() {
    watch_for_errors();
    install_fetch_stub();
    let page = mount_page();
    open_create_dialog(&page.root).await;
    Reply::created(&Token::named("never seen")).never().queue();
    type_into(&field(&page.root, "Name"), "never seen");
    button(&page.root, "Create").click();
    soon("the request is sent", || !posts().is_empty()).await;
    drop(page);
    soon("the browser aborts it", || posts()[0].aborted).await;
    assert_nothing_went_wrong();
}

#[wasm_bindgen_test]
async fn unmounting_before_the_dialogs_are_built_or_shown_is_quiet() {
    watch_for_errors();
    install_fetch_stub();
    let page = mount_page();
    drop(page);
    sleep(100).await;
    let page = mount_page();
    button(&page.root, "Create invite link").click();
    leptos::task::tick().await;
    drop(page);
    sleep(100).await;
    assert_nothing_went_wrong();
}

#[wasm_bindgen_test]
async fn unmounting_while_the_early_list_answer_is_read_is_quiet() {
    watch_for_errors();
    install_fetch_stub();
    Reply::list(&[Token::named("early")]).left_as_the_early_list();
    let page = mount_page();
    drop(page);
    sleep(100).await;
    assert_nothing_went_wrong();
}
