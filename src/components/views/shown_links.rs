//! [`ShownLinks`]: which links the list shows, in which order, and how many of each state.

use leptos::prelude::*;

use crate::api::PublicSignupToken;
use crate::links::LinkStore;
use crate::rules::link_order::{answers_search, counts, ordered};
use crate::ui::search_text::folded;
use crate::ui::use_clock;

/// The list's links as derived values: every link, those the search finds in the filter's order,
/// the page of them rendered, the enabled ones among these, and the count for each state.
#[derive(Clone, Copy)]
pub struct ShownLinks {
    /// Every link the page knows.
    pub tokens: Memo<Vec<PublicSignupToken>>,
    /// The positions in `tokens` of the links shown, in order.
    pub shown: Memo<Vec<usize>>,
    /// The secrets of the rendered links that can be disabled.
    pub selectable: Memo<Vec<String>>,
    /// How many links the search finds in each state, in the order of `StateFilter::ALL`.
    pub counted: Memo<[usize; 4]>,
    /// The links rendered: the first `showing` of those shown.
    pub rendered: Memo<Vec<PublicSignupToken>>,
}

impl ShownLinks {
    /// The links of `store` that `search` finds, the first `showing` of them rendered.
    pub fn new(store: LinkStore, search: RwSignal<String>, showing: RwSignal<usize>) -> Self {
        let now = use_clock();
        let tokens = Memo::new(move |_| store.tokens());
        let folded_names = Memo::new(move |_| {
            tokens.with(|tokens| {
                tokens
                    .iter()
                    .map(|token| folded(&token.name))
                    .collect::<Vec<_>>()
            })
        });
        let found = Memo::new(move |_| {
            let query = folded(&search.get());
            folded_names.with(|names| {
                names
                    .iter()
                    .enumerate()
                    .filter(|(_, name)| answers_search(name, &query))
                    .map(|(index, _)| index)
                    .collect::<Vec<_>>()
            })
        });
        let shown = Memo::new(move |_| {
            let made_here = store.made_here();
            tokens.with(|tokens| {
                found.with(|found| {
                    let found = found
                        .iter()
                        .filter_map(|&index| Some((index, tokens.get(index)?)));
                    ordered(found, store.filter(), now.get_untracked(), &made_here)
                })
            })
        });
        let rendered = Memo::new(move |_| {
            tokens.with(|tokens| {
                shown.with(|shown| {
                    picked(tokens, &shown[..shown.len().min(showing.get())])
                        .cloned()
                        .collect::<Vec<_>>()
                })
            })
        });
        let selectable = Memo::new(move |_| {
            rendered.with(|rendered| {
                rendered
                    .iter()
                    .filter(|token| token.enabled)
                    .map(|token| token.secret.clone())
                    .collect::<Vec<_>>()
            })
        });
        let counted = Memo::new(move |_| {
            tokens.with(|tokens| found.with(|found| counts(picked(tokens, found), now.get())))
        });
        ShownLinks {
            tokens,
            shown,
            selectable,
            counted,
            rendered,
        }
    }
}

/// The tokens at the positions `found`.
fn picked<'a>(
    tokens: &'a [PublicSignupToken],
    found: &'a [usize],
) -> impl Iterator<Item = &'a PublicSignupToken> {
    found.iter().filter_map(|index| tokens.get(*index))
}
