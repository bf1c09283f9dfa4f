//! Changing a link against the real Unleash when things go wrong on the way: the link shown right
//! after Create, an answer lost after Unleash made the link, a sign-in the user gives up, and a
//! session that ended before Enable. Each is checked in the browser and in what Unleash then holds
//! (its list, and its event log of every change made).

use std::time::Duration;

use serde_json::Value;

use crate::browser::{Page, Request};
use crate::environment::ADMIN_PASSWORD;
use crate::scenarios::{clipboard_holds, ensure, Context, Outcome};

/// How long a person would wait for something to happen.
const PATIENCE: Duration = Duration::from_secs(15);

/// Opens the create dialog on the list and types `name`.
async fn start_link(cx: &Context<'_>, name: &str) -> Outcome {
    cx.admin.show_list().await?;
    cx.admin.click("Create invite link").await?;
    cx.admin.type_into("Name", name).await
}

/// Ends the browser's Unleash session, as when it expires or the user signs out elsewhere.
async fn end_the_session(cx: &Context<'_>) -> Outcome {
    cx.admin
        .client
        .delete_cookie("unleash-session")
        .await
        .map_err(|e| format!("deleting the session cookie: {e}"))
}

pub async fn the_link_is_on_screen_right_after_create_and_copies_from_there(
    cx: &Context<'_>,
) -> Outcome {
    let name = "shown at once";
    cx.fresh_page().await?;
    start_link(cx, name).await?;
    cx.admin.click("Create").await?;
    cx.admin.wait_for_text("Invite link created.").await?;
    let stored = cx.unleash.token_named(name)?;
    let shown = cx.admin.value_of("Invite link").await?;
    ensure(Some(shown.as_str()) == stored.url.as_deref(), || {
        format!(
            "the dialog shows {shown:?}, Unleash stored {:?}",
            stored.url
        )
    })?;
    ensure(cx.admin.fact("State").await? == "Active", || {
        "the new link does not read Active".into()
    })?;
    ensure(cx.admin.fact("Enabled").await? == "Yes", || {
        "the new link does not read Enabled: Yes".into()
    })?;
    cx.admin.click("Copy link").await?;
    cx.admin.wait_for_text("Copied").await?;
    clipboard_holds(&cx.admin, &shown).await?;
    cx.admin.click("Done").await?;
    ensure(!cx.admin.dialog_is_open().await?, || {
        "Done did not close".into()
    })
}

pub async fn an_answer_lost_after_unleash_created_the_link_leaves_one_link_that_the_page_shows(
    cx: &Context<'_>,
) -> Outcome {
    let name = "answer lost on the way";
    cx.fresh_page().await?;
    start_link(cx, name).await?;
    cx.environment.proxy.lose_next_create_answer();
    cx.admin.click("Create").await?;
    cx.admin
        .wait_for_text("Unleash may have created the link all the same.")
        .await?;
    cx.admin
        .wait_for_text("Invite link created. Unleash's answer was lost on the way, but reading the list again found the link.")
        .await?;
    ensure(!cx.environment.proxy.still_to_lose(), || {
        "the create never went through the proxy".into()
    })?;
    let stored = cx.unleash.tokens_named(name)?;
    ensure(stored.len() == 1, || {
        format!("{} links named {name:?} after one press", stored.len())
    })?;
    let shown = cx.admin.value_of("Invite link").await?;
    ensure(Some(shown.as_str()) == stored[0].url.as_deref(), || {
        format!(
            "the page shows {shown:?}, Unleash stored {:?}",
            stored[0].url
        )
    })?;
    cx.admin.wait_for_text("answer was lost on the way").await?;
    cx.admin.click("Done").await?;
    let names = cx.admin.row_names().await?;
    ensure(
        names.iter().filter(|shown| *shown == name).count() == 1,
        || format!("the list reads {names:?}"),
    )
}

pub async fn cancel_during_sign_in_creates_nothing(cx: &Context<'_>) -> Outcome {
    let name = "given up while signing in";
    cx.fresh_page().await?;
    end_the_session(cx).await?;
    start_link(cx, name).await?;
    cx.admin.click("Create").await?;
    cx.admin.wait_for_text("Sign in to Unleash").await?;
    cx.admin.type_into("User name", "admin").await?;
    cx.admin.type_into("Password", &ADMIN_PASSWORD).await?;
    cx.admin
        .script(
            "const dialog = document.querySelector('dialog[open]');
             const press = (label) => [...dialog.querySelectorAll('button')].find((b) => b.textContent.trim() === label).click();
             press('Sign in');
             press('Cancel');",
        )
        .await?;
    ensure(!cx.admin.dialog_is_open().await?, || {
        "Cancel did not close".into()
    })?;
    cx.admin.wait_for_text("All links").await?;
    cx.admin.list_shown().await?;
    let requests = list_read_after_sign_in(&cx.admin).await?;
    ensure(
        !requests.iter().any(|request| request.is("POST", TOKENS)),
        || format!("a create was sent after the sign-in: {requests:?}"),
    )?;
    ensure(cx.unleash.tokens_named(name)?.is_empty(), || {
        "the link was created after the user cancelled".into()
    })?;
    let created: Vec<Value> = cx.unleash.events("public-signup-token-created")?;
    ensure(
        created.iter().all(|event| event["data"]["name"] != name),
        || "Unleash's event log has the cancelled create".into(),
    )
}

pub async fn enable_after_the_session_ended_signs_in_and_enables_once(cx: &Context<'_>) -> Outcome {
    let name = "enabled after signing in again";
    let token = cx.unleash.create_token(name, "2099-01-01T00:00:00Z")?;
    cx.unleash
        .update(&token.secret, serde_json::json!({"enabled": false}))?;
    cx.fresh_page().await?;
    cx.admin.open_details(name).await?;
    end_the_session(cx).await?;
    cx.admin.click("Enable link").await?;
    cx.admin.wait_for_text("Sign in to Unleash").await?;
    ensure(!cx.admin.dialog_is_open().await?, || {
        "the sign-in for Enable is inside a dialog".into()
    })?;
    ensure(!cx.unleash.token_named(name)?.enabled, || {
        "enabled without a session".into()
    })?;
    cx.admin.sign_in("admin", &ADMIN_PASSWORD).await?;
    cx.admin.wait_for_text("Link enabled.").await?;
    ensure(cx.admin.fact("State").await? == "Active", || {
        "not shown Active".into()
    })?;
    ensure(cx.unleash.token_named(name)?.enabled, || {
        "Unleash has it disabled".into()
    })?;
    let puts = cx
        .admin
        .all_answered()
        .await?
        .into_iter()
        .filter(|request| request.is("PUT", TOKENS))
        .count();
    ensure(puts == 2, || {
        format!("{puts} PUTs sent, not the one refused with 401 and the one after the sign-in")
    })?;
    let enables = cx
        .unleash
        .events("public-signup-token-updated")?
        .into_iter()
        .filter(|event| event["data"]["secret"] == token.secret.as_str())
        .filter(|event| event["data"]["enabled"] == true)
        .count();
    ensure(enables == 1, || {
        format!("Unleash recorded {enables} enables of the link, not exactly one")
    })
}

/// Where Unleash keeps its invite links (a list read, a create, or a link's PUT below it).
const TOKENS: &str = "/api/admin/invite-link/tokens";

/// Waits for the sign-in's answer and the list read that follows it, and every other answer; the
/// requests sent from the sign-in on.
async fn list_read_after_sign_in(page: &Page) -> Result<Vec<Request>, String> {
    let started = std::time::Instant::now();
    loop {
        let requests = page.all_answered().await?;
        if let Some(at) = requests
            .iter()
            .position(|request| request.is("POST", "/auth/simple/login"))
        {
            let since = requests[at..].to_vec();
            if since.iter().any(|request| request.is("GET", TOKENS)) {
                return Ok(since);
            }
        }
        if started.elapsed() > PATIENCE {
            return Err(format!("no sign-in followed by a list read: {requests:?}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
