use leptos::html;
use leptos::prelude::*;

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
