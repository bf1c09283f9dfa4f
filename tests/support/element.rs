//! `<unleash-invite-links>` elements in the test page, for the tests built with the `embed` feature.

use leptos::prelude::*;
use unleash_invite_links::embed::{define_invite_links_element, TAG};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::{all, mount, soon, Mounted};

/// A new `<unleash-invite-links>` with `attributes`, not yet in the document.
pub fn element(attributes: &[(&str, &str)]) -> HtmlElement {
    define_invite_links_element();
    let document = web_sys::window().unwrap().document().unwrap();
    let element = document.create_element(TAG).unwrap();
    for (name, value) in attributes {
        element.set_attribute(name, value).unwrap();
    }
    element.unchecked_into()
}

/// The page inside `element`'s shadow root, if one is mounted.
pub fn page_in(element: &HtmlElement) -> Option<HtmlElement> {
    let root = element.shadow_root()?;
    Some(root.query_selector(".uil-root").ok()??.unchecked_into())
}

/// The page inside `element`, once it shows the list Unleash sent (rows, or that there are none).
pub async fn listed(element: &HtmlElement) -> HtmlElement {
    soon("the page shows its list", || {
        page_in(element).is_some_and(|page| !all(&page, ".uil-row, .uil-empty").is_empty())
    })
    .await;
    page_in(element).unwrap()
}

/// A place in the test page to put elements, with the address bar back at the test page's own
/// address (whatever an earlier test left there); removed (with what it holds) when dropped. A test
/// that opens its elements at another address goes there after this.
pub fn host_area() -> Mounted {
    super::go_to(&super::start_address());
    mount(|| view! { <section class="host-area" /> })
}
