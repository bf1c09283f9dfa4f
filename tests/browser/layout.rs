//! The page's layout at the widths a host gives it, with the page's own styles (those of
//! `<unleash-invite-links>`): a card per link when narrow, a table when wide; never a sideways scroll,
//! a word broken inside a name, or a clipped field.

use crate::support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

const NAMES: [&str; 5] = [
    "Newcomer link",
    "Quarterly onboarding for the platform team",
    "Contractors, Q1 2027 security audit",
    "QA",
    "Everyone joining the data platform, analytics and machine learning teams in the Berlin office",
];

/// An element `width` pixels wide showing the [`NAMES`] links, once listed.
async fn listed_at(width: u32) -> (Mounted, HtmlElement) {
    let tokens: Vec<Token> = NAMES.iter().map(|name| Token::named(name)).collect();
    listed_with(width, &tokens).await
}

/// An element `width` pixels wide showing `tokens`, once listed.
async fn listed_with(width: u32, tokens: &[Token]) -> (Mounted, HtmlElement) {
    go_to(&start_address());
    install_fetch_stub();
    Reply::list(tokens).for_the_list();
    let area = host_area();
    area.root
        .set_attribute("style", &format!("display: block; width: {width}px"))
        .unwrap();
    let element = element(&[]);
    area.root.append_child(&element).unwrap();
    let page = listed(&element).await;
    (area, page)
}

fn rect(element: &Element) -> web_sys::DomRect {
    element.get_bounding_client_rect()
}

/// The words of `element`'s text that the layout broke across two lines.
fn words_broken_across_lines(element: &Element) -> Vec<String> {
    let find = js_sys::Function::new_with_args(
        "element",
        "const broken = [];
         const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
         for (let node = walker.nextNode(); node; node = walker.nextNode()) {
             for (const match of node.textContent.matchAll(/\\S+/g)) {
                 const range = document.createRange();
                 range.setStart(node, match.index);
                 range.setEnd(node, match.index + match[0].length);
                 const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
                 if (tops.size > 1) broken.push(match[0]);
             }
         }
         return broken;",
    );
    let broken: js_sys::Array = find
        .call1(&JsValue::NULL, element)
        .unwrap()
        .unchecked_into();
    broken.iter().filter_map(|word| word.as_string()).collect()
}

/// How many lines `element`'s text takes.
fn lines(element: &Element) -> usize {
    let count = js_sys::Function::new_with_args(
        "element",
        "const range = document.createRange();
         range.selectNodeContents(element);
         return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;",
    );
    count
        .call1(&JsValue::NULL, element)
        .unwrap()
        .as_f64()
        .unwrap() as usize
}

/// What overflows its box sideways (the page itself, a row, a cell, a button), and any field that
/// reaches beyond the page's right edge (a field may scroll its own long text, as the link's does).
fn clipped(page: &HtmlElement) -> Vec<String> {
    let mut clipped = Vec::new();
    for selector in [".uil-page", ".uil-row", ".uil-row > *", ".uil-button"] {
        for element in all(page, selector) {
            if element.scroll_width() > element.client_width() + 1 {
                clipped.push(format!(
                    "{selector} {:?}",
                    element.text_content().unwrap_or_default()
                ));
            }
        }
    }
    let right_edge = rect(page).right();
    for field in all(page, ".uil-input, .uil-select") {
        if rect(&field).right() > right_edge + 1.0 {
            clipped.push(format!("field {:?} beyond the page", field.id()));
        }
    }
    clipped
}

fn assert_nothing_broken_or_clipped(page: &HtmlElement, width: u32) {
    assert!(
        page.scroll_width() <= page.client_width(),
        "at {width} px the page scrolls sideways"
    );
    assert_eq!(clipped(page), Vec::<String>::new(), "clipped at {width} px");
    for name in all(page, ".uil-row-name") {
        assert_eq!(
            words_broken_across_lines(&name),
            Vec::<String>::new(),
            "at {width} px a word of a name is broken"
        );
    }
}

#[wasm_bindgen_test]
async fn narrow_each_link_is_a_card_with_its_name_on_its_own_line_and_copy_full_width() {
    let (_area, page) = listed_at(390).await;
    assert_nothing_broken_or_clipped(&page, 390);
    for row in all(&page, ".uil-row") {
        let name = row.query_selector("th").unwrap().unwrap();
        let state = row.query_selector(".uil-state").unwrap().unwrap();
        let expiry = row.query_selector("time").unwrap().unwrap();
        let copy = button(&row, "Copy link");
        assert!(
            rect(&name).bottom() <= rect(&state).top() + 1.0,
            "the name shares its line"
        );
        assert!(
            (rect(&state).top() - rect(&expiry).top()).abs() < 4.0,
            "state and expiry are not side by side under the name"
        );
        assert!(
            rect(&copy).width() >= rect(&row).width() * 0.85,
            "Copy link is not full width"
        );
        assert!(text(&row).contains("Joined: 0"), "{}", text(&row));
    }
}

#[wasm_bindgen_test]
async fn at_a_tablets_width_nothing_is_broken_or_clipped() {
    let (_area, page) = listed_at(768).await;
    assert_nothing_broken_or_clipped(&page, 768);
}

#[wasm_bindgen_test]
async fn wide_each_link_is_a_table_row_whose_expiry_and_short_names_do_not_wrap() {
    let (_area, page) = listed_at(1280).await;
    assert_nothing_broken_or_clipped(&page, 1280);
    let header = page.query_selector(".uil-table thead").unwrap().unwrap();
    assert!(rect(&header).height() > 0.0, "no column headers");
    for row in all(&page, ".uil-row") {
        let cells: Vec<f64> = all(&row, "th, td")
            .iter()
            .map(|cell| rect(cell).top())
            .collect();
        assert!(
            cells.iter().all(|top| (top - cells[0]).abs() < 1.0),
            "not one table row: {cells:?}"
        );
        for part in ["time", ".uil-sub"] {
            let element = row.query_selector(part).unwrap().unwrap();
            assert_eq!(lines(&element), 1, "{part} wraps: {}", text(&element));
        }
        let name = row.query_selector(".uil-row-name").unwrap().unwrap();
        if text(&name).len() < 50 {
            assert_eq!(lines(&name), 1, "a short name wraps: {}", text(&name));
        }
    }
}

#[wasm_bindgen_test]
async fn names_line_up_whether_or_not_their_row_has_a_checkbox() {
    for width in [390, 1280] {
        let tokens = [Token::named("Enabled"), Token::named("Disabled").disabled()];
        let (_area, page) = listed_with(width, &tokens).await;
        let lefts: Vec<f64> = all(&page, ".uil-row-name")
            .iter()
            .map(|name| rect(name).left())
            .collect();
        assert_eq!(lefts.len(), 2);
        assert!(
            (lefts[0] - lefts[1]).abs() < 1.0,
            "at {width} px: {lefts:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn narrow_a_links_details_are_not_broken_or_clipped() {
    let (_area, page) = listed_at(390).await;
    let longest = all(&page, ".uil-row-name")
        .into_iter()
        .max_by_key(|name| text(name).len())
        .unwrap();
    longest.unchecked_into::<HtmlElement>().click();
    soon("the link's details", || {
        text(&page).contains("Does it work right now?")
    })
    .await;
    assert!(
        page.scroll_width() <= page.client_width(),
        "at 390 px the details scroll sideways"
    );
    assert_eq!(clipped(&page), Vec::<String>::new(), "clipped at 390 px");
    let heading = page.query_selector("h1").unwrap().unwrap();
    assert_eq!(
        words_broken_across_lines(&heading),
        Vec::<String>::new(),
        "a word of the heading is broken"
    );
    go_to(&start_address());
}

#[wasm_bindgen_test]
async fn narrow_german_wraps_between_whole_words_and_clips_nothing() {
    let german: serde_json::Value =
        serde_json::from_str(include_str!("../../lang/de.json")).unwrap();
    let says = |key: &str| german[key].as_str().unwrap().to_owned();
    go_to(&start_address());
    install_fetch_stub();
    set_catalogue("de", include_str!("../../lang/de.json"));
    let tokens: Vec<Token> = NAMES.iter().map(|name| Token::named(name)).collect();
    Reply::list(&tokens).for_the_list();
    let area = host_area();
    area.root
        .set_attribute("style", "display: block; width: 390px")
        .unwrap();
    let element = element(&[("lang", "de")]);
    area.root.append_child(&element).unwrap();
    let page = listed(&element).await;
    soon("the page speaks German", || {
        has_button(&page, &says("create_invite_link"))
    })
    .await;
    let whole_words = |moment: &str| {
        assert!(
            page.scroll_width() <= page.client_width(),
            "{moment}: the page scrolls sideways"
        );
        assert_eq!(clipped(&page), Vec::<String>::new(), "{moment}: clipped");
        for part in all(&page, "h1, h2, label, button, .uil-note, .uil-lead, th, dt") {
            assert_eq!(
                words_broken_across_lines(&part),
                Vec::<String>::new(),
                "{moment}: a German word broken inside"
            );
        }
    };
    whole_words("the list");
    button(&page, &says("create_invite_link")).click();
    soon("the dialog", || dialog_open(&page)).await;
    let dialog = page.query_selector("dialog[open]").unwrap().unwrap();
    assert!(
        dialog.scroll_width() <= dialog.client_width(),
        "the create dialog scrolls sideways"
    );
    for part in all(&dialog, "h2, label, button, p") {
        assert_eq!(
            words_broken_across_lines(&part),
            Vec::<String>::new(),
            "the create dialog: a German word broken inside"
        );
    }
}
