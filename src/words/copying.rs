//! The words of Copy link: its label, and what follows a press.

/// The button's label.
pub const COPY_LINK: &str = "Copy link";

/// The label of the field that shows a link.
pub const INVITE_LINK: &str = "Invite link";

/// The title of a row's Copy link when Unleash sent no address for the link.
pub const NO_ADDRESS: &str = "Unleash returned no address for this link";

/// Why a link cannot be shown when Unleash stored no address for it, and what helps.
pub const NO_ADDRESS_EXPLAINED: &str = "Unleash returned no address for this link. It stores one only when its public URL \
    (the server's unleashUrl setting) is known; ask whoever runs Unleash to set it, then create a new link.";

/// The accessible name of a row's Copy link: "Copy link Team".
pub fn copy_link_named(name: &str) -> String {
    format!("{COPY_LINK} {name}")
}

/// What follows a press: "Copied", or, when the browser blocked copying, how to copy by hand: from
/// the field that shows the link, where the link is then selected (`in_field`), or, for a row of the
/// list, from the link's own page.
pub fn copy_notice(copied: bool, in_field: bool) -> &'static str {
    match (copied, in_field) {
        (true, _) => "Copied",
        (false, true) => {
            "This browser blocked copying. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it."
        }
        (false, false) => "Copying was blocked: open the link to copy it from its page.",
    }
}
