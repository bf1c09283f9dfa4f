//! The words of Copy link: what follows a press.

use super::catalogue::*;

impl Catalogue {
    /// What follows a press: "Copied", or, when the browser blocked copying, how to copy by hand:
    /// from the field that shows the link, where the link is then selected (`in_field`), or, for a
    /// row of the list, from the link's own page.
    pub fn copy_notice(&self, copied: bool, in_field: bool) -> String {
        self.text(match (copied, in_field) {
            (true, _) => COPIED,
            (false, true) => COPY_BLOCKED_SELECTED,
            (false, false) => COPY_BLOCKED,
        })
    }
}
