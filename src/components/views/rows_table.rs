//! [`RowsTable`]: the table of the list, one row per link rendered.

use leptos::html;
use leptos::prelude::*;

use super::LinkRow;
use crate::api::PublicSignupToken;
use crate::links::BulkDisable;
use crate::ui::{live_flag, live_view};
use crate::words;

/// The table itself: a header row, and one row per rendered link. When the rendered links change,
/// the rows are built again in place, row by row: a keyed `<For>` would keep each link's row where
/// it moved, but cost 5 KB (gzip) of the bundle, and a page of rows builds in well under a frame.
#[component]
pub fn RowsTable(
    /// The links to render, in order.
    rendered: Memo<Vec<PublicSignupToken>>,
    /// The table's body, where paging moves the focus.
    rows: NodeRef<html::Tbody>,
    /// The selection, for each row's checkbox.
    bulk: BulkDisable,
    /// Hides the table (nothing to show).
    hidden: Signal<bool>,
) -> impl IntoView {
    let words = words::Words::expect();
    view! {
        <table class="uil-table" hidden=live_flag(move || hidden.get())>
            <thead>
                <tr>
                    <th scope="col">{words.live(words::NAME)}</th>
                    <th scope="col">{words.live(words::STATE)}</th>
                    <th scope="col">{words.live(words::EXPIRES)}</th>
                    <th scope="col">{words.live(words::JOINED)}</th>
                    <th scope="col"><span class="uil-visually-hidden">{words.live(words::LINK)}</span></th>
                </tr>
            </thead>
            <tbody node_ref=rows>
                {live_view(move || {
                    let rows = rendered.get().into_iter().map(|token| view! { <LinkRow token bulk /> });
                    Some(rows.collect_view().into_any())
                })}
            </tbody>
        </table>
    }
}
