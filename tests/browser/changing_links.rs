//! Every change to a link (create, new expiry, disable, enable) against every outcome (done,
//! refused, needs sign-in, unknown, cancelled), table-driven: each change reads the same way in each
//! outcome, and none is sent twice or after the user gave it up.

use crate::support::*;
use serde_json::json;
use unleash_invite_links::testing::link_key;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

const BASE: &str = "/admin/invites";

/// One of the four changes, and how a person makes it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Create,
    NewExpiry,
    Disable,
    Enable,
}

const KINDS: [Kind; 4] = [Kind::Create, Kind::NewExpiry, Kind::Disable, Kind::Enable];

impl Kind {
    /// The link the change starts from (for a create, the link it makes).
    fn link(self) -> Token {
        match self {
            Kind::Enable => Token::named("switched").disabled(),
            Kind::NewExpiry => Token::named("switched").expiring_in(-chrono::TimeDelta::days(2)),
            _ => Token::named("switched"),
        }
    }

    /// The link as Unleash has it once the change is made.
    fn changed(self) -> Token {
        match self {
            Kind::Disable => Token::named("switched").disabled(),
            _ => Token::named("switched"),
        }
    }

    /// Answers what it needs, opens the page where this change is made, and waits for it.
    async fn open(self) -> Mounted {
        self.open_with(unleash_invite_links::config::InviteLinksConfig::default())
            .await
    }

    async fn open_with(self, config: unleash_invite_links::config::InviteLinksConfig) -> Mounted {
        install_fetch_stub();
        let page = match self {
            Kind::Create => {
                Reply::list(&[]).for_the_list();
                mount_page_under_with(BASE, BASE, config)
            }
            _ => {
                Reply::list(&[self.link()]).for_the_list();
                let address = format!("{BASE}/links/{}", link_key(&self.link().secret()));
                mount_page_under_with(BASE, &address, config)
            }
        };
        soon("the page has read the list", || {
            list_reads() == 1
                && !text(&page.root).contains("Loading")
                && (has_button(&page.root, "Create invite link")
                    || has_button(&page.root, "Change expiry"))
        })
        .await;
        page
    }

    /// Fills in what the change needs and presses the button that sends it.
    async fn press(self, page: &Mounted) {
        match self {
            Kind::Create => {
                open_create_dialog(&page.root).await;
                type_into(&field(&page.root, "Name"), "switched");
                dialog_button(&page.root, "Create").click();
            }
            Kind::NewExpiry => {
                button(&page.root, "Change expiry").click();
                soon("the dialog opens", || dialog_open(&page.root)).await;
                dialog_button(&page.root, "Save expiry").click();
            }
            Kind::Disable => {
                button(&page.root, "Disable link").click();
                soon("the confirmation opens", || dialog_open(&page.root)).await;
                dialog_button(&page.root, "Disable link").click();
            }
            Kind::Enable => button(&page.root, "Enable link").click(),
        }
    }

    /// Gives up waiting as a person would: Cancel in the dialog, or beside Enable.
    fn cancel(self, page: &Mounted) {
        match self {
            Kind::Disable => dialog_button(&page.root, "Keep it enabled").click(),
            Kind::Enable => button(&page.root, "Cancel").click(),
            _ => dialog_button(&page.root, "Cancel").click(),
        }
    }

    /// What reading the links again says after an unknown outcome, when the list is as before the
    /// change (empty for a create, the link unchanged otherwise).
    fn found_on_reading_again(self) -> &'static str {
        match self {
            Kind::Create => {
                "The list, read again, has no link named “switched” made since you pressed Create, \
                 so most likely none was made. To make it, press Create again: you will be asked first."
            }
            _ => "The link was read again: the page now shows what Unleash has.",
        }
    }

    /// Unleash's answer when it made the change.
    fn success(self) -> Reply {
        match self {
            Kind::Create => Reply::created(&self.changed()),
            _ => Reply::token(&self.changed().with("role", json!({}))),
        }
    }

    /// The requests the app sent to make this change.
    fn sent(self) -> Vec<RecordedRequest> {
        let method = if self == Kind::Create { "POST" } else { "PUT" };
        recorded_requests()
            .into_iter()
            .filter(|request| {
                request.method == method && request.url.contains("/api/admin/invite-link/tokens")
            })
            .collect()
    }

    fn done_words(self) -> &'static str {
        match self {
            Kind::Create => "Invite link created.",
            Kind::NewExpiry => "Expiry changed.",
            Kind::Disable => "Link disabled.",
            Kind::Enable => "Link enabled.",
        }
    }

    fn deed(self) -> &'static str {
        match self {
            Kind::Create => "created the link",
            Kind::NewExpiry => "changed the expiry",
            Kind::Disable => "disabled the link",
            Kind::Enable => "enabled the link",
        }
    }

    /// Whether the change is made in a dialog (all but Enable).
    fn in_dialog(self) -> bool {
        self != Kind::Enable
    }
}

/// The text of what the page says went wrong with a change (its alerts), all of it.
fn alerts(page: &Mounted) -> String {
    all(&page.root, ".uil-error[role=alert]")
        .iter()
        .map(text)
        .collect::<Vec<_>>()
        .join(" ")
}

#[wasm_bindgen_test]
async fn every_change_once_done_is_shown_and_announced_and_sent_once() {
    for kind in KINDS {
        let page = kind.open().await;
        kind.success().queue();
        kind.press(&page).await;
        soon(kind.done_words(), || {
            text(&page.root).contains(kind.done_words())
        })
        .await;
        match kind {
            Kind::Create => assert_eq!(
                field(&page.root, "Invite link").value(),
                kind.changed().url()
            ),
            Kind::Disable => soon("Disabled", || fact(&page.root, "State") == "Disabled").await,
            _ => soon("Active", || fact(&page.root, "State") == "Active").await,
        }
        if kind != Kind::Create {
            assert!(!dialog_open(&page.root), "{kind:?}: the dialog stays open");
            assert_eq!(fact(&page.root, "Role"), "Viewer", "{kind:?}");
        }
        assert_eq!(kind.sent().len(), 1, "{kind:?}");
    }
}

#[wasm_bindgen_test]
async fn every_change_refused_says_why_changes_nothing_and_keeps_what_was_typed() {
    for kind in KINDS {
        let page = kind.open().await;
        Reply::error(400, json!({"message": "Unleash says no."})).queue();
        kind.press(&page).await;
        soon("the reason", || alerts(&page).contains("Unleash says no.")).await;
        assert!(!text(&page.root).contains(kind.done_words()), "{kind:?}");
        assert_eq!(dialog_open(&page.root), kind.in_dialog(), "{kind:?}");
        if kind == Kind::Create {
            assert_eq!(field(&page.root, "Name").value(), "switched");
        }
        assert_eq!(kind.sent().len(), 1, "{kind:?}");
    }
}

/// Answers the change with 401 and then the sign-in as `sign_in`.
fn signed_out_then(sign_in: Reply) {
    Reply::error(401, json!({"message": "You must log in to use Unleash."})).queue();
    sign_in.queue();
}

/// Opens the page for `kind`, makes the change, meets a 401 and sends a sign-in whose answer is held:
/// the change waits for it.
async fn signing_in(kind: Kind) -> Mounted {
    let page = kind.open().await;
    signed_out_then(Reply::status(200).body(r#"{"id":1}"#).held());
    kind.success().queue();
    kind.press(&page).await;
    sign_in_from(&page.root).await;
    soon("the sign-in is on its way", || held_answers() == 1).await;
    page
}

/// Lets the held sign-in answer go, waits until it has loaded the list again (which follows sending
/// any change held for it), and checks that `kind` was sent once only (the refused one).
async fn sign_in_completes_without_the_change(kind: Kind) {
    let reads = list_reads();
    release_held_answers();
    list_read_after(reads).await;
    assert_eq!(
        kind.sent().len(),
        1,
        "{kind:?}: sent after the user gave it up"
    );
}

/// Whether the sign-in form is where the user can see it: inside the open dialog for a change made in
/// one, never inside a closed dialog.
fn sign_in_is_where_the_user_is(page: &Mounted) -> bool {
    let form = page.root.query_selector(".uil-sign-in").unwrap().unwrap();
    match form.closest("dialog").unwrap() {
        Some(dialog) => dialog.has_attribute("open"),
        None => true,
    }
}

#[wasm_bindgen_test]
async fn every_change_needing_sign_in_shows_the_form_where_the_user_is_and_goes_through_once() {
    for kind in KINDS {
        let page = kind.open().await;
        signed_out_then(Reply::status(200).body(r#"{"id":1}"#));
        kind.success().queue();
        kind.press(&page).await;
        soon("sign-in is offered", || {
            text(&page.root).contains("Sign in to Unleash")
        })
        .await;
        assert!(
            sign_in_is_where_the_user_is(&page),
            "{kind:?}: the form is in a closed dialog"
        );
        sign_in_from(&page.root).await;
        soon(kind.done_words(), || {
            text(&page.root).contains(kind.done_words())
        })
        .await;
        let sent = kind.sent();
        assert_eq!(
            sent.len(),
            2,
            "{kind:?}: the refused one and exactly one after sign-in"
        );
        assert_eq!(sent[0].body, sent[1].body, "{kind:?}: the same change");
    }
}

#[wasm_bindgen_test]
async fn cancelling_while_signing_in_drops_every_change_though_the_sign_in_completes() {
    for kind in KINDS {
        let page = signing_in(kind).await;
        kind.cancel(&page);
        leptos::task::tick().await;
        sign_in_completes_without_the_change(kind).await;
        assert!(!text(&page.root).contains(kind.done_words()), "{kind:?}");
        assert!(!dialog_open(&page.root), "{kind:?}");
    }
}

#[wasm_bindgen_test]
async fn escape_while_signing_in_drops_the_change() {
    let page = signing_in(Kind::Create).await;
    run_js(
        "const dialog = document.querySelector('dialog[open]');
         dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
         dialog.close();",
    );
    sign_in_completes_without_the_change(Kind::Create).await;
    assert!(!dialog_open(&page.root));
}

#[wasm_bindgen_test]
async fn leaving_the_details_while_signing_in_drops_the_change() {
    let page = signing_in(Kind::NewExpiry).await;
    let back: web_sys::HtmlElement = page
        .root
        .query_selector(".uil-back a")
        .unwrap()
        .unwrap()
        .unchecked_into();
    back.click();
    soon("the list", || text(&page.root).contains("All links")).await;
    sign_in_completes_without_the_change(Kind::NewExpiry).await;
}

/// The ways an answer can be lost after the change was sent.
fn lose_the_answer(cause: &str) {
    match cause {
        "network" => queue_network_failure("Failed to fetch"),
        "odd rejection" => queue_odd_rejection(),
        "unreadable" => Reply::status(200).body("<html>not JSON</html>").queue(),
        status => Reply::status(status.parse().unwrap())
            .body("<html>Bad Gateway</html>")
            .queue(),
    }
}

#[wasm_bindgen_test]
async fn every_unknown_outcome_says_the_change_may_have_happened_and_reads_the_links_again() {
    for cause in [
        "network",
        "odd rejection",
        "502",
        "503",
        "504",
        "unreadable",
    ] {
        for kind in KINDS {
            watch_for_errors();
            let page = kind.open().await;
            lose_the_answer(cause);
            let reads = list_reads();
            kind.press(&page).await;
            let may_have = format!("Unleash may have {} all the same.", kind.deed());
            soon(&may_have, || alerts(&page).contains(&may_have)).await;
            assert!(
                !alerts(&page).to_lowercase().contains("try again"),
                "{kind:?} {cause}"
            );
            soon("the links are read again", || list_reads() > reads).await;
            soon(kind.found_on_reading_again(), || {
                alerts(&page).contains(kind.found_on_reading_again())
            })
            .await;
            assert_eq!(kind.sent().len(), 1, "{kind:?} {cause}");
            let errors = errors_seen();
            assert!(errors.is_empty(), "{kind:?} {cause}: {errors}");
        }
    }
}

#[wasm_bindgen_test]
async fn a_change_unleash_never_answers_times_out_as_an_unknown_outcome() {
    for kind in KINDS {
        let config = unleash_invite_links::config::InviteLinksConfig::default()
            .with_answer_timeout(std::time::Duration::from_millis(300));
        let page = kind.open_with(config).await;
        kind.success().never().queue();
        kind.press(&page).await;
        soon("the page stops waiting", || {
            alerts(&page)
                .contains("Unleash did not answer within 1 second, so the page stopped waiting.")
        })
        .await;
        assert!(
            alerts(&page).contains(&format!("may have {}", kind.deed())),
            "{kind:?}"
        );
        assert!(
            kind.sent()[0].aborted,
            "{kind:?}: the request was left running"
        );
    }
}

#[wasm_bindgen_test]
async fn cancelling_while_waiting_aborts_every_change_and_reads_the_links_again() {
    for kind in KINDS {
        let page = kind.open().await;
        kind.success().held().queue();
        kind.press(&page).await;
        soon("the change is on its way", || held_answers() == 1).await;
        let reads = list_reads();
        kind.cancel(&page);
        soon("the request is aborted", || kind.sent()[0].aborted).await;
        let said = format!("Cancelled. Unleash may have {} already", kind.deed());
        soon(&said, || text(&page.root).contains(&said)).await;
        soon("the links are read again", || list_reads() > reads).await;
        assert!(!dialog_open(&page.root), "{kind:?}");
    }
}

#[wasm_bindgen_test]
async fn a_create_whose_answer_was_lost_shows_the_link_unleash_made() {
    let page = Kind::Create.open().await;
    Reply::status(502).body("<html>Bad Gateway</html>").queue();
    let made = Token::named("switched").created_days_ago(0);
    Reply::list(std::slice::from_ref(&made))
        .held()
        .for_the_list();
    Kind::Create.press(&page).await;
    soon("the list is read again", || held_answers() == 1).await;
    release_held_answers();
    soon(
        "the link is shown, saying the page cannot tell who made it",
        || text(&page.root).contains("cannot tell whether you or another admin made it"),
    )
    .await;
    assert_eq!(field(&page.root, "Invite link").value(), made.url());
    assert!(text(&page.root).contains("answer was lost on the way"));
    dialog_button(&page.root, "Done").click();
    soon("closed", || !dialog_open(&page.root)).await;
    assert_eq!(
        all(&page.root, ".uil-row.uil-new").len(),
        1,
        "the row is not marked new"
    );
}

#[wasm_bindgen_test]
async fn after_an_unknown_create_the_same_name_asks_first() {
    let page = Kind::Create.open().await;
    Reply::status(504).queue();
    Kind::Create.press(&page).await;
    soon("nothing found", || {
        alerts(&page).contains("most likely none was made")
    })
    .await;
    dialog_button(&page.root, "Create").click();
    soon("asked first", || {
        text(&page.root).contains("may already have made a link named “switched”")
    })
    .await;
    assert_eq!(
        Kind::Create.sent().len(),
        1,
        "a second create was sent without asking"
    );
    Kind::Create.success().queue();
    dialog_button(&page.root, "Create another").click();
    soon("created", || {
        text(&page.root).contains("Invite link created.")
    })
    .await;
    assert_eq!(Kind::Create.sent().len(), 2);
}

#[wasm_bindgen_test]
async fn two_changes_to_one_link_run_one_at_a_time() {
    let page = Kind::Enable.open().await;
    Reply::token(&Token::named("switched")).held().queue();
    button(&page.root, "Enable link").click();
    soon("enabling", || held_answers() == 1).await;
    button(&page.root, "Change expiry").click();
    soon("the dialog opens", || dialog_open(&page.root)).await;
    let save = dialog_button(&page.root, "Save expiry");
    assert_eq!(save.get_attribute("aria-disabled").as_deref(), Some("true"));
    assert!(text(&page.root).contains("Another change to this link is on its way"));
    save.click();
    Reply::token(&Token::named("switched")).queue();
    release_held_answers();
    soon("Save can be pressed", || {
        save.get_attribute("aria-disabled").as_deref() == Some("false")
    })
    .await;
    choose(&field(&page.root, "1 day"));
    save.click();
    soon("saved", || text(&page.root).contains("Expiry changed.")).await;
    let bodies: Vec<String> = Kind::NewExpiry
        .sent()
        .into_iter()
        .map(|put| put.body)
        .collect();
    assert_eq!(
        bodies.len(),
        2,
        "Enable, then only the expiry chosen once Save could be pressed: {bodies:?}"
    );
    assert_eq!(bodies[0], r#"{"enabled":true}"#);
    let sent: serde_json::Value = serde_json::from_str(&bodies[1]).unwrap();
    let expires_at: chrono::DateTime<chrono::Utc> =
        sent["expiresAt"].as_str().unwrap().parse().unwrap();
    let ahead = expires_at - unleash_invite_links::testing::local_time::now();
    assert!(
        ahead <= chrono::TimeDelta::days(2),
        "the week pressed while Enable was on its way was sent, not the day chosen after: {}",
        bodies[1]
    );
}

#[wasm_bindgen_test]
async fn the_created_link_is_on_screen_with_copy_focused_and_done_gives_focus_back() {
    let page = Kind::Create.open().await;
    let made = Token::named("switched");
    Reply::created(&made).queue();
    let opener = button(&page.root, "Create invite link");
    opener.focus().unwrap();
    opener.click();
    soon("the dialog opens", || dialog_open(&page.root)).await;
    type_into(&field(&page.root, "Name"), "switched");
    dialog_button(&page.root, "Create").click();
    soon("the link is shown", || {
        text(&page.root).contains("Invite link created.")
    })
    .await;
    assert!(text_of(&page.root, "dialog[open] h2").contains("Invite link created"));
    let link = field(&page.root, "Invite link");
    assert_eq!(link.value(), made.url());
    assert!(link.read_only());
    soon("Copy link has the focus", || focused_text() == "Copy link").await;
    assert_eq!(fact(&page.root, "Name"), "switched");
    assert_eq!(fact(&page.root, "State"), "Active");
    assert_eq!(fact(&page.root, "Enabled"), "Yes");
    assert!(fact(&page.root, "Expires").contains("expires in"));
    dialog_button(&page.root, "Done").click();
    soon("closed", || !dialog_open(&page.root)).await;
    soon("focus is back on the opener", || {
        focused_text() == "Create invite link"
    })
    .await;
    assert_eq!(all(&page.root, ".uil-row.uil-new").len(), 1);
    open_create_dialog(&page.root).await;
    assert_eq!(
        field(&page.root, "Name").value(),
        "",
        "the next link starts afresh"
    );
}

#[wasm_bindgen_test]
async fn a_token_with_an_invisible_character_is_named_where_it_is_typed_and_never_sent() {
    install_fetch_stub();
    Reply::error(401, json!({"message": "You must log in to use Unleash."})).for_the_list();
    let page = mount_page_under(BASE, BASE);
    soon("sign-in is offered", || {
        text(&page.root).contains("Sign in to Unleash")
    })
    .await;
    let sent_before = recorded_requests().len();
    type_into(
        &field(&page.root, "Or an admin API token or personal access token"),
        "user:abc\u{200B}123",
    );
    button(&page.root, "Use token").click();
    soon("the character is named", || {
        text(&page.root).contains("U+200B")
    })
    .await;
    assert!(text(&page.root).contains("character 9"));
    type_into(
        &field(&page.root, "Or an admin API token or personal access token"),
        "user:abc123",
    );
    button(&page.root, "Use token").click();
    soon("the list is read with the token", || {
        recorded_requests().len() > sent_before
    })
    .await;
    let sent: Vec<_> = recorded_requests().into_iter().skip(sent_before).collect();
    assert_eq!(sent.len(), 1, "the refused token was sent too: {sent:?}");
    assert_eq!(sent[0].headers["authorization"], "user:abc123");
}

#[wasm_bindgen_test]
async fn a_hosts_token_with_an_invisible_character_is_named_and_nothing_is_asked() {
    install_fetch_stub();
    let token = leptos::prelude::RwSignal::new(Some("*:*.abc\u{200B}".to_owned()));
    let config = unleash_invite_links::config::InviteLinksConfig::default().with_token(token);
    let page = mount_page_under_with(BASE, BASE, config);
    soon("the page says why", || text(&page.root).contains("U+200B")).await;
    assert!(text(&page.root).contains("The API token this page was given"));
    assert!(recorded_requests().is_empty(), "a request was made");
    leptos::prelude::Set::set(&token, Some("*:*.abc".to_owned()));
    soon("the good token is used", || !recorded_requests().is_empty()).await;
    assert_eq!(recorded_requests()[0].headers["authorization"], "*:*.abc");
}

/// Signs in at the page's own form as `admin`, Unleash answering with that user, and waits for the
/// list; returns the page.
async fn signed_in_at_the_page() -> Mounted {
    install_fetch_stub();
    Reply::error(401, serde_json::json!({"message": "You must log in."})).for_the_list();
    let page = mount_page();
    soon("sign-in is offered", || {
        text(&page.root).contains("Sign in to Unleash")
    })
    .await;
    Reply::list(&[]).for_the_list();
    Reply::status(200)
        .body(r#"{"id":1,"username":"admin","email":"admin@example.com"}"#)
        .queue();
    sign_in_from(&page.root).await;
    soon("the list after the sign-in", || {
        !all(&page.root, ".uil-empty").is_empty()
    })
    .await;
    page
}

/// Presses Create for `name`; the answer is lost (502), the list read again holds `listed`, and the
/// requests after that (who is signed in) are answered with `then`.
async fn create_whose_answer_is_lost_then(
    page: &Mounted,
    name: &str,
    listed: &Token,
    then: &[Reply],
) {
    open_create_dialog(&page.root).await;
    type_into(&field(&page.root, "Name"), name);
    Reply::status(502).body("<html>Bad Gateway</html>").queue();
    for answer in then {
        answer.clone().queue();
    }
    Reply::list(std::slice::from_ref(listed))
        .held()
        .for_the_list();
    dialog_button(&page.root, "Create").click();
    soon("the list is read again", || held_answers() == 1).await;
    release_held_answers();
}

#[wasm_bindgen_test]
async fn a_lost_create_adopts_a_link_the_signed_in_user_made() {
    let page = signed_in_at_the_page().await;
    let mine = Token::named("mine").created_days_ago(0);
    create_whose_answer_is_lost_then(&page, "mine", &mine, &[me_as_admin()]).await;
    soon("the link is shown as created", || {
        text(&page.root).contains("Invite link created. Unleash's answer was lost on the way")
    })
    .await;
    assert_eq!(field(&page.root, "Invite link").value(), mine.url());
}

#[wasm_bindgen_test]
async fn a_lost_create_never_adopts_another_admins_link_of_the_same_name() {
    let page = signed_in_at_the_page().await;
    let theirs = Token::named("shared name")
        .created_days_ago(0)
        .with("createdBy", serde_json::json!("carol"));
    create_whose_answer_is_lost_then(&page, "shared name", &theirs, &[me_as_admin()]).await;
    soon("the page says none of the user's was found", || {
        text(&page.root).contains("most likely none was made")
    })
    .await;
    assert!(
        all(&page.root, "dialog[open] input[readonly]").is_empty(),
        "another admin's link was shown as the one created"
    );
}

/// The page with a host's admin API token, listed empty.
async fn listed_with_a_token() -> Mounted {
    install_fetch_stub();
    Reply::list(&[]).for_the_list();
    let token = leptos::prelude::RwSignal::new(Some("*:*.host-token".to_owned()));
    let config = unleash_invite_links::config::InviteLinksConfig::default().with_token(token);
    let page = mount_page_under_with(BASE, BASE, config);
    soon("the empty list", || {
        !all(&page.root, ".uil-empty").is_empty()
    })
    .await;
    page
}

/// What `GET /api/admin/user` answers for the session of user `admin`.
fn me_as_admin() -> Reply {
    Reply::status(200).body(
        r#"{"user":{"id":1,"username":"admin","email":"admin@example.com"},"permissions":[]}"#,
    )
}

/// What `GET /api/admin/user` answers for an admin API token: its name, and the token itself.
fn me_as_the_token() -> Reply {
    Reply::status(200).body(
        r#"{"user":{"username":"local-admin","permissions":["ADMIN"],"type":"admin","secret":"*:*.host-token"},"permissions":[]}"#,
    )
}

#[wasm_bindgen_test]
async fn with_a_token_a_lost_create_asks_unleash_who_it_is_and_adopts_its_own_link() {
    let page = listed_with_a_token().await;
    let mine = Token::named("made with a token")
        .created_days_ago(0)
        .with("createdBy", serde_json::json!("local-admin"));
    create_whose_answer_is_lost_then(&page, "made with a token", &mine, &[me_as_the_token()]).await;
    soon("the link is shown as created", || {
        text(&page.root).contains("Invite link created. Unleash's answer was lost on the way")
    })
    .await;
    assert!(
        !text(&page.root).contains("cannot tell"),
        "the page knew who it was"
    );
    let asked = recorded_requests();
    let me = asked
        .iter()
        .find(|request| request.url.ends_with("/api/admin/user"))
        .expect("Unleash was asked who the token is");
    assert_eq!(me.method, "GET");
    assert_eq!(me.headers["authorization"], "*:*.host-token");
    assert!(
        !readable_in(&page.root, "*:*.host-token"),
        "the token from the answer is in the page"
    );
}

#[wasm_bindgen_test]
async fn with_a_token_a_lost_create_never_adopts_another_admins_link() {
    let page = listed_with_a_token().await;
    let theirs = Token::named("shared with a token")
        .created_days_ago(0)
        .with("createdBy", serde_json::json!("carol"));
    create_whose_answer_is_lost_then(&page, "shared with a token", &theirs, &[me_as_the_token()])
        .await;
    soon("the page says none of its own was found", || {
        text(&page.root).contains("most likely none was made")
    })
    .await;
    assert!(
        all(&page.root, "dialog[open] input[readonly]").is_empty(),
        "another admin's link was shown as the one created"
    );
}
