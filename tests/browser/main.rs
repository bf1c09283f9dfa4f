//! The browser tests of the components, one binary so that the runner starts once per browser: each
//! module mounts what it tests with `fetch` answered by canned responses. The tests of work that
//! outlives its view count timers and listeners on a page of their own (`tests/outliving_views.rs`).

#![cfg(target_arch = "wasm32")]

#[path = "../support/mod.rs"]
mod support;

mod bulk_disable;
mod changing_links;
mod create_dialog;
mod custom_element;
mod decoding;
mod finding_links;
mod languages;
mod layout;
mod link_details;
mod link_history;
mod link_list;
mod server_streams;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
