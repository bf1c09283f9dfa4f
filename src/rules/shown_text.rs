//! Names as the page shows them: on one line and in their own direction, so that a name cannot
//! pass for another entry of a list or reorder the sentence around it. What hosts hear keeps the
//! name as Unleash has it; only what is shown goes through here.

/// `text` on one line, without bidi controls: the embeddings, overrides and isolates (U+202A–E,
/// U+2066–9) and the marks (U+200E, U+200F, U+061C) are left out; a line break or another control
/// character is shown as its visible picture (`␊`, `␍`, `␉`; `␤` for U+0085, U+2028 and U+2029;
/// `�` for the other C1 controls).
pub fn one_line(text: &str) -> String {
    text.chars()
        .filter_map(|character| match character {
            '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{061c}' => None,
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + character as u32),
            '\u{7f}' => Some('\u{2421}'),
            '\u{85}' | '\u{2028}' | '\u{2029}' => Some('\u{2424}'),
            '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
            other => Some(other),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_keeps_to_one_line_and_its_own_direction() {
        assert_eq!(one_line("Zürich office"), "Zürich office");
        assert_eq!(one_line("שלום team"), "שלום team");
        assert_eq!(one_line("Team\nProd SSO"), "Team␊Prod SSO");
        assert_eq!(one_line("a\r\nb\tc\u{7f}"), "a␍␊b␉c␡");
        assert_eq!(one_line("a\u{2028}b\u{85}c\u{9b}"), "a␤b␤c\u{fffd}");
        assert_eq!(one_line("\u{202e}OSS dorP\u{202c} x"), "OSS dorP x");
        assert_eq!(one_line("a\u{2066}b\u{2069}\u{200f}c\u{061c}"), "abc",);
        for character in (0..=0x9f_u32)
            .chain(0x2000..=0x206f)
            .filter_map(char::from_u32)
        {
            let shown = one_line(&format!("a{character}b"));
            assert!(
                !shown.chars().any(|c| c.is_control()
                    || ('\u{202a}'..='\u{202e}').contains(&c)
                    || ('\u{2066}'..='\u{2069}').contains(&c)
                    || c == '\u{2028}'
                    || c == '\u{2029}'),
                "U+{:04X} shows as {shown:?}",
                character as u32
            );
        }
    }
}
