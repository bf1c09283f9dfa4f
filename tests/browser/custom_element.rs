//! `<unleash-invite-links>` as a host page meets it: settings as attributes, the token as a property,
//! events out, styles kept inside its shadow root, and safe to connect, move and remove at any moment.

use std::cell::RefCell;
use std::rc::Rc;

use crate::support::*;
use js_sys::Reflect;
use unleash_invite_links::embed::define_invite_links_element;
use unleash_invite_links::testing::link_key;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CustomEvent, Element, HtmlElement};

/// Records the events named `names` that `element` dispatches: (type, detail as JSON).
fn record_events(element: &HtmlElement, names: &[&str]) -> Rc<RefCell<Vec<(String, String)>>> {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    let listener = Closure::<dyn Fn(CustomEvent)>::new(move |event: CustomEvent| {
        let detail = js_sys::JSON::stringify(&event.detail())
            .map(String::from)
            .unwrap_or_default();
        sink.borrow_mut().push((event.type_(), detail));
    });
    for name in names {
        element
            .add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
            .unwrap();
    }
    listener.forget();
    seen
}

/// The computed value of `property` on `element`.
fn computed(element: &Element, property: &str) -> String {
    web_sys::window()
        .unwrap()
        .get_computed_style(element)
        .unwrap()
        .unwrap()
        .get_property_value(property)
        .unwrap()
}

/// What a host's own elements look like: the body, a paragraph, and a button that even shares the
/// page's class names.
fn host_look(area: &Element) -> Vec<String> {
    let document = web_sys::window().unwrap().document().unwrap();
    let body = document.body().unwrap();
    let paragraph = area.query_selector("p.host-text").unwrap().unwrap();
    let button = area.query_selector("button.uil-button").unwrap().unwrap();
    let properties = [
        "margin-top",
        "font-family",
        "color",
        "background-color",
        "padding-top",
        "border-top-width",
        "border-top-left-radius",
    ];
    [body.unchecked_into::<Element>(), paragraph, button]
        .iter()
        .flat_map(|element| properties.map(|property| computed(element, property)))
        .collect()
}

#[wasm_bindgen_test]
async fn loading_the_bundle_registers_the_element_and_mounts_nothing() {
    install_fetch_stub();
    let document = web_sys::window().unwrap().document().unwrap();
    let body = document.body().unwrap();
    let before = body.child_element_count();
    define_invite_links_element();
    define_invite_links_element();
    assert_eq!(body.child_element_count(), before);
    assert!(all(&body, ".uil-page").is_empty());
    let unconnected = element(&[]);
    let area = host_area();
    let shown = element(&[]);
    area.root.append_child(&shown).unwrap();
    listed(&shown).await;
    assert!(
        page_in(&unconnected).is_none(),
        "mounted while not in the document"
    );
    assert_eq!(list_reads(), 1, "asked Unleash for an element not shown");
}

#[wasm_bindgen_test]
async fn the_hosts_own_styles_are_the_same_with_the_page_mounted_and_the_page_keeps_its_own() {
    install_fetch_stub();
    Reply::list(&[Token::named("styled")]).for_the_list();
    let area = host_area();
    area.root.set_inner_html(
        "<style>.host-area button { background-color: rgb(255, 105, 180); }</style>\
         <p class=\"host-text\">Host text</p><button class=\"uil-button uil-primary\">Host button</button>",
    );
    area.root
        .set_attribute("style", "font-family: \"Courier New\", monospace")
        .unwrap();
    let before = host_look(&area.root);
    let element = element(&[]);
    element
        .style()
        .set_property("--uil-accent", "rgb(1, 2, 3)")
        .unwrap();
    area.root.append_child(&element).unwrap();
    let page = listed(&element).await;
    assert_eq!(
        host_look(&area.root),
        before,
        "the page changed the host's look"
    );
    let document = web_sys::window().unwrap().document().unwrap();
    assert!(
        all(&document.body().unwrap(), ".uil-page").is_empty(),
        "the page's markup is outside its shadow root"
    );
    let create = button(&page, "Create invite link");
    assert_ne!(
        computed(&create, "background-color"),
        "rgb(255, 105, 180)",
        "the host's button rule reached into the page"
    );
    assert_eq!(
        computed(&create, "background-color"),
        "rgb(1, 2, 3)",
        "--uil-accent does not theme the page"
    );
    let page_font = computed(
        &page.query_selector(".uil-page").unwrap().unwrap(),
        "font-family",
    );
    assert!(
        page_font.contains("Courier New"),
        "the host's font is not inherited: {page_font}"
    );
}

#[wasm_bindgen_test]
async fn the_page_follows_the_hosts_color_scheme_and_its_text_stays_readable_in_both() {
    install_fetch_stub();
    Reply::list(&[Token::named("in any light")]).for_the_list();
    let area = host_area();
    let element = element(&[]);
    area.root.append_child(&element).unwrap();
    let page = listed(&element).await;
    let title = page.query_selector(".uil-title").unwrap().unwrap();
    let muted = page.query_selector(".uil-lead").unwrap().unwrap();
    let table = page.query_selector(".uil-table").unwrap().unwrap();
    let mut inks = Vec::new();
    for scheme in ["light", "dark"] {
        area.root
            .set_attribute("style", &format!("color-scheme: {scheme}"))
            .unwrap();
        let surface = rgb(&computed(&table, "background-color"));
        for (what, text) in [("text", &title), ("secondary text", &muted)] {
            let ratio = contrast(rgb(&computed(text, "color")), surface);
            assert!(
                ratio >= 4.5,
                "{what} in {scheme}: contrast {ratio:.2} on its surface"
            );
        }
        inks.push(computed(&title, "color"));
    }
    assert_ne!(inks[0], inks[1], "the page ignores a dark host");
}

/// The red, green and blue of a computed `rgb(...)` colour.
fn rgb(color: &str) -> [f64; 3] {
    let channels: Vec<f64> = color
        .trim_start_matches("rgba(")
        .trim_start_matches("rgb(")
        .trim_end_matches(')')
        .split(',')
        .filter_map(|channel| channel.trim().parse().ok())
        .collect();
    [channels[0], channels[1], channels[2]]
}

/// The WCAG contrast ratio of two colours.
fn contrast(one: [f64; 3], other: [f64; 3]) -> f64 {
    let luminance = |[r, g, b]: [f64; 3]| {
        let linear = |channel: f64| {
            let c = channel / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    };
    let (a, b) = (luminance(one), luminance(other));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[wasm_bindgen_test]
async fn closing_the_elements_dialog_gives_focus_back_to_the_button_that_opened_it() {
    install_fetch_stub();
    let area = host_area();
    let element = element(&[]);
    area.root.append_child(&element).unwrap();
    let page = listed(&element).await;
    let opener = button(&page, "Create invite link");
    opener.focus().unwrap();
    opener.click();
    soon("the dialog opens", || dialog_open(&page)).await;
    button(&page, "Cancel").click();
    soon("focus is back on the opener", || {
        focused_text() == "Create invite link"
    })
    .await;
}

#[wasm_bindgen_test]
async fn attributes_choose_unleash_and_the_base_path_and_the_token_is_a_property_only() {
    install_fetch_stub();
    Reply::list(&[Token::named("remote")]).for_the_list();
    let area = host_area();
    go_to("/host/team/invites");
    let element = element(&[
        ("base-url", "https://unleash.example/"),
        ("base-path", "/host/team/invites"),
    ]);
    Reflect::set(&element, &"token".into(), &"user:first".into()).unwrap();
    area.root.append_child(&element).unwrap();
    let page = listed(&element).await;
    let list = &recorded_requests()[0];
    assert_eq!(
        list.url,
        "https://unleash.example/api/admin/invite-link/tokens"
    );
    assert_eq!(list.headers["authorization"], "user:first");
    assert!(
        !readable_in(&area.root, "user:first"),
        "the token is in the DOM, a shadow root or a field"
    );
    open_first_link(&page).await;
    assert!(
        current_path().starts_with("/host/team/invites/links/"),
        "{}",
        current_path()
    );

    Reflect::set(&element, &"token".into(), &"user:second".into()).unwrap();
    soon("the list is read again with the new token", || {
        recorded_requests().iter().any(|request| {
            request
                .headers
                .get("authorization")
                .and_then(|v| v.as_str())
                == Some("user:second")
        })
    })
    .await;
    assert_eq!(
        Reflect::get(&element, &"token".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("user:second")
    );

    element
        .set_attribute("base-url", "https://other.example")
        .unwrap();
    soon("the page asks the new Unleash", || {
        recorded_requests()
            .iter()
            .any(|request| request.url.starts_with("https://other.example/"))
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_host_that_signs_users_in_hears_of_a_401_once_and_the_page_offers_no_form() {
    install_fetch_stub();
    Reply::error(
        401,
        serde_json::json!({"message": "You must log in to use Unleash."}),
    )
    .for_the_list();
    let area = host_area();
    let element = element(&[("sign-in", "host")]);
    let events = record_events(&element, &["unleash-sign-in-needed"]);
    area.root.append_child(&element).unwrap();
    soon("the host is told", || events.borrow().len() == 1).await;
    let page = page_in(&element).unwrap();
    soon("the page says why", || {
        text(&page).contains("sign in again")
    })
    .await;
    assert!(
        all(&page, "input[type=password]").is_empty(),
        "the page offered its own sign-in"
    );
    Reply::error(401, serde_json::json!({"message": "You must log in."})).queue();
    open_create_dialog(&page).await;
    type_into(&field(&page, "Name"), "refused too");
    button(&page, "Create").click();
    soon("the create's 401 is told in the dialog", || {
        text_of(&page, "dialog .uil-error").contains("sign in again")
    })
    .await;
    assert_eq!(
        events.borrow().len(),
        1,
        "told again for the same credentials: {:?}",
        events.borrow()
    );
    button(&page, "Cancel").click();

    Reply::list(&[Token::named("after sign-in")]).for_the_list();
    Reflect::set(&element, &"token".into(), &"user:fresh".into()).unwrap();
    soon("the list loads with the new token", || {
        text(&page).contains("after sign-in")
    })
    .await;
}

#[wasm_bindgen_test]
async fn creating_a_link_tells_the_host_without_its_secret() {
    install_fetch_stub();
    let area = host_area();
    let element = element(&[]);
    let events = record_events(
        &element,
        &["unleash-invite-link-created", "unleash-invite-link-changed"],
    );
    area.root.append_child(&element).unwrap();
    let page = listed(&element).await;
    let created = Token::named("from the element");
    Reply::created(&created).queue();
    open_create_dialog(&page).await;
    type_into(&field(&page, "Name"), "from the element");
    button(&page, "Create").click();
    soon("the host hears of it", || !events.borrow().is_empty()).await;
    let (kind, detail) = events.borrow()[0].clone();
    assert_eq!(kind, "unleash-invite-link-created");
    assert!(detail.contains("\"name\":\"from the element\""), "{detail}");
    assert!(detail.contains("\"enabled\":true"), "{detail}");
    assert!(
        !detail.contains(&created.secret()),
        "the secret left the page: {detail}"
    );
}

#[wasm_bindgen_test]
async fn changing_a_link_tells_the_host_once_without_its_secret() {
    install_fetch_stub();
    let token = Token::named("changed from the element");
    Reply::list(std::slice::from_ref(&token)).for_the_list();
    let area = host_area();
    go_to(&format!("/page/links/{}", link_key(&token.secret())));
    let element = element(&[]);
    let events = record_events(
        &element,
        &["unleash-invite-link-created", "unleash-invite-link-changed"],
    );
    area.root.append_child(&element).unwrap();
    soon("the link's details", || {
        page_in(&element).is_some_and(|page| has_button(&page, "Disable link"))
    })
    .await;
    let page = page_in(&element).unwrap();
    Reply::token(&token.clone().disabled()).queue();
    button(&page, "Disable link").click();
    soon("the confirmation", || dialog_open(&page)).await;
    dialog_button(&page, "Disable link").click();
    soon("the host hears of it", || !events.borrow().is_empty()).await;
    soon("the details show it disabled", || {
        fact(&page, "State") == "Disabled"
    })
    .await;
    let heard = events.borrow().clone();
    assert_eq!(heard.len(), 1, "{heard:?}");
    let (kind, detail) = &heard[0];
    assert_eq!(kind, "unleash-invite-link-changed");
    assert!(
        detail.contains("\"name\":\"changed from the element\""),
        "{detail}"
    );
    assert!(detail.contains("\"enabled\":false"), "{detail}");
    assert!(
        !detail.contains(&token.secret()),
        "the secret left the page: {detail}"
    );
    go_to(&start_address());
}

#[wasm_bindgen_test]
async fn two_elements_side_by_side_are_independent() {
    install_fetch_stub();
    Reply::list(&[Token::named("shared list")]).for_the_list();
    let area = host_area();
    let first = element(&[("base-url", "https://one.example")]);
    let second = element(&[("base-url", "https://two.example")]);
    area.root.append_child(&first).unwrap();
    area.root.append_child(&second).unwrap();
    let first_page = listed(&first).await;
    let second_page = listed(&second).await;
    let urls: Vec<String> = recorded_requests()
        .into_iter()
        .map(|request| request.url)
        .collect();
    assert!(
        urls.iter()
            .any(|url| url.starts_with("https://one.example/")),
        "{urls:?}"
    );
    assert!(
        urls.iter()
            .any(|url| url.starts_with("https://two.example/")),
        "{urls:?}"
    );
    open_create_dialog(&first_page).await;
    assert!(
        !dialog_open(&second_page),
        "opening one dialog opened the other"
    );
    first.remove();
    soon("the removed element's page is gone", || {
        page_in(&first).is_none()
    })
    .await;
    assert!(
        has_button(&second_page, "Create invite link"),
        "the other element lost its page"
    );
}

/// Whether `page` shows one link's details (rather than the list).
fn shows_details(page: &HtmlElement) -> bool {
    text(page).contains("Does it work right now?")
}

/// Two elements with `first` and `second` as attributes, connected in a host page at `path`, each
/// showing `token` in its list.
async fn two_elements(
    path: &str,
    token: &Token,
    first: &[(&str, &str)],
    second: &[(&str, &str)],
) -> (Mounted, [HtmlElement; 2], [HtmlElement; 2]) {
    install_fetch_stub();
    Reply::list(std::slice::from_ref(token)).for_the_list();
    let area = host_area();
    go_to(path);
    let elements = [element(first), element(second)];
    for element in &elements {
        area.root.append_child(element).unwrap();
    }
    let pages = [listed(&elements[0]).await, listed(&elements[1]).await];
    (area, elements, pages)
}

#[wasm_bindgen_test]
async fn two_elements_at_one_base_path_each_open_their_own_details_and_nothing_else_moves() {
    let token = Token::named("shared link");
    let (_area, _elements, [first, second]) = two_elements("/console/team", &token, &[], &[]).await;

    open_first_link(&second).await;
    let details = format!("/console/team/links/{}", link_key(&token.secret()));
    assert_eq!(current_path(), details);
    queued_work_done().await;
    assert!(!shows_details(&first), "the other element moved");

    open_first_link(&first).await;
    queued_work_done().await;
    assert!(
        shows_details(&second),
        "the second element left its details"
    );
    go_to(&start_address());
}

#[wasm_bindgen_test]
async fn elements_at_different_base_paths_each_follow_only_their_own_addresses() {
    let token = Token::named("own address");
    let (_area, _elements, [first, second]) = two_elements(
        "/console/team",
        &token,
        &[("base-path", "/console/a")],
        &[("base-path", "/console/b")],
    )
    .await;

    open_first_link(&second).await;
    assert_eq!(
        current_path(),
        format!("/console/b/links/{}", link_key(&token.secret()))
    );
    queued_work_done().await;
    assert!(!shows_details(&first), "the other element moved");

    run_js("history.back()");
    soon("Back shows the list again", || !shows_details(&second)).await;
    assert_eq!(current_path(), "/console/team");
    assert!(has_button(&first, "Create invite link"));
    go_to(&start_address());
}

#[wasm_bindgen_test]
async fn the_hosts_own_links_stay_the_hosts_beside_and_below_the_base_path() {
    let token = Token::named("host links");
    let (_area, _elements, _pages) =
        two_elements("/x", &token, &[("base-path", "/x")], &[("base-path", "/x")]).await;
    assert!(
        !host_link_click_is_taken_over("/x-archive"),
        "a host link that only shares the base path's prefix was taken over"
    );
    assert!(
        !host_link_click_is_taken_over(&format!("/x/links/{}", link_key(&token.secret()))),
        "a host link outside the elements was taken over"
    );
    go_to(&start_address());
}

#[wasm_bindgen_test]
async fn an_element_opened_at_a_details_address_shows_that_link_and_lists_at_its_base() {
    install_fetch_stub();
    let token = Token::named("opened here");
    Reply::list(std::slice::from_ref(&token)).for_the_list();
    let area = host_area();
    go_to(&format!("/page/links/{}", link_key(&token.secret())));
    let element = element(&[]);
    area.root.append_child(&element).unwrap();
    soon("the link's details", || {
        page_in(&element).is_some_and(|page| text(&page).contains("Invite link “opened here”"))
    })
    .await;
    let page = page_in(&element).unwrap();
    let back: HtmlElement = page
        .query_selector(".uil-back a")
        .unwrap()
        .unwrap()
        .unchecked_into();
    back.click();
    soon("the list", || has_button(&page, "Create invite link")).await;
    assert_eq!(current_path(), "/page");
    go_to(&start_address());
}

#[wasm_bindgen_test]
async fn moving_an_element_keeps_its_page_and_re_adding_it_mounts_a_fresh_one() {
    install_fetch_stub();
    let area = host_area();
    area.root
        .set_inner_html("<div class=\"one\"></div><div class=\"two\"></div>");
    let [one, two] =
        [".one", ".two"].map(|selector| area.root.query_selector(selector).unwrap().unwrap());
    let element = element(&[]);
    one.append_child(&element).unwrap();
    let page = listed(&element).await;
    open_create_dialog(&page).await;
    type_into(&field(&page, "Name"), "typed before the move");
    two.append_child(&element).unwrap();
    queued_work_done().await;
    let after_move = page_in(&element).expect("the page survives a move");
    assert!(
        after_move.is_same_node(Some(&page)),
        "the move mounted a new page"
    );
    assert_eq!(field(&after_move, "Name").value(), "typed before the move");

    element.remove();
    soon("the removed element's page is gone", || {
        page_in(&element).is_none()
    })
    .await;
    one.append_child(&element).unwrap();
    let again = listed(&element).await;
    assert!(!again.is_same_node(Some(&page)));
}

#[wasm_bindgen_test]
async fn connecting_and_removing_a_hundred_times_with_work_pending_leaves_nothing_behind() {
    watch_for_errors();
    watch_listeners_and_timers();
    install_fetch_stub();
    Reply::list(&[Token::named("busy")]).for_the_list();
    let area = host_area();
    let warm_up = element(&[]);
    area.root.append_child(&warm_up).unwrap();
    listed(&warm_up).await;
    warm_up.remove();
    soon("the warm-up's page is gone", || page_in(&warm_up).is_none()).await;
    queued_work_done().await;
    let (listeners_before, timers_before) = (live_listeners(), live_timers());

    let mut removed = Vec::new();
    for round in 0..100 {
        let element = element(&[]);
        area.root.append_child(&element).unwrap();
        match round % 4 {
            0 => {}
            1 => leptos::task::tick().await,
            2 => {
                let page = listed(&element).await;
                button(&page, "Copy link").click();
                soon("Copied, with its timer running", || {
                    text(&page).contains("Copied")
                })
                .await;
            }
            _ => {
                let page = listed(&element).await;
                Reply::created(&Token::named("never shown")).held().queue();
                open_create_dialog(&page).await;
                type_into(&field(&page, "Name"), "in flight");
                let sent = posts().len();
                button(&page, "Create").click();
                soon("the request is in flight", || posts().len() > sent).await;
            }
        }
        element.remove();
        removed.push(element);
    }
    soon("every removed element's page is gone", || {
        removed.iter().all(|element| page_in(element).is_none())
    })
    .await;
    queued_work_done().await;
    let creates = posts();
    assert_eq!(creates.len(), 25, "one create in every fourth round");
    soon("every create in flight is aborted", || {
        posts().iter().all(|post| post.aborted)
    })
    .await;
    let errors = errors_seen();
    assert!(errors.is_empty(), "the page reported:\n{errors}");
    assert_eq!(
        live_listeners(),
        listeners_before,
        "listeners on window or document left behind"
    );
    assert_eq!(live_timers(), timers_before, "timers left behind");
    release_held_answers();
    queued_work_done().await;
    let errors = errors_seen();
    assert!(
        errors.is_empty(),
        "the page reported once the answers came:\n{errors}"
    );
}

#[wasm_bindgen_test]
async fn a_token_property_with_an_invisible_character_is_named_and_nothing_is_asked() {
    install_fetch_stub();
    let area = host_area();
    let element = element(&[]);
    Reflect::set(&element, &"token".into(), &"*:*.abc\u{200B}".into()).unwrap();
    area.root.append_child(&element).unwrap();
    soon("the page says why", || {
        page_in(&element).is_some_and(|page| text(&page).contains("U+200B"))
    })
    .await;
    assert!(recorded_requests().is_empty(), "a request was made");
    Reflect::set(&element, &"token".into(), &"*:*.abc".into()).unwrap();
    soon("the fixed token is used", || {
        !recorded_requests().is_empty()
    })
    .await;
    assert_eq!(recorded_requests()[0].headers["authorization"], "*:*.abc");
}

/// The `Authorization` each request so far carried (`None`: the session cookie), in order.
fn authorizations() -> Vec<Option<String>> {
    recorded_requests()
        .iter()
        .map(|request| {
            let value = request.headers.get("authorization")?;
            value.as_str().map(str::to_owned)
        })
        .collect()
}

#[wasm_bindgen_test]
async fn a_token_attribute_is_taken_into_the_property_removed_and_never_left_in_the_dom() {
    install_fetch_stub();
    let area = host_area();
    define_invite_links_element();
    area.root
        .set_inner_html(r#"<unleash-invite-links token="user:rendered"></unleash-invite-links>"#);
    let element: HtmlElement = area
        .root
        .query_selector("unleash-invite-links")
        .unwrap()
        .unwrap()
        .unchecked_into();
    listed(&element).await;
    assert!(
        !element.has_attribute("token"),
        "the token attribute stayed"
    );
    assert!(!readable_in(&area.root, "user:rendered"));
    assert_eq!(authorizations(), [Some("user:rendered".to_owned())]);
    assert_eq!(
        Reflect::get(&element, &"token".into()).unwrap().as_string(),
        Some("user:rendered".to_owned())
    );

    element.set_attribute("token", "user:later").unwrap();
    assert!(!element.has_attribute("token"), "a later attribute stayed");
    assert_eq!(
        Reflect::get(&element, &"token".into()).unwrap().as_string(),
        Some("user:later".to_owned())
    );
    assert!(!readable_in(&area.root, "user:later"));
}

#[wasm_bindgen_test]
async fn a_base_url_on_another_origin_drops_the_token_and_a_new_path_keeps_it() {
    install_fetch_stub();
    let area = host_area();
    let element = element(&[("base-url", "https://unleash.example")]);
    Reflect::set(&element, &"token".into(), &"user:admin".into()).unwrap();
    area.root.append_child(&element).unwrap();
    listed(&element).await;

    element
        .set_attribute("base-url", "https://unleash.example/unleash/")
        .unwrap();
    soon("the page asks the new path", || {
        recorded_requests().len() == 2
    })
    .await;
    assert_eq!(
        recorded_requests()[1].url,
        "https://unleash.example/unleash/api/admin/invite-link/tokens"
    );
    assert_eq!(authorizations()[1].as_deref(), Some("user:admin"));

    element
        .set_attribute("base-url", "https://attacker.example")
        .unwrap();
    soon("the page asks the new origin", || {
        recorded_requests().len() == 3
    })
    .await;
    assert_eq!(
        authorizations()[2],
        None,
        "the token went to another origin"
    );
    assert!(Reflect::get(&element, &"token".into()).unwrap().is_null());
}

#[wasm_bindgen_test]
async fn a_base_url_that_is_not_an_http_origin_is_refused_with_a_reason_and_nothing_is_sent() {
    install_fetch_stub();
    let area = host_area();
    for (base_url, reason) in [
        ("javascript:alert(1)", "not an http: or https: address"),
        (
            "https://user:pw@unleash.example",
            "names a user and password",
        ),
        (
            "https://unleash.example/?x=1",
            "has a query (?) or a fragment (#)",
        ),
    ] {
        let element = element(&[("base-url", base_url)]);
        Reflect::set(&element, &"token".into(), &"user:admin".into()).unwrap();
        area.root.append_child(&element).unwrap();
        soon("the page says why", || {
            page_in(&element).is_some_and(|page| text(&page).contains(reason))
        })
        .await;
        element.remove();
    }
    assert!(recorded_requests().is_empty(), "a request was made");
}

#[wasm_bindgen_test]
async fn setting_the_token_forgets_one_typed_into_the_pages_sign_in() {
    install_fetch_stub();
    Reply::error(401, serde_json::json!({"message": "You must log in."})).for_the_list();
    let area = host_area();
    let element = element(&[]);
    area.root.append_child(&element).unwrap();
    soon("sign-in is offered", || {
        page_in(&element).is_some_and(|page| text(&page).contains("Sign in to Unleash"))
    })
    .await;
    let page = page_in(&element).unwrap();
    Reply::error(403, serde_json::json!({"message": "Not an admin."})).for_the_list();
    type_into(
        &field(&page, "Or an admin API token or personal access token"),
        "user:typed",
    );
    button(&page, "Use token").click();
    soon("the typed token's answer is shown", || {
        text(&page).contains("You need the Admin role")
    })
    .await;
    assert_eq!(
        authorizations().last(),
        Some(&Some("user:typed".to_owned()))
    );
    assert!(
        !readable_in(&area.root, "user:typed"),
        "the typed token is in the DOM, a shadow root or a field"
    );

    let asked = recorded_requests().len();
    Reflect::set(&element, &"token".into(), &JsValue::NULL).unwrap();
    soon("the refused list is asked for again", || {
        recorded_requests().len() > asked
    })
    .await;
    assert_eq!(
        authorizations()[asked],
        None,
        "the typed token outlived the host's sign-out"
    );
}

fn host_address() -> String {
    let location = web_sys::window().unwrap().location();
    format!(
        "{}{}",
        location.pathname().unwrap(),
        location.search().unwrap()
    )
}

fn row_names_in(page: &HtmlElement) -> Vec<String> {
    all(page, ".uil-row th a")
        .iter()
        .map(|name| name.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_element_leaves_the_hosts_query_alone_unless_the_host_names_a_parameter() {
    install_fetch_stub();
    Reply::list(&[Token::named("Berlin team"), Token::named("Paris team")]).for_the_list();
    let area = host_area();
    go_to("/host/people?q=ada&find=berlin");
    let element = element(&[("base-path", "/host/people")]);
    area.root.append_child(&element).unwrap();
    let page = listed(&element).await;
    assert_eq!(field(&page, "Find").value(), "", "the host's q was taken");
    assert_eq!(row_names_in(&page).len(), 2);
    type_into(&field(&page, "Find"), "paris");
    soon("the Paris link alone", || {
        row_names_in(&page) == ["Paris team"]
    })
    .await;
    assert_eq!(host_address(), "/host/people?q=ada&find=berlin");
    element.remove();

    let element = self::element(&[("base-path", "/host/people"), ("search-param", "find")]);
    area.root.append_child(&element).unwrap();
    let page = listed(&element).await;
    assert_eq!(field(&page, "Find").value(), "berlin");
    assert_eq!(row_names_in(&page), ["Berlin team"]);
    type_into(&field(&page, "Find"), "paris");
    soon("the Paris link alone", || {
        row_names_in(&page) == ["Paris team"]
    })
    .await;
    assert_eq!(host_address(), "/host/people?q=ada&find=paris");
    go_to(&start_address());
}

#[wasm_bindgen_test]
async fn a_base_path_that_could_lead_off_site_is_refused_with_the_reason_and_renders_no_link() {
    install_fetch_stub();
    Reply::list(&[Token::named("kept home")]).for_the_list();
    let area = host_area();
    let given = element(&[("base-path", "/\\evil.example/")]);
    area.root.append_child(&given).unwrap();
    go_to("/%5Cevil.example");
    let taken = element(&[]);
    area.root.append_child(&taken).unwrap();
    for (element, shown) in [
        (&given, "“/\\evil.example/”"),
        (&taken, "“/\\evil.example”"),
    ] {
        soon("the refusal", || {
            page_in(element).is_some_and(|page| text(&page).contains("This page is not shown"))
        })
        .await;
        let page = page_in(element).unwrap();
        let alert = text_of(&page, "[role=alert]");
        assert!(alert.contains(shown), "{alert}");
        assert!(alert.contains("holds a backslash"), "{alert}");
        assert!(all(&page, "a").is_empty(), "a link is rendered");
    }
    assert!(recorded_requests().is_empty(), "a request was sent");
    go_to(&start_address());
}
