//! The embed bundle's entry: registers `<unleash-invite-links>` and mounts nothing by itself.

fn main() {
    unleash_invite_links::embed::define_invite_links_element();
}
