//! An example admin console: a Leptos app with its own router and navigation, which nests the
//! invite-links page under Settings -> Invite links (`/settings/invite-links`).

mod console;

fn main() {
    leptos::mount::mount_to_body(console::Console);
}
