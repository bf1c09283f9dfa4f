//! `vendor/wasm-streams`, the stand-in for the crate Leptos's server functions stream through: a
//! JavaScript stream read as a Rust one to its end, and a Rust stream handed to JavaScript failing,
//! when read, with the reason it names.

use std::future::poll_fn;
use std::pin::Pin;

use futures_core::Stream;
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;
use wasm_streams::{ReadableStream, NO_STREAMING_REQUESTS};
use web_sys::{ReadableStreamDefaultReader, Response};

/// The next item of `stream`.
async fn next(
    stream: &mut (impl Stream<Item = Result<JsValue, JsValue>> + Unpin),
) -> Option<Result<JsValue, JsValue>> {
    poll_fn(|context| Pin::new(&mut *stream).poll_next(context)).await
}

/// The body of a response whose text is `text`, as a Rust stream.
fn body_of(text: &str) -> impl Stream<Item = Result<JsValue, JsValue>> + Unpin {
    let response = Response::new_with_opt_str(Some(text)).unwrap();
    ReadableStream::from_raw(response.body().unwrap()).into_stream()
}

/// The `message` of a JavaScript error.
fn message_of(error: &JsValue) -> Option<String> {
    Reflect::get(error, &"message".into()).ok()?.as_string()
}

#[wasm_bindgen_test]
async fn a_response_body_is_read_chunk_by_chunk_to_its_end() {
    let mut chunks = body_of("invite links");
    let mut bytes = Vec::new();
    while let Some(chunk) = next(&mut chunks).await {
        bytes.extend(chunk.unwrap().unchecked_into::<Uint8Array>().to_vec());
    }
    assert_eq!(bytes, b"invite links");
    assert!(next(&mut chunks).await.is_none());
}

#[wasm_bindgen_test]
async fn a_request_body_handed_to_javascript_fails_when_read_naming_why() {
    let raw = ReadableStream::from_stream(body_of("never sent")).into_raw();
    let reader: ReadableStreamDefaultReader = raw.get_reader().unchecked_into();
    let error = JsFuture::from(reader.read()).await.unwrap_err();
    assert_eq!(message_of(&error).as_deref(), Some(NO_STREAMING_REQUESTS));
}

#[wasm_bindgen_test]
async fn a_stream_that_fails_ends_after_its_error() {
    let failing = ReadableStream::from_stream(body_of("never sent"));
    let mut chunks = failing.into_stream();
    let error = next(&mut chunks).await.unwrap().unwrap_err();
    assert_eq!(message_of(&error).as_deref(), Some(NO_STREAMING_REQUESTS));
    assert!(next(&mut chunks).await.is_none());
}
