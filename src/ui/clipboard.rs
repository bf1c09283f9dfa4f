//! Copying a link, with the fallbacks a careful product needs, and the hook that shows "Copied".
//!
//! The Clipboard API is missing on plain http from a host that is not loopback, and may be denied.
//! Then the text is selected in a field and the legacy copy command tried. Where the link is on
//! screen, that is its field, and if the command fails too the text stays selected so the user can
//! press Ctrl+C. Where it is not (a row of the list), the field exists for the copy alone: the URL is
//! in the page only while the command runs, out of reach of the host's scripts before and after.

use std::time::Duration;

use js_sys::Reflect;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped_with_cancellation;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Clipboard, Element, HtmlDocument, HtmlInputElement};

/// How long "Copied" stays on screen.
pub const COPIED_NOTICE: Duration = Duration::from_secs(4);

/// How a copy ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyOutcome {
    /// The text is on the clipboard.
    Copied,
    /// Copying was not possible; the text is selected in the field for the user to copy by hand.
    SelectedForManualCopy,
}

/// Where the fallbacks select the text to copy.
pub enum SelectIn {
    /// The field that shows the link; it stays selected when copying fails.
    Field(HtmlInputElement),
    /// A field put next to this element for the copy alone, and taken away at once.
    FieldBeside(Element),
}

/// Puts `text` on the clipboard, selecting it as `select_in` says when the Clipboard API fails.
pub async fn copy_text(text: &str, select_in: SelectIn) -> CopyOutcome {
    if write_with_clipboard_api(text).await {
        return CopyOutcome::Copied;
    }
    let copied = match select_in {
        SelectIn::Field(field) => copy_from(&field),
        SelectIn::FieldBeside(anchor) => copy_from_field_beside(text, &anchor),
    };
    if copied {
        CopyOutcome::Copied
    } else {
        CopyOutcome::SelectedForManualCopy
    }
}

fn copy_from(field: &HtmlInputElement) -> bool {
    let _ = field.focus();
    field.select();
    copy_selection()
}

fn copy_from_field_beside(text: &str, anchor: &Element) -> bool {
    let field = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("input").ok())
        .and_then(|field| field.dyn_into::<HtmlInputElement>().ok());
    let Some(field) = field else {
        return false;
    };
    field.set_class_name("uil-offscreen");
    field.set_read_only(true);
    field.set_value(text);
    if anchor.after_with_node_1(&field).is_err() {
        return false;
    }
    let copied = copy_from(&field);
    field.remove();
    if let Some(anchor) = anchor.dyn_ref::<web_sys::HtmlElement>() {
        let _ = anchor.focus();
    }
    copied
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

/// A copy button's state: the outcome of the last copy, cleared [`COPIED_NOTICE`] after a success.
/// The copy and its timer end with the view that uses them.
#[derive(Clone, Copy)]
pub struct UseCopy {
    outcome: RwSignal<Option<CopyOutcome>>,
    /// The pending "Copied" timer, if any.
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl UseCopy {
    /// The outcome of the last copy, to show while it lasts.
    pub fn outcome(self) -> Option<CopyOutcome> {
        self.outcome.get()
    }

    /// Copies `text` (selected as `select_in` says if the Clipboard API fails) and records the outcome.
    pub fn copy(self, text: String, select_in: SelectIn) {
        let (outcome, timer) = (self.outcome, self.timer);
        outcome.set(None);
        clear(timer);
        spawn_local_scoped_with_cancellation(async move {
            let copied = copy_text(&text, select_in).await;
            outcome.set(Some(copied));
            if copied == CopyOutcome::Copied {
                let handle = set_timeout_with_handle(move || outcome.set(None), COPIED_NOTICE);
                timer.set_value(handle.ok());
            }
        });
    }
}

fn clear(timer: StoredValue<Option<TimeoutHandle>>) {
    if let Some(Some(handle)) = timer.try_update_value(Option::take) {
        handle.clear();
    }
}

/// Copy state for one copy button, cleaned up with the calling component.
pub fn use_copy() -> UseCopy {
    let timer = StoredValue::new(None);
    on_cleanup(move || clear(timer));
    UseCopy {
        outcome: RwSignal::new(None),
        timer,
    }
}
