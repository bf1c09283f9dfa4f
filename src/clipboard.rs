//! Copying a link, with the fallbacks a careful product needs.
//!
//! The Clipboard API is missing on plain http from a host that is not loopback, and may be denied.
//! Then the field's text is selected and the legacy copy command tried; if that fails too, the text
//! stays selected so the user can press Ctrl+C.

use js_sys::Reflect;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Clipboard, HtmlDocument, HtmlInputElement};

/// How a copy ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyOutcome {
    /// The text is on the clipboard.
    Copied,
    /// Copying was not possible; the text is selected in the field for the user to copy by hand.
    SelectedForManualCopy,
}

/// Puts `text` on the clipboard; `field` is the input that shows it, used by the fallbacks.
pub async fn copy_text(text: &str, field: &HtmlInputElement) -> CopyOutcome {
    if write_with_clipboard_api(text).await {
        return CopyOutcome::Copied;
    }
    let _ = field.focus();
    field.select();
    if copy_selection() {
        CopyOutcome::Copied
    } else {
        CopyOutcome::SelectedForManualCopy
    }
}

async fn write_with_clipboard_api(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = Reflect::get(&window.navigator(), &"clipboard".into()).ok();
    let Some(clipboard) = clipboard.and_then(|value| value.dyn_into::<Clipboard>().ok()) else {
        return false;
    };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

fn copy_selection() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.dyn_into::<HtmlDocument>().ok())
        .and_then(|document| document.exec_command("copy").ok())
        .unwrap_or(false)
}
