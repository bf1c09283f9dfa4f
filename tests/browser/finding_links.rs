//! Finding a link in the list: the search (case and accents aside, with the filter's counts and the
//! address), on ten thousand links too, and the links made on this page kept on top until reload.

use crate::support::*;
use chrono::TimeDelta;
use wasm_bindgen_test::*;
use web_sys::Element;

const BASE: &str = "/admin/settings/invite-links";

fn rows(page: &Mounted) -> Vec<Element> {
    all(&page.root, ".uil-row")
}

fn row_names(page: &Mounted) -> Vec<String> {
    rows(page).iter().map(|row| text_of(row, "th a")).collect()
}

fn choices(page: &Mounted) -> Vec<String> {
    all(&page.root, "option")
        .iter()
        .map(|option| option.text_content().unwrap_or_default())
        .collect()
}

fn search_for(page: &Mounted, text: &str) {
    type_into(&field(&page.root, "Find"), text);
}

fn address() -> String {
    let location = web_sys::window().unwrap().location();
    format!(
        "{}{}",
        location.pathname().unwrap(),
        location.search().unwrap()
    )
}

fn team_links() -> Vec<Token> {
    vec![
        Token::named("Ångström Lab").expiring_in(TimeDelta::days(3)),
        Token::named("angstrom archive").disabled(),
        Token::named("Berlin team").expiring_in(TimeDelta::days(2)),
        Token::named("Zürich office").expiring_in(TimeDelta::days(4)),
    ]
}

#[wasm_bindgen_test]
async fn typing_finds_links_by_name_case_and_accents_aside_with_counts_and_the_address() {
    install_fetch_stub();
    Reply::list(&team_links()).for_the_list();
    let page = mount_page_under(BASE, BASE);
    soon("the list", || rows(&page).len() == 4).await;
    search_for(&page, "ANGSTROM");
    soon("the two Ångström links", || rows(&page).len() == 2).await;
    assert_eq!(row_names(&page), ["Ångström Lab", "angstrom archive"]);
    assert_eq!(
        choices(&page),
        ["All (2)", "Active (1)", "Disabled (1)", "Expired (0)"]
    );
    assert_eq!(address(), format!("{BASE}?q=ANGSTROM"));
    search_for(&page, "office zurich");
    soon("the Zürich link", || row_names(&page) == ["Zürich office"]).await;
    search_for(&page, "paris");
    soon("nothing found", || rows(&page).is_empty()).await;
    assert!(text(&page.root).contains("No links named like “paris”."));
    search_for(&page, "");
    soon("every link again", || rows(&page).len() == 4).await;
    assert_eq!(address(), BASE);
}

#[wasm_bindgen_test]
async fn a_search_in_the_address_is_kept_when_the_page_loads_again() {
    install_fetch_stub();
    Reply::list(&team_links()).for_the_list();
    let page = mount_page_under(BASE, &format!("{BASE}?q=berlin"));
    soon("only the Berlin link", || {
        row_names(&page) == ["Berlin team"]
    })
    .await;
    assert_eq!(field(&page.root, "Find").value(), "berlin");
    open_first_link(&page.root).await;
    run_js("history.back()");
    soon("the list with the search again", || {
        row_names(&page) == ["Berlin team"]
    })
    .await;
    assert_eq!(field(&page.root, "Find").value(), "berlin");
}

#[wasm_bindgen_test]
async fn ten_thousand_links_are_searched_as_the_user_types() {
    let many: Vec<Token> = (0..10_000)
        .map(|index| Token::named(&format!("link {index:05}")))
        .collect();
    install_fetch_stub();
    Reply::list(&many).for_the_list();
    let page = mount_page_under(BASE, BASE);
    soon("the first page of rows", || rows(&page).len() == 50).await;
    let started = js_sys::Date::now();
    search_for(&page, "LINK 09999");
    soon("the one link", || row_names(&page) == ["link 09999"]).await;
    wasm_bindgen_test::console_log!(
        "10,000 links: a search answered after {:.0} ms",
        js_sys::Date::now() - started
    );
    assert!(choices(&page)[0] == "All (1)");
    search_for(&page, "0999 link");
    soon("the eleven links holding both words", || {
        rows(&page).len() == 11
    })
    .await;
    assert_eq!(row_names(&page)[0], "link 00999");
}

#[wasm_bindgen_test]
async fn links_made_here_stay_on_top_marked_new_until_the_page_loads_again() {
    let sooner: Vec<Token> = (0..60)
        .map(|index| Token::named(&format!("sooner {index:02}")).expiring_in(TimeDelta::days(1)))
        .collect();
    install_fetch_stub();
    Reply::list(&sooner).for_the_list();
    let page = mount_page_under(BASE, BASE);
    soon("the first page of rows", || rows(&page).len() == 50).await;
    for name in ["made here 1", "made here 2"] {
        Reply::created(&Token::named(name).expiring_in(TimeDelta::days(7))).queue();
        open_create_dialog(&page.root).await;
        soon("the dialog opens", || dialog_open(&page.root)).await;
        type_into(&field(&page.root, "Name"), name);
        button(&page.root, "Create").click();
        soon("created", || {
            text(&page.root).contains("Invite link created.")
        })
        .await;
        dialog_button(&page.root, "Done").click();
        soon("the dialog closes", || !dialog_open(&page.root)).await;
    }
    assert_eq!(
        row_names(&page)[..3],
        ["made here 2", "made here 1", "sooner 00"]
    );
    let new: Vec<String> = all(&page.root, ".uil-row.uil-new th a")
        .iter()
        .map(text)
        .collect();
    assert_eq!(new, ["made here 2", "made here 1"]);
    drop(page);

    let mut all_links = sooner;
    all_links.push(Token::named("made here 1").expiring_in(TimeDelta::days(7)));
    Reply::list(&all_links).for_the_list();
    let again = mount_page_under(BASE, BASE);
    soon("the list again", || rows(&again).len() == 50).await;
    assert_eq!(row_names(&again)[0], "sooner 00");
    assert!(all(&again.root, ".uil-row.uil-new").is_empty());
}
