//! Which rows a click on a checkbox sets: that row, or with Shift the range from the last row
//! clicked, as in a mail client.

/// The keys a click on `clicked` sets to its new state, out of `order` (the rows as shown): the
/// clicked row alone, or, when `range` (Shift held) and the `anchor` (the row clicked before) is
/// still shown, every row from the anchor to it, whichever comes first. Nothing if `clicked` is not
/// shown.
pub fn clicked_rows<'a>(
    order: &'a [String],
    anchor: Option<&str>,
    clicked: &str,
    range: bool,
) -> &'a [String] {
    let position = |key: &str| order.iter().position(|shown| shown == key);
    let Some(to) = position(clicked) else {
        return &[];
    };
    let from = anchor.filter(|_| range).and_then(position).unwrap_or(to);
    &order[from.min(to)..=from.max(to)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<String> {
        ["a", "b", "c", "d", "e"].map(String::from).to_vec()
    }

    #[test]
    fn a_click_sets_its_row_and_shift_sets_the_range_from_the_last_click_either_way() {
        let order = rows();
        assert_eq!(clicked_rows(&order, Some("b"), "d", false), ["d"]);
        assert_eq!(clicked_rows(&order, Some("b"), "d", true), ["b", "c", "d"]);
        assert_eq!(clicked_rows(&order, Some("e"), "c", true), ["c", "d", "e"]);
        assert_eq!(clicked_rows(&order, None, "c", true), ["c"]);
    }

    #[test]
    fn an_anchor_no_longer_shown_or_a_row_not_shown_sets_no_range() {
        let order = rows();
        assert_eq!(clicked_rows(&order, Some("gone"), "c", true), ["c"]);
        assert!(clicked_rows(&order, Some("a"), "gone", true).is_empty());
    }
}
