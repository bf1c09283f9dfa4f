//! [`follow_language`]: the page speaks the language its host asks for, switching without
//! rendering again, so that what the user typed and chose stays.

use std::cell::RefCell;

use leptos::prelude::*;

use crate::api::catalogue_text;
use crate::ui::ViewTasks;
use crate::words::{file_of, supported, Catalogue, Words};

thread_local! {
    /// The catalogues read so far: each is read once per page load, whichever element asks.
    static READ: RefCell<Vec<&'static Catalogue>> = const { RefCell::new(Vec::new()) };
}

/// Forgets the catalogues read so far (tests, which load one page for many; the kept catalogues stay
/// alive for whoever holds them).
pub fn forget_read_catalogues() {
    READ.with_borrow_mut(Vec::clear);
}

/// A catalogue read before, or English, for the language tag `wanted`; `None` while it has yet to
/// be read.
pub fn read_before(wanted: &str) -> Option<&'static Catalogue> {
    let Some(language) = supported(wanted).filter(|language| file_of(language).is_some()) else {
        return Some(Catalogue::english());
    };
    READ.with_borrow(|read| {
        read.iter()
            .copied()
            .find(|read| read.language() == language)
    })
}

/// Reads the catalogue `wanted` names from `folder` (the address of the page's `lang/` files), or
/// from the address `files` gives its file, and keeps it for the page's other elements; `None` when
/// it cannot be read.
pub async fn read_catalogue(
    wanted: &str,
    folder: &str,
    files: &[(String, String)],
) -> Option<&'static Catalogue> {
    if let Some(known) = read_before(wanted) {
        return Some(known);
    }
    let language = supported(wanted)?;
    let file = file_of(language)?;
    let address = files.iter().find(|(name, _)| *name == file).map_or_else(
        || format!("{folder}/{file}"),
        |(_, address)| address.clone(),
    );
    let text = catalogue_text(&address).await.ok()?;
    let catalogue = Catalogue::parse(language, &text)?;
    READ.with_borrow_mut(|read| read.push(catalogue));
    Some(catalogue)
}

/// Makes `words` speak the language `wanted` names ("de", "de-CH"; English for a language the page
/// does not speak, or whose file cannot be read), now and whenever it changes, reading its file
/// from `folder` once. Until the file arrives the page keeps speaking the language before; the
/// signal returned is true while the page waits for its first language, so that it can stay
/// hidden rather than show English first.
pub fn follow_language(
    words: Words,
    wanted: Signal<String>,
    folder: String,
    files: Vec<(String, String)>,
) -> RwSignal<bool> {
    let waiting = RwSignal::new(false);
    match read_before(&wanted.get_untracked()) {
        Some(catalogue) => words.set(catalogue),
        None => waiting.set(true),
    }
    let tasks = ViewTasks::new();
    let folder = StoredValue::new((folder, files));
    Effect::new(move || {
        let chosen = wanted.get();
        if let Some(catalogue) = read_before(&chosen) {
            words.set(catalogue);
            waiting.set(false);
            return;
        }
        let (folder, files) = folder.get_value();
        tasks.spawn(async move {
            let read = read_catalogue(&chosen, &folder, &files).await;
            if wanted.try_get_untracked().as_deref() == Some(chosen.as_str()) {
                words.set(read.unwrap_or_else(Catalogue::english));
                waiting.set(false);
            }
        });
    });
    waiting
}
