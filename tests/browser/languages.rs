//! The page in German and Japanese: each view, dialog, error, outcome and the bulk report, read in
//! the language, with no English message of `lang/en.json` left anywhere a person reads or hears
//! (text, accessible names, titles, placeholders); and a language switched while a dialog is half
//! filled keeps what was typed.

use chrono::TimeDelta;
use leptos::prelude::*;
use serde_json::{json, Map, Value};
use unleash_invite_links::config::InviteLinksConfig;
use unleash_invite_links::testing::{forget_read_catalogues, link_key};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::support::*;

const BASE: &str = "/admin/invite-links";

/// A catalogue of `lang/`, read as the test reads it.
struct Language {
    tag: &'static str,
    file: &'static str,
    messages: Map<String, Value>,
}

impl Language {
    fn new(tag: &'static str, file: &'static str) -> Self {
        let messages = serde_json::from_str(file).expect("lang/ holds JSON objects");
        Language {
            tag,
            file,
            messages,
        }
    }

    fn german() -> Self {
        Self::new("de", include_str!("../../lang/de.json"))
    }

    fn japanese() -> Self {
        Self::new("ja", include_str!("../../lang/ja.json"))
    }

    fn english() -> Self {
        Self::new("en", include_str!("../../lang/en.json"))
    }

    /// Message `key` (a plural's `other` form) with no placeholder filled.
    fn says(&self, key: &str) -> String {
        match &self.messages[key] {
            Value::String(text) => text.clone(),
            forms => forms["other"].as_str().unwrap_or_default().to_owned(),
        }
    }

    /// Every form of message `key`.
    fn forms(&self, key: &str) -> Vec<String> {
        match self.messages.get(key) {
            Some(Value::String(text)) => vec![text.clone()],
            Some(Value::Object(forms)) => forms
                .values()
                .filter_map(|form| form.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// The English words of each message that `language` does not use itself: the runs of text between
/// placeholders that hold two letters or more (a run the language's own message also holds, such
/// as "Unleash" or "HTTP", is not English to it).
fn english_runs(language: &Language) -> Vec<(String, String)> {
    let english = Language::english();
    let mut runs = Vec::new();
    for key in english.messages.keys() {
        let own = language.forms(key).join("\n");
        for form in english.forms(key) {
            for run in form.split('{').enumerate().filter_map(|(index, part)| {
                Some(if index == 0 {
                    part
                } else {
                    part.split_once('}')?.1
                })
            }) {
                let run = run.trim_matches(|c: char| !c.is_alphanumeric());
                let letters = run.chars().filter(|c| c.is_alphabetic()).count();
                if letters >= 2 && !own.contains(run) {
                    runs.push((key.clone(), run.to_owned()));
                }
            }
        }
    }
    runs
}

/// Whether `needle` stands in `text` as words of their own (not inside a longer word).
fn has_words(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// What a person reads or hears under `root`: its text, and each accessible name, title and
/// placeholder.
fn readable(root: &Element) -> String {
    let mut read = root.text_content().unwrap_or_default();
    for element in all(root, "[aria-label], [title], [placeholder]") {
        for attribute in ["aria-label", "title", "placeholder"] {
            if let Some(value) = element.get_attribute(attribute) {
                read.push('\n');
                read.push_str(&value);
            }
        }
    }
    read
}

/// Records what `root` shows now under `moment`, for [`Seen::english_left`].
struct Seen {
    language: Language,
    moments: Vec<(String, String)>,
}

impl Seen {
    fn new(language: Language) -> Self {
        Seen {
            language,
            moments: Vec::new(),
        }
    }

    fn look(&mut self, moment: &str, root: &Element) {
        self.moments.push((moment.to_owned(), readable(root)));
    }

    /// Each English message found, with the moment it showed.
    fn english_left(&self) -> Vec<String> {
        let runs = english_runs(&self.language);
        let mut found = Vec::new();
        for (moment, text) in &self.moments {
            for (key, run) in &runs {
                if has_words(text, run) {
                    found.push(format!("{moment}: `{key}` (“{run}”)"));
                }
            }
        }
        found.sort();
        found.dedup();
        found
    }
}

/// Links whose names are no English words: one active that two people joined, one disabled, one
/// expired.
fn links() -> Vec<Token> {
    vec![
        Token::named("Équipe Nord")
            .expiring_in(TimeDelta::days(5))
            .joined_by(json!([
                {"id": 7, "name": "Ada Lovelace", "username": "ada"},
                {"id": 8, "name": null, "username": "bo"},
            ])),
        Token::named("Vertrieb 2").expiring_in(TimeDelta::days(6)),
        Token::named("営業").disabled(),
        Token::named("Kasse").expiring_in(-TimeDelta::days(3)),
    ]
}

fn config(language: &str) -> InviteLinksConfig {
    InviteLinksConfig::default().with_language(Signal::stored(language.to_owned()), "/lang")
}

/// The page at `path`, in `language`, its catalogue served, once it speaks it.
async fn page_in(language: &Language, path: &str) -> Mounted {
    set_catalogue(language.tag, language.file);
    let page = mount_page_under_with(BASE, path, config(language.tag));
    let heading = language.says("invite_links");
    soon("the page speaks its language", || {
        page.root
            .query_selector(&format!(".uil-page[lang='{}']", language.tag))
            .unwrap()
            .is_some()
            && (text(&page.root).contains(&heading) || path != BASE)
    })
    .await;
    page
}

fn checkbox_of(root: &Element, row: usize) -> HtmlElement {
    all(root, ".uil-select-row")[row].clone().unchecked_into()
}

/// Walks through every view, dialog, error, outcome and the bulk report in `language`, recording
/// what each shows.
async fn every_screen(language: Language) -> Seen {
    let says = |key: &str| language.says(key);
    let mut seen = Seen::new(Language::new(language.tag, language.file));

    install_fetch_stub();
    Reply::list(&links()).for_the_list();
    let page = page_in(&language, BASE).await;
    soon("the list", || all(&page.root, ".uil-row").len() == 4).await;
    seen.look("the list", &page.root);

    checkbox_of(&page.root, 0).click();
    soon("one selected", || {
        text(&page.root).contains(&says("disable_selected"))
    })
    .await;
    seen.look("one link selected", &page.root);
    button(&page.root, &says("disable_selected")).click();
    soon("the question", || dialog_open(&page.root)).await;
    seen.look("the question for one link", &page.root);
    dialog_button(&page.root, &says("keep_it_enabled")).click();
    soon("the question closes", || !dialog_open(&page.root)).await;
    checkbox_of(&page.root, 1).click();
    soon("two selected", || {
        all(&page.root, ".uil-select-row:checked").len() == 2
    })
    .await;
    button(&page.root, &says("disable_selected")).click();
    soon("the question", || dialog_open(&page.root)).await;
    seen.look("the question for two links", &page.root);
    Reply::token(&links()[0].clone().disabled()).queue();
    Reply::error(500, json!({"message": "kaputt"})).queue();
    dialog_button(&page.root, &says("disable_them")).click();
    soon("the report", || {
        !text_of(&page.root, ".uil-bulk-report").is_empty()
    })
    .await;
    seen.look("the bulk report", &page.root);

    type_into(&field(&page.root, &says("find")), "zzz");
    soon("nothing found", || text(&page.root).contains("zzz")).await;
    seen.look("a search that finds nothing", &page.root);
    type_into(&field(&page.root, &says("find")), "");

    button(&page.root, &says("create_invite_link")).click();
    soon("the create dialog", || dialog_open(&page.root)).await;
    dialog_button(&page.root, &says("create")).click();
    soon("the name's problem", || {
        text(&page.root).contains(&says("no_name_entered"))
    })
    .await;
    seen.look("the create dialog with its problems", &page.root);
    let custom: HtmlInputElement = all(&page.root, "dialog[open] input[type=radio]")
        .last()
        .cloned()
        .unwrap()
        .unchecked_into();
    choose(&custom);
    seen.look("a custom expiry", &page.root);
    let created = Token::named("Neu").expiring_in(TimeDelta::days(7));
    type_into(&field(&page.root, &says("name")), "Neu");
    all(&page.root, "dialog[open] input[type=radio]")[1]
        .clone()
        .unchecked_into::<HtmlInputElement>()
        .click();
    Reply::created(&created).queue();
    dialog_button(&page.root, &says("create")).click();
    soon("the created link", || {
        text(&page.root).contains(&says("who_can_join"))
    })
    .await;
    seen.look("the created link", &page.root);
    drop(page);

    install_fetch_stub();
    let token = links()[0].clone();
    Reply::list(std::slice::from_ref(&token)).for_the_list();
    Reply::status(200)
        .body(
            json!({"events": [
                {"id": 2, "type": "public-signup-token-user-added", "createdBy": "unleash_system_user",
                 "createdAt": "2026-12-02T10:00:00.000Z", "data": {"secret": token.secret(), "userId": 7}},
                {"id": 1, "type": "public-signup-token-created", "createdBy": "admin",
                 "createdAt": "2026-12-01T09:00:00.000Z",
                 "data": {"secret": token.secret(), "name": "Équipe Nord", "expiresAt": "2026-12-20T00:00:00.000Z"}},
            ], "total": 2})
            .to_string(),
        )
        .for_the_event_log();
    let address = format!("{BASE}/links/{}", link_key(&token.secret()));
    let page = page_in(&language, &address).await;
    soon("the details", || {
        text(&page.root).contains(&says("works_now"))
    })
    .await;
    soon("the history", || {
        !text(&page.root).contains(&says("reading_history"))
    })
    .await;
    seen.look("a link's details and history", &page.root);
    Reply::status(200).queue();
    button(&page.root, &says("check_with_unleash")).click();
    soon("Unleash's answer", || {
        text(&page.root).contains(&says("verdict_works"))
    })
    .await;
    seen.look("does it work right now", &page.root);
    button(&page.root, &says("change_expiry")).click();
    soon("the expiry dialog", || dialog_open(&page.root)).await;
    seen.look("the change expiry dialog", &page.root);
    dialog_button(&page.root, &says("cancel")).click();
    soon("the expiry dialog closes", || !dialog_open(&page.root)).await;
    button(&page.root, &says("disable_link")).click();
    soon("the disable dialog", || dialog_open(&page.root)).await;
    seen.look("the disable dialog", &page.root);
    Reply::status(401).queue();
    dialog_button(&page.root, &says("disable_link")).click();
    soon("the sign-in", || {
        text(&page.root).contains(&says("sign_in_to_unleash"))
    })
    .await;
    seen.look("a change that needs a sign-in", &page.root);
    drop(page);

    for (status, moment) in [
        (500, "Unleash down"),
        (403, "no admin role"),
        (401, "signed out"),
    ] {
        install_fetch_stub();
        Reply::error(status, json!({})).for_the_list();
        let page = page_in(&language, BASE).await;
        let loading = says("loading_links");
        soon("the failure", || !text(&page.root).contains(&loading)).await;
        seen.look(moment, &page.root);
    }

    install_fetch_stub();
    let page = page_in(&language, &format!("{BASE}/nowhere/at/all")).await;
    soon("not found", || {
        text(&page.root).contains(&says("page_not_found"))
    })
    .await;
    seen.look("an address with nothing", &page.root);
    drop(page);
    seen
}

#[wasm_bindgen_test]
async fn german_shows_no_english_message() {
    let seen = every_screen(Language::german()).await;
    let left = seen.english_left();
    assert!(left.is_empty(), "English in German:\n{}", left.join("\n"));
}

#[wasm_bindgen_test]
async fn japanese_shows_no_english_message() {
    let seen = every_screen(Language::japanese()).await;
    let left = seen.english_left();
    assert!(left.is_empty(), "English in Japanese:\n{}", left.join("\n"));
}

#[wasm_bindgen_test]
async fn a_region_speaks_its_language_and_an_unknown_language_english() {
    install_fetch_stub();
    Reply::list(&links()).for_the_list();
    let german = Language::german();
    set_catalogue("de", german.file);
    let page = mount_page_under_with(BASE, BASE, config("de-CH"));
    soon("Swiss German reads German", || {
        text(&page.root).contains(&german.says("create_invite_link"))
    })
    .await;
    drop(page);
    let page = mount_page_under_with(BASE, BASE, config("fr"));
    soon("French reads English", || {
        has_button(&page.root, "Create invite link")
    })
    .await;
}

#[wasm_bindgen_test]
async fn counts_follow_each_languages_plural_rules_and_number_format() {
    install_fetch_stub();
    let many: Vec<Token> = (0..1234)
        .map(|index| Token::named(&format!("L{index}")).expiring_in(TimeDelta::days(5)))
        .collect();
    Reply::list(&many).for_the_list();
    let german = Language::german();
    let page = page_in(&german, BASE).await;
    soon("the list", || !all(&page.root, ".uil-row").is_empty()).await;
    assert!(
        text(&page.root).contains("1.234"),
        "German groups thousands with a dot: {}",
        text_of(&page.root, ".uil-more")
    );
}

#[wasm_bindgen_test]
async fn switching_the_language_keeps_a_half_filled_dialog() {
    install_fetch_stub();
    Reply::list(&links()).for_the_list();
    let german = Language::german();
    set_catalogue("de", german.file);
    let language = RwSignal::new("en".to_owned());
    let config = InviteLinksConfig::default().with_language(language, "/lang");
    let page = mount_page_under_with(BASE, BASE, config);
    open_create_dialog(&page.root).await;
    type_into(&field(&page.root, "Name"), "Halb fertig");
    language.set("de".to_owned());
    soon("the dialog speaks German", || {
        text(&page.root).contains(&german.says("joiners_are_viewers"))
    })
    .await;
    assert!(dialog_open(&page.root), "the dialog closed");
    assert_eq!(
        field(&page.root, &german.says("name")).value(),
        "Halb fertig"
    );
    language.set("en".to_owned());
    soon("English again", || has_button(&page.root, "Cancel")).await;
    assert_eq!(field(&page.root, "Name").value(), "Halb fertig");
}

/// A language switched on a page already shown redraws every word on it: the list with a selected
/// row and a link without a name, and a link's details with its history.
#[wasm_bindgen_test]
async fn switching_the_language_redraws_every_word_shown() {
    let english = Language::english();
    let german = Language::german();
    let mut shown = links();
    shown.push(Token::named(" ").expiring_in(TimeDelta::days(4)));
    let details = format!("{BASE}/links/{}", link_key(&shown[0].secret()));
    let mut seen = Seen::new(Language::german());
    for (path, ready) in [(BASE, "disable_selected"), (details.as_str(), "works_now")] {
        install_fetch_stub();
        Reply::list(&shown).for_the_list();
        Reply::status(200)
            .body(json!({"events": [], "total": 0}).to_string())
            .for_the_event_log();
        set_catalogue("de", german.file);
        let language = RwSignal::new("en".to_owned());
        let config = InviteLinksConfig::default().with_language(language, "/lang");
        let page = mount_page_under_with(BASE, path, config);
        if path == BASE {
            soon("the list", || {
                all(&page.root, ".uil-row").len() == shown.len()
            })
            .await;
            checkbox_of(&page.root, 0).click();
        }
        soon("the page in English", || {
            text(&page.root).contains(&english.says(ready))
        })
        .await;
        language.set("de".to_owned());
        soon("the page in German", || {
            text(&page.root).contains(&german.says(ready))
        })
        .await;
        seen.look(path, &page.root);
        drop(page);
    }
    let left = seen.english_left();
    assert!(
        left.is_empty(),
        "English after switching to German:\n{}",
        left.join("\n")
    );
}

#[wasm_bindgen_test]
async fn a_catalogue_that_cannot_be_read_leaves_the_page_in_english_not_hidden() {
    for served in [Some("{\"not\": \"a catalogue\"}"), Some("<html>"), None] {
        install_fetch_stub();
        forget_read_catalogues();
        Reply::list(&links()).for_the_list();
        if let Some(body) = served {
            set_catalogue("de", body);
        }
        let page = mount_page_under_with(BASE, BASE, config("de"));
        soon("the page falls back to English", || {
            has_button(&page.root, "Create invite link")
                && page
                    .root
                    .query_selector(".uil-page.uil-waiting")
                    .unwrap()
                    .is_none()
        })
        .await;
        drop(page);
    }
}
