//! The labels of the page: headings, fields, buttons, columns, and the short notes beside them.

/// The list's heading.
pub const INVITE_LINKS: &str = "Invite links";
/// Below the list's heading.
pub const LIST_LEAD: &str =
    "Invite colleagues to Unleash with a link. People who join through it get the Viewer role.";
/// The button that opens the create dialog, and that dialog's title.
pub const CREATE_INVITE_LINK: &str = "Create invite link";
/// The create dialog's title once it shows the link it made.
pub const INVITE_LINK_CREATED: &str = "Invite link created";
/// The create dialog's send button.
pub const CREATE: &str = "Create";
/// The create dialog's send button when a create of that name may already have happened.
pub const CREATE_ANOTHER: &str = "Create another";
/// Closes the create dialog once it shows the link.
pub const DONE: &str = "Done";
/// Closes a dialog without sending.
pub const CANCEL: &str = "Cancel";
/// In the create dialog, below the fields.
pub const JOINERS_ARE_VIEWERS: &str = "People who join through this link get the Viewer role.";

/// A link's name (a field, a fact, a column).
pub const NAME: &str = "Name";
/// A link's state (a fact, a column).
pub const STATE: &str = "State";
/// The expiry (a field group, a column).
pub const EXPIRES: &str = "Expires";
/// How many joined (a fact, a column).
pub const JOINED: &str = "Joined";
/// The column of Copy link.
pub const LINK: &str = "Link";
/// When and by whom a link was made.
pub const CREATED: &str = "Created";
/// The role of people who join.
pub const ROLE: &str = "Role";
/// Whether people can join now.
pub const ENABLED: &str = "Enabled";
/// Before the joined count on a narrow screen, where the columns become cards.
pub const JOINED_PREFIX: &str = "Joined: ";
/// The badge of a link made by this page just now.
pub const NEW: &str = "New";

/// The custom expiry choice.
pub const CUSTOM: &str = "Custom";
/// The custom expiry's field.
pub const EXPIRY_DATE_AND_TIME: &str = "Expiry date and time";
/// The "Change expiry" button and dialog title.
pub const CHANGE_EXPIRY: &str = "Change expiry";
/// The "Change expiry" dialog's send button.
pub const SAVE_EXPIRY: &str = "Save expiry";
/// What "Change expiry" counts from, and its limit.
pub const CHANGE_EXPIRY_NOTE: &str =
    "Counted from now, for a link that has expired too. As for a new link, at most one month: \
    a forgotten link then stops working soon. Choose a shorter time to end the link sooner.";
/// Switches a link off, after a question.
pub const DISABLE_LINK: &str = "Disable link";
/// Switches a disabled link on.
pub const ENABLE_LINK: &str = "Enable link";

/// The search field's label.
pub const FIND: &str = "Find";
/// The search field's placeholder.
pub const LINK_NAME: &str = "Link name";
/// The state filter's label.
pub const SHOW: &str = "Show";
/// The "All" filter's name in the list's heading row.
pub const ALL_LINKS: &str = "All links";
/// Reads the list again.
pub const RELOAD: &str = "Reload";
/// Tries a failed read again.
pub const TRY_AGAIN: &str = "Try again";

/// The list when Unleash has no link yet.
pub const NO_LINKS_YET: &str = "No invite links yet.";
/// What an invite link is, for an empty list.
pub const WHAT_A_LINK_IS: &str = "An invite link lets a colleague create their own Unleash account: whoever opens it can sign up \
    and gets the Viewer role. Each link expires, and you can disable it at any time.";
/// The empty list's button.
pub const CREATE_FIRST_LINK: &str = "Create your first invite link";

/// Selects every enabled row shown: "Select all 4 shown", "Select the 1 shown".
pub fn select_all_shown(count: usize) -> String {
    match count {
        1 => "Select the 1 shown".to_owned(),
        _ => format!("Select all {count} shown"),
    }
}
/// A row's checkbox: "Select “Team”".
pub fn select_named(name: &str) -> String {
    format!("Select “{name}”")
}
/// Disables the selected links.
pub const DISABLE_SELECTED: &str = "Disable selected";
/// Clears the selection.
pub const CLEAR_SELECTION: &str = "Clear selection";
/// Stops a run of Disable selected.
pub const STOP_DISABLING: &str = "Stop disabling";
/// How many are shown of all: "Showing 50 of 1,200 links." (counts already written out).
pub fn showing_of(showing: &str, total: &str) -> String {
    format!("Showing {showing} of {total} links.")
}
/// Shows the next page of rows: "Show 50 more".
pub fn show_more(count: &str) -> String {
    format!("Show {count} more")
}

/// While the details wait for the list.
pub const LOADING_THE_LINK: &str = "Loading the link…";
/// The details' heading: "Invite link “Team”".
pub fn invite_link_named(name: &str) -> String {
    format!("Invite link “{name}”")
}
/// The details of an address no link has.
pub const LINK_NOT_FOUND: &str = "Invite link not found";
/// Why no link was found, and what may be wrong.
pub const LINK_NOT_FOUND_WHY: &str =
    "No invite link in this Unleash has this address. The address may be incomplete, \
    or it belongs to another Unleash.";
/// Back from the details to the list.
pub const BACK_TO_ALL: &str = "← All invite links";
/// An address the page has nothing at.
pub const PAGE_NOT_FOUND: &str = "Page not found";
/// Why, on that page.
pub const NOTHING_HERE: &str = "There is nothing at this address.";
/// The way back from there.
pub const GO_TO_ALL: &str = "Go to all invite links";

/// The people who joined through a link.
pub const PEOPLE_WHO_JOINED: &str = "People who joined";
/// When nobody has.
pub const NOBODY_JOINED: &str = "Nobody has joined through this link yet.";
/// A person's user name (a column, a sign-in field).
pub const USER_NAME: &str = "User name";
/// A person's user id.
pub const USER_ID: &str = "User id";
/// In place of a name a person has not set.
pub const NOT_SET: &str = "Not set";

/// "Does it work right now?"
pub const WORKS_NOW: &str = "Does it work right now?";
/// Asks Unleash's sign-up check.
pub const CHECK_WITH_UNLEASH: &str = "Check with Unleash";
/// The history's heading.
pub const HISTORY: &str = "History";
/// While the history is read.
pub const READING_HISTORY: &str = "Reading the history from Unleash's event log…";
/// The joins chart's caption: "Joins per day (UTC): 5 people joined …".
pub fn joins_per_day(summary: &str) -> String {
    format!("Joins per day (UTC): {summary}")
}

/// The sign-in's heading.
pub const SIGN_IN_TO_UNLEASH: &str = "Sign in to Unleash";
/// The password field.
pub const PASSWORD: &str = "Password";
/// Signs in.
pub const SIGN_IN: &str = "Sign in";
/// The token field, below the password sign-in.
pub const OR_A_TOKEN: &str = "Or an admin API token or personal access token";
/// Signs in with the token.
pub const USE_TOKEN: &str = "Use token";
/// A token sign-in pressed with an empty field.
pub const NO_TOKEN: &str = "Paste an admin API token or a personal access token.";

/// Below the custom expiry: "In your time zone, Europe/Berlin."
pub fn in_your_time_zone(zone: &str) -> String {
    format!("In your time zone, {zone}.")
}
/// What an expiry choice means now: "The link will work until Dec 6, 2026, 1:00 AM GMT+1 (expires
/// in 8 days)." (the time already in local time).
pub fn will_work_until(when: &str, relative: &str) -> String {
    format!("The link will work until {when} ({relative}).")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn select_all_reads_right_for_one_row_and_for_many() {
        assert_eq!(select_all_shown(1), "Select the 1 shown");
        assert_eq!(select_all_shown(4), "Select all 4 shown");
    }
}
