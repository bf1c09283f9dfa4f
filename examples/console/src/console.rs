use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use unleash_invite_links::config::{InviteLinksConfig, LinkChange, LinkChangeKind};
use unleash_invite_links::routes::InviteLinksRoutes;

/// Where the console puts the invite-links page.
const INVITE_LINKS: &str = "/settings/invite-links";

/// The console: navigation on the left, the section the address names on the right.
#[component]
pub fn Console() -> impl IntoView {
    let notice = RwSignal::new(None::<String>);
    let config =
        InviteLinksConfig::new("").on_link_changed(Callback::new(move |change: LinkChange| {
            let what = match change.kind {
                LinkChangeKind::Created => "created",
                LinkChangeKind::Changed => "changed",
            };
            notice.set(Some(format!(
                "Console: invite link \"{}\" {what}.",
                change.token.name
            )));
        }));
    view! {
        <Router>
            <div class="console">
                <nav class="console-nav" aria-label="Console">
                    <strong>"Example console"</strong>
                    <A href="/">"Overview"</A>
                    <A href="/projects">"Projects"</A>
                    <A href="/settings/users">"Settings: Users"</A>
                    <A href=INVITE_LINKS>"Settings: Invite links"</A>
                    <a href="/plain-html/">"The same page in a plain HTML host"</a>
                </nav>
                <main class="console-main">
                    <p class="console-notice" role="status" hidden=move || notice.with(Option::is_none)>
                        {move || notice.get()}
                    </p>
                    <Routes fallback=|| view! { <Placeholder title="Not found" /> }>
                        <Route path=path!("/") view=|| view! { <Placeholder title="Overview" /> } />
                        <Route path=path!("/projects") view=|| view! { <Placeholder title="Projects" /> } />
                        <Route path=path!("/settings/users") view=|| view! { <Placeholder title="Users" /> } />
                        <InviteLinksRoutes config base_path=INVITE_LINKS />
                    </Routes>
                </main>
            </div>
        </Router>
    }
}

/// A section the example does not fill in.
#[component]
fn Placeholder(title: &'static str) -> impl IntoView {
    view! {
        <h1>{title}</h1>
        <p>"A section of the console. Invite links live under Settings."</p>
    }
}
