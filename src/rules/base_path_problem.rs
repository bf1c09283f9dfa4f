//! Which base paths are refused: those that would make a link rendered below them leave the page's
//! origin.

/// Why a base path is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BasePathProblem {
    /// A backslash, written or as `%5C`: browsers read `/\host` as `//host`, another site.
    Backslash,
    /// A control character (a line break, a tab, `%00`…), written or percent-encoded.
    ControlCharacter,
    /// It starts with `//`: an address on another site.
    TwoSlashes,
}

/// What is wrong with the base path `given`, whose percent-decoded form is `decoded`, if anything.
pub fn base_path_problem(given: &str, decoded: &str) -> Option<BasePathProblem> {
    let both = [given, decoded];
    if both.iter().any(|path| path.contains('\\')) {
        Some(BasePathProblem::Backslash)
    } else if both.iter().any(|path| path.chars().any(char::is_control)) {
        Some(BasePathProblem::ControlCharacter)
    } else if both.iter().any(|path| path.trim_start().starts_with("//")) {
        Some(BasePathProblem::TwoSlashes)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_could_lead_off_site_are_refused_and_ordinary_ones_pass() {
        for fine in ["", "/", "/admin/settings/invite-links", "/équipe", "/a/b/"] {
            assert_eq!(base_path_problem(fine, fine), None, "{fine}");
        }
        let refused = [
            (
                "/\\evil.example/",
                "/\\evil.example/",
                BasePathProblem::Backslash,
            ),
            (
                "/%5Cevil.example",
                "/\\evil.example",
                BasePathProblem::Backslash,
            ),
            ("/a\nb", "/a\nb", BasePathProblem::ControlCharacter),
            ("/a%0Ab", "/a\nb", BasePathProblem::ControlCharacter),
            ("/a%00", "/a\0", BasePathProblem::ControlCharacter),
            (
                "//evil.example",
                "//evil.example",
                BasePathProblem::TwoSlashes,
            ),
            (
                "/%2Fevil.example",
                "//evil.example",
                BasePathProblem::TwoSlashes,
            ),
        ];
        for (given, decoded, problem) in refused {
            assert_eq!(base_path_problem(given, decoded), Some(problem), "{given}");
        }
    }
}
