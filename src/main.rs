//! The standalone app, as Trunk builds it from `index.html`.

fn main() {
    leptos::mount::mount_to_body(unleash_invite_links::App);
}
