//! `<unleash-invite-links>`: the page as a custom element, for hosts not written in Leptos.
//!
//! Attributes hold plain settings: `base-url` (where Unleash is; this origin by default),
//! `base-path` (the page's address in the host; by default where the element is connected, less a
//! trailing `/links/<key>`) and
//! `sign-in="host"` (report a 401 instead of offering Unleash's sign-in) and `lang` (the language
//! to speak, else the document's `<html lang>`, followed live). The `token` property holds
//! an API token: a `token` attribute is taken into it and removed, a new `base-url` on another origin
//! drops it, and setting it forgets a token typed into the page's own sign-in (`element.js`). Events:
//! `unleash-invite-link-created`, `unleash-invite-link-changed` and `unleash-sign-in-needed`. Styles
//! live in the shadow root.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::api::ApiToken;
use crate::config::{InviteLinksConfig, LinkChange, LinkChangeKind};
use crate::rules::expiry::effective_enabled;
use crate::shell::mount::{mount_view, MountedView};
use crate::shell::routes::InviteLinksApp;
use crate::ui::base_path::BasePath;

/// The element's tag name.
pub const TAG: &str = "unleash-invite-links";
/// The page's stylesheet, adopted by every element's shadow root.
const STYLES: &str = include_str!("../../style/page.css");

#[wasm_bindgen(module = "/src/shell/embed/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(tag: &str, styles: &str, mount_page: &js_sys::Function);

    fn announce(host: &HtmlElement, name: &str, detail: &JsValue);
}

/// Registers `<unleash-invite-links>`; calling it again does nothing. The embed bundle calls it as
/// it loads, and mounts nothing until the host puts the element in its document.
#[wasm_bindgen(js_name = defineInviteLinksElement)]
pub fn define_invite_links_element() {
    let mount_page = Closure::<
        dyn Fn(
            HtmlElement,
            HtmlElement,
            Option<String>,
            String,
            String,
            js_sys::Object,
        ) -> ElementPage,
    >::new(ElementPage::mount);
    define_element(TAG, STYLES, mount_page.as_ref().unchecked_ref());
    mount_page.forget();
}

/// The page inside one connected element; the element drops it (`free()`) when it leaves the document.
#[wasm_bindgen]
pub struct ElementPage {
    mounted: MountedView,
    token: RwSignal<Option<String>>,
    typed_token: RwSignal<Option<ApiToken>>,
    language: RwSignal<String>,
}

#[wasm_bindgen]
impl ElementPage {
    /// Sends `token` from now on, forgetting a token typed into the page's own sign-in (the host
    /// signed the user out or in as someone else); what was refused loads again.
    pub fn set_token(&self, token: Option<String>) {
        self.typed_token.set(None);
        self.token.set(token);
    }

    /// Speaks the language `language` names from now on ("de", "ja-JP"; English for one the page
    /// does not speak), keeping what the page shows and what the user typed.
    pub fn set_language(&self, language: String) {
        self.language.set(language);
    }
}

impl ElementPage {
    fn mount(
        host: HtmlElement,
        container: HtmlElement,
        token: Option<String>,
        language: String,
        catalogues: String,
        catalogue_files: js_sys::Object,
    ) -> ElementPage {
        let catalogue_files: Vec<(String, String)> = js_sys::Object::entries(&catalogue_files)
            .iter()
            .filter_map(|entry| {
                let entry = js_sys::Array::from(&entry);
                Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
            })
            .collect();
        let setting = |name: &str| host.get_attribute(name);
        let base_url = setting("base-url").unwrap_or_default();
        let base_path =
            setting("base-path").unwrap_or_else(|| BasePath::around(&current_path()).list());
        let host_signs_in = setting("sign-in").as_deref() == Some("host");
        let search_parameter = setting("search-param").filter(|name| !name.trim().is_empty());
        let token = RwSignal::new(token);
        let typed_token = RwSignal::new(None);
        let language = RwSignal::new(language);
        let mounted = mount_view(container, move || {
            let host = StoredValue::new_local(host);
            let tell_host = move |name: &str, detail: &JsValue| {
                host.try_with_value(|host| announce(host, name, detail));
            };
            let mut config = InviteLinksConfig::new(base_url)
                .with_search_parameter(search_parameter.as_deref())
                .with_token(token)
                .with_typed_token(typed_token)
                .with_language(language, &catalogues)
                .with_catalogue_files(catalogue_files.clone())
                .on_link_changed(Callback::new(move |change: LinkChange| {
                    let name = match change.kind {
                        LinkChangeKind::Created => "unleash-invite-link-created",
                        LinkChangeKind::Changed => "unleash-invite-link-changed",
                    };
                    tell_host(name, &event_detail(&change));
                }));
            if host_signs_in {
                config = config.with_host_sign_in(Callback::new(move |()| {
                    tell_host("unleash-sign-in-needed", &JsValue::NULL);
                }));
            }
            view! { <InviteLinksApp config base_path /> }
        });
        ElementPage {
            mounted,
            token,
            typed_token,
            language,
        }
    }
}

impl Drop for ElementPage {
    fn drop(&mut self) {
        self.mounted.unmount();
        self.token.dispose();
        self.typed_token.dispose();
        self.language.dispose();
    }
}

/// What an event tells the host about a link: never its secret or URL.
fn event_detail(change: &LinkChange) -> JsValue {
    let token = &change.token;
    let now = crate::ui::local_time::now();
    let detail = js_sys::Object::new();
    let fields: [(&str, JsValue); 4] = [
        ("name", token.name.as_str().into()),
        ("expiresAt", token.expires_at.to_rfc3339().into()),
        ("createdAt", token.created_at.to_rfc3339().into()),
        (
            "enabled",
            effective_enabled(token.enabled, token.expires_at, now).into(),
        ),
    ];
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&detail, &key.into(), &value);
    }
    detail.into()
}

fn current_path() -> String {
    web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default()
}
