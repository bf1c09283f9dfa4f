//! Plain DOM for a part of a view that is drawn whole from one answer and never updated piece by
//! piece (a link's history): elements made with `createElement`, text always as text. A reactive
//! view of each shape would cost its own generic rendering code, about 4 KB gzip for the history.

use leptos::prelude::document;
use web_sys::Element;

const SVG: &str = "http://www.w3.org/2000/svg";

/// An element under construction.
pub struct Built(Option<Element>);

impl Built {
    /// A new `<tag>`, with `class` unless it is empty.
    pub fn html(tag: &str, class: &str) -> Self {
        Built(document().create_element(tag).ok()).with("class", class)
    }

    /// A new SVG `<tag>`.
    pub fn svg(tag: &str) -> Self {
        Built(document().create_element_ns(Some(SVG), tag).ok())
    }

    /// With the attribute `name` set to `value` (an empty class is left out).
    pub fn with(self, name: &str, value: &str) -> Self {
        if let Some(element) = &self.0 {
            if !(name == "class" && value.is_empty()) {
                let _ = element.set_attribute(name, value);
            }
        }
        self
    }

    /// With `text` appended, as text (never read as HTML).
    pub fn text(self, text: &str) -> Self {
        if let Some(element) = &self.0 {
            let _ = element.append_with_str_1(text);
        }
        self
    }

    /// With `child` appended.
    pub fn child(self, child: Built) -> Self {
        if let (Some(element), Some(child)) = (&self.0, child.0) {
            let _ = element.append_with_node_1(&child);
        }
        self
    }

    /// With every one of `children` appended.
    pub fn children(self, children: impl IntoIterator<Item = Built>) -> Self {
        children.into_iter().fold(self, Built::child)
    }

    /// Puts this element in place of everything `parent` holds.
    pub fn fill(self, parent: &Element) {
        parent.set_text_content(None);
        if let Some(element) = self.0 {
            let _ = parent.append_with_node_1(&element);
        }
    }
}
