//! Reading and focusing the page's own elements.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the user has typed into an input (empty before it is mounted).
///
/// Inputs that only matter at submit time are read here instead of being mirrored into a signal on
/// every keystroke: the browser already keeps their value, and each binding costs bundle size.
pub fn field_value(input: NodeRef<html::Input>) -> String {
    input
        .get_untracked()
        .map(|input| input.value())
        .unwrap_or_default()
}

/// Empties an input, e.g. a password once it has been used.
pub fn clear_field(input: NodeRef<html::Input>) {
    if let Some(input) = input.get_untracked() {
        input.set_value("");
    }
}

/// Moves keyboard focus to the element, if it is mounted.
pub fn focus<E>(element: NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    if let Some(element) = element.get_untracked() {
        if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Moves keyboard focus to the element once the current updates are done (a dialog that is closing
/// would otherwise keep it); nothing happens if the element is gone by then.
pub fn focus_soon<E>(element: NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    set_timeout(
        move || {
            if let Some(element) = element.try_get_untracked().flatten() {
                if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The element that has keyboard focus, looking inside shadow roots (where the document only sees
/// the host element, as inside `<unleash-invite-links>`); `None` when nothing has.
pub fn focused_element() -> Option<web_sys::Element> {
    let mut active = web_sys::window()?.document()?.active_element()?;
    while let Some(inner) = active.shadow_root().and_then(|root| root.active_element()) {
        active = inner;
    }
    Some(active)
}
