//! [`ApiToken`]: an admin API token or personal access token, checked where it enters the page.
//!
//! A token travels in the `Authorization` header, which takes visible ASCII only. A token copied from
//! a chat or a wiki often carries an invisible character (U+200B, a non-breaking space); the browser
//! would refuse the header with an exception. Checking here turns that into a message the user can act
//! on, before any request is made.

use std::fmt;

/// A token that can be sent: trimmed, not empty, and only visible ASCII (spaces allowed inside, as in
/// `Bearer <token>`). Its `Debug` never shows it; it has no `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiToken(String);

/// Why a token cannot be sent: the first character the `Authorization` header cannot carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TokenProblem {
    /// The character.
    pub character: char,
    /// Its position in the trimmed token, counted from 1.
    pub position: usize,
}

impl ApiToken {
    /// Checks `text` as typed, pasted or given by a host: `Ok(None)` when it is blank (no token).
    pub fn parse(text: &str) -> Result<Option<ApiToken>, TokenProblem> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Ok(None);
        }
        match trimmed
            .chars()
            .enumerate()
            .find(|(_, character)| !matches!(character, ' '..='~'))
        {
            Some((index, character)) => Err(TokenProblem {
                character,
                position: index + 1,
            }),
            None => Ok(Some(ApiToken(trimmed.to_owned()))),
        }
    }

    /// The header value. Never log it.
    pub fn header_value(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiToken(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_trimmed_and_blank_means_none() {
        let token = ApiToken::parse("  user:abc123 \n").unwrap().unwrap();
        assert_eq!(token.header_value(), "user:abc123");
        assert_eq!(ApiToken::parse(" \t ").unwrap(), None);
        let bearer = ApiToken::parse("Bearer *:*.abc").unwrap().unwrap();
        assert_eq!(bearer.header_value(), "Bearer *:*.abc");
    }

    #[test]
    fn an_invisible_character_is_named_with_its_position() {
        let problem = ApiToken::parse("user:ab\u{200B}c").unwrap_err();
        assert_eq!(problem.character, '\u{200B}');
        assert_eq!(problem.position, 8);
    }

    #[test]
    fn letters_outside_ascii_and_control_characters_are_refused() {
        let accented = ApiToken::parse("user:é").unwrap_err();
        assert_eq!(accented.character, 'é');
        for bad in ["a\u{a0}b", "a\u{7f}", "a\tb", "x\u{2028}y"] {
            assert!(ApiToken::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn debug_output_never_shows_the_token() {
        let token = ApiToken::parse("user:secret-value").unwrap().unwrap();
        assert!(!format!("{token:?}").contains("secret-value"));
    }
}
