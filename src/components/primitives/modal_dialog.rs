//! [`ModalDialog`]: the dialog surface every dialog of the page is built on.

use std::time::Duration;

use leptos::ev::Event;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::ui::{focused_element, handler, live_view, unique_id};

/// A real modal dialog (the native `<dialog>` opened with `showModal`): the rest of the page is inert,
/// Escape closes it (as Cancel does), and focus returns to where it was when the dialog opened.
///
/// Its content is built just after the page's first render (or when it first opens, if that comes
/// sooner), not during it: a page with dialogs shows and becomes usable sooner. Once built, the
/// content stays, with whatever was typed in it.
#[component]
pub fn ModalDialog(
    /// Whether the dialog is shown.
    #[prop(into)]
    open: Signal<bool>,
    /// The title, which is also the dialog's accessible name.
    #[prop(into)]
    title: Signal<String>,
    /// Called when the user closes the dialog (Escape, as soon as it is pressed) and whenever the
    /// dialog closes; the owner of `open` sets it to false. Called more than once for one closing.
    #[prop(into)]
    on_close: Callback<()>,
    /// The dialog's content below the title.
    children: Children,
) -> impl IntoView {
    let dialog_ref = NodeRef::<html::Dialog>::new();
    let title_id = unique_id("uil-dialog-title");
    let opener = StoredValue::new_local(None::<HtmlElement>);
    let content = StoredValue::new_local(Some(children));
    let after_first_render = RwSignal::new(false);
    set_timeout(move || after_first_render.set(true), Duration::ZERO);
    let built = Memo::new(move |was_built: Option<&bool>| {
        was_built == Some(&true) || after_first_render.get() || open.get()
    });

    let show = move || {
        let Some(dialog) = dialog_ref.try_get_untracked().flatten() else {
            return;
        };
        if open.try_get_untracked() == Some(true) && !dialog.open() {
            opener.set_value(focused_element().and_then(|element| element.dyn_into().ok()));
            let _ = dialog.show_modal();
        }
    };
    Effect::new(move |_| {
        let should_be_open = open.get();
        let Some(dialog) = dialog_ref.get() else {
            return;
        };
        if should_be_open && dialog.child_element_count() > 1 {
            show();
        } else if should_be_open {
            request_animation_frame(show);
        } else if dialog.open() {
            dialog.close();
        }
    });
    let tell_closed = move || {
        on_close.try_run(());
    };
    let closed = move |_| {
        tell_closed();
        let dialog = dialog_ref.try_get_untracked().flatten();
        if !focus_is_lost(dialog.as_ref().map(|dialog| dialog.unchecked_ref())) {
            return;
        }
        if let Some(opener) = opener.try_get_value().flatten() {
            if opener.is_connected() {
                let _ = opener.focus();
            }
        }
    };

    view! {
        <dialog
            class="uil-dialog"
            aria-labelledby=title_id.clone()
            node_ref=dialog_ref
            on:cancel=handler(move |_: Event| tell_closed())
            on:close=handler(closed)
        >
            <h2 id=title_id.clone() class="uil-dialog-title">{title}</h2>
            {live_view(move || built.get().then(|| {
                untrack(|| content.try_update_value(Option::take).flatten().map(|children| children()))
            }).flatten())}
        </dialog>
    }
}

/// Whether focus is nowhere useful after the dialog closed: on the page itself or still in the dialog.
/// Then it goes back to the opener; otherwise what took it (a new link's row) keeps it.
fn focus_is_lost(dialog: Option<&web_sys::Element>) -> bool {
    let body = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.body());
    match focused_element() {
        None => true,
        Some(active) => {
            body.is_some_and(|body| active == *body.unchecked_ref::<web_sys::Element>())
                || dialog.is_some_and(|dialog| dialog.contains(Some(&active)))
        }
    }
}
