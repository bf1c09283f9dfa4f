//! A stand-in for [wasm-streams](https://crates.io/crates/wasm-streams) 0.5: the two ways of
//! `ReadableStream` that Leptos's server functions use (`server_fn`'s browser client), and no
//! JavaScript exports.
//!
//! Leptos always builds its server functions' browser client, and the real crate exports three
//! classes to JavaScript (`IntoUnderlyingSource`, `IntoUnderlyingByteSource`, `IntoUnderlyingSink`).
//! An export is never dead code, so their code shipped in every bundle of this page, which calls
//! no server function: 4.2 KB gzip -9 of the app (README.md, "Size"). Here:
//! - [`ReadableStream::into_stream`] reads a JavaScript stream as the real crate does (a streaming
//!   server function's response);
//! - [`ReadableStream::from_stream`] (a streaming server function's request body) gives a stream
//!   that fails when read, with a message naming this file: the page has no such function.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::ReadableStreamDefaultReader;

/// Why a stream made by [`ReadableStream::from_stream`] fails.
pub const NO_STREAMING_REQUESTS: &str =
    "streaming request bodies are left out of this build (vendor/wasm-streams)";

/// A JavaScript `ReadableStream`.
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    /// The stream `raw`.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// A stream that fails when it is read ([`NO_STREAMING_REQUESTS`]); `stream` is dropped.
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        drop(stream);
        let start = Closure::once_into_js(|controller: JsValue| {
            if let Ok(error) = Reflect::get(&controller, &"error".into()) {
                let reason = js_sys::Error::new(NO_STREAMING_REQUESTS);
                let _ = error
                    .unchecked_ref::<Function>()
                    .call1(&controller, &reason);
            }
        });
        let source = Object::new();
        let _ = Reflect::set(&source, &"start".into(), &start);
        // The constructor throws only for a source it cannot read, which this one is not; the
        // empty stream stands for the impossible case.
        let raw = web_sys::ReadableStream::new_with_underlying_source(&source)
            .or_else(|_| web_sys::ReadableStream::new())
            .unwrap_or_else(|_| JsValue::UNDEFINED.unchecked_into());
        Self { raw }
    }

    /// The JavaScript stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// The stream's chunks, read one by one; ends after the first error.
    pub fn into_stream(self) -> IntoStream {
        IntoStream {
            reader: Some(self.raw.get_reader().unchecked_into()),
            reading: None,
        }
    }
}

/// The chunks of a [`ReadableStream`], as a Rust [`Stream`].
pub struct IntoStream {
    reader: Option<ReadableStreamDefaultReader>,
    reading: Option<JsFuture>,
}

impl Stream for IntoStream {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let Some(reader) = &this.reader else {
            return Poll::Ready(None);
        };
        let reading = this
            .reading
            .get_or_insert_with(|| JsFuture::from(reader.read()));
        let read = match Pin::new(reading).poll(context) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(read) => read,
        };
        this.reading = None;
        let chunk = read.and_then(|result| {
            let done = Reflect::get(&result, &"done".into())?.is_truthy();
            (!done)
                .then(|| Reflect::get(&result, &"value".into()))
                .transpose()
        });
        match chunk {
            Ok(Some(value)) => Poll::Ready(Some(Ok(value))),
            Ok(None) => {
                this.reader = None;
                Poll::Ready(None)
            }
            Err(error) => {
                this.reader = None;
                Poll::Ready(Some(Err(error)))
            }
        }
    }
}
