//! The promises the app makes, each checked in the browser AND against what Unleash then holds.

use crate::browser::Page;
use crate::environment::{Environment, ADMIN_PASSWORD, ADMIN_TOKEN};
use crate::unleash::Unleash;

/// What every scenario gets: the services, the admin's browser (cleared before each scenario, so
/// that each starts as it would alone: signed out, nothing stored), a client for Unleash's admin
/// API, and a session of the admin's that a scenario puts in the browser when it wants to start
/// signed in (see [`Context::fresh_page`]).
pub struct Context<'a> {
    pub environment: &'a Environment,
    pub admin: Page,
    pub unleash: Unleash,
    /// The admin's `unleash-session` cookie, from one sign-in when the browser's run began (Unleash
    /// allows an address ten sign-ins a minute, and some scenarios spend them on purpose).
    pub admin_session: String,
}

pub type Outcome = Result<(), String>;

pub fn ensure(condition: bool, what: impl FnOnce() -> String) -> Outcome {
    if condition {
        Ok(())
    } else {
        Err(what())
    }
}

impl Context<'_> {
    /// Forgets everything the browser holds for the suite's origins (cookies, storage) and any open
    /// alert: what runs before every scenario, so that each starts as it would alone.
    pub async fn start_afresh(&self) -> Outcome {
        let _ = self.admin.client.dismiss_alert().await;
        self.admin.keep_record().await?;
        self.admin
            .client
            .goto(&format!("{}/start.js", self.environment.app_url))
            .await
            .map_err(|e| e.to_string())?;
        self.admin
            .client
            .delete_all_cookies()
            .await
            .map_err(|e| format!("deleting cookies: {e}"))?;
        self.admin
            .script("localStorage.clear(); sessionStorage.clear();")
            .await
            .map(|_| ())
    }

    /// Starts afresh with the admin signed in (the session cookie the browser would hold after
    /// signing in, set by script: WebDriver's own cookie command refuses a loopback address's
    /// cookie), on no page of the app yet.
    pub async fn signed_in(&self) -> Outcome {
        self.start_afresh().await?;
        self.admin
            .client
            .execute(
                "document.cookie = `unleash-session=${arguments[0]}; path=/; SameSite=Lax`;",
                vec![serde_json::json!(self.admin_session)],
            )
            .await
            .map(|_| ())
            .map_err(|e| format!("adding the admin's session: {e}"))
    }

    /// Opens the app as the admin, signed in, and waits for the list.
    pub async fn fresh_page(&self) -> Outcome {
        self.signed_in().await?;
        self.admin
            .go_to(&format!("{}/", self.environment.app_url))
            .await?;
        self.admin.button("Create invite link").await?;
        self.admin.list_shown().await
    }

    /// Opens the app signed out, and waits until it offers the sign-in.
    pub async fn signed_out_page(&self) -> Outcome {
        self.start_afresh().await?;
        self.admin
            .go_to(&format!("{}/", self.environment.app_url))
            .await?;
        self.admin
            .wait_for_text("Sign in to see and create invite links.")
            .await
    }
}

/// Checked after every scenario: in no page the scenario went through did the Content-Security-Policy
/// refuse anything or a script write an error or leave one uncaught, and no secret (the admin's
/// password and token, any invite secret Unleash holds) is in the console, in the page's storage or
/// in its address.
pub async fn nothing_refused_or_leaked(cx: &Context<'_>) -> Outcome {
    page_refused_or_leaked_nothing(cx, &cx.admin).await
}

/// [`nothing_refused_or_leaked`], for any page of the suite.
pub async fn page_refused_or_leaked_nothing(cx: &Context<'_>, page: &Page) -> Outcome {
    let record = page.take_record().await?;
    ensure(record.violations.is_empty(), || {
        format!(
            "Content-Security-Policy violations: {:?}",
            record.violations
        )
    })?;
    ensure(record.errors().is_empty(), || {
        format!("errors in the console: {:?}", record.errors())
    })?;
    let mut secrets = vec![ADMIN_PASSWORD.clone(), ADMIN_TOKEN.clone()];
    secrets.extend(cx.unleash.tokens()?.into_iter().map(|token| token.secret));
    let console = record.console.join("\n");
    let kept = page
        .script(
            "return JSON.stringify([location.href, Object.entries(localStorage), Object.entries(sessionStorage)])",
        )
        .await?
        .to_string();
    for secret in &secrets {
        ensure(!console.contains(secret.as_str()), || {
            "a secret was written to the console".into()
        })?;
        ensure(!kept.contains(secret.as_str()), || {
            "a secret is in the page's address or storage".into()
        })?;
    }
    Ok(())
}

/// Opens the dialog and types a name.
async fn start_link(page: &Page, name: &str) -> Outcome {
    page.show_list().await?;
    page.click("Create invite link").await?;
    page.type_into("Name", name).await
}

/// Presses Create; signs in as the admin if the app asks; waits for the dialog to show the link it
/// made, checks that it is the link Unleash stored, presses Done and opens the link's details.
/// Returns the link shown.
pub async fn create_link(page: &Page, name: &str) -> Result<String, String> {
    start_link(page, name).await?;
    page.click("Create").await?;
    if page
        .wait_for_any_text(&["Invite link created.", "Sign in to Unleash"])
        .await?
        != "Invite link created."
    {
        page.sign_in("admin", &ADMIN_PASSWORD).await?;
        page.wait_for_text("Invite link created.").await?;
    }
    let shown = page.value_of("Invite link").await?;
    page.click("Done").await?;
    let in_details = page.card_link(name).await?;
    ensure(in_details == shown, || {
        format!("the dialog showed {shown:?}, the details {in_details:?}")
    })?;
    Ok(shown)
}

pub async fn signing_in_carries_on_and_double_clicking_create_makes_exactly_one_link(
    cx: &Context<'_>,
) -> Outcome {
    cx.signed_out_page().await?;
    let signed_out = "created after sign-in";
    start_link(&cx.admin, signed_out).await?;
    cx.admin.click("Create").await?;
    cx.admin.wait_for_text("Sign in to Unleash").await?;
    cx.admin.sign_in("admin", &ADMIN_PASSWORD).await?;
    cx.admin.wait_for_text("Invite link created.").await?;
    cx.admin.click("Done").await?;
    let stored = cx.unleash.tokens_named(signed_out)?;
    ensure(stored.len() == 1, || {
        format!(
            "{} links named {signed_out:?} after signing in",
            stored.len()
        )
    })?;
    let list = cx.admin.row_names().await?;
    ensure(list.contains(&signed_out.to_owned()), || {
        format!("the list, loaded by the same sign-in, shows {list:?}")
    })?;

    let name = "double click";
    start_link(&cx.admin, name).await?;
    cx.admin
        .script(
            "const create = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Create');
             create.click(); create.click();",
        )
        .await?;
    cx.admin.wait_for_text("Invite link created.").await?;
    let shown = cx.admin.value_of("Invite link").await?;
    cx.admin.click("Done").await?;
    let stored = cx.unleash.tokens_named(name)?;
    ensure(stored.len() == 1, || {
        format!("{} links named {name:?} were created", stored.len())
    })?;
    ensure(stored[0].url.as_deref() == Some(shown.as_str()), || {
        format!("shown {shown:?}, stored {:?}", stored[0].url)
    })?;
    ensure(cx.admin.card_fact(name, "Enabled").await? == "Yes", || {
        "a new link should read Enabled: Yes".into()
    })
}

pub async fn copy_link_puts_exactly_that_url_on_the_clipboard(cx: &Context<'_>) -> Outcome {
    cx.fresh_page().await?;
    let shown = create_link(&cx.admin, "copy me").await?;
    cx.admin.click_on_card("copy me", "Copy link").await?;
    cx.admin.wait_for_text("Copied").await?;
    clipboard_holds(&cx.admin, &shown).await
}

/// Checks that the clipboard holds exactly `link`, as a paste would show.
pub async fn clipboard_holds(page: &Page, link: &str) -> Outcome {
    let pasted = page
        .async_script(
            "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('denied: ' + e))",
        )
        .await?;
    ensure(pasted.as_str() == Some(link), || {
        format!("clipboard holds {pasted}, link is {link}")
    })
}

pub async fn the_link_lets_a_colleague_join_as_a_viewer(cx: &Context<'_>) -> Outcome {
    cx.fresh_page().await?;
    let shown = create_link(&cx.admin, "join as viewer").await?;
    let secret = shown
        .split_once("invite=")
        .map(|(_, secret)| secret.to_owned())
        .ok_or("no invite= in the link")?;
    let sign_up_page = cx.unleash.send("GET", &path_of(&shown), None, false)?;
    ensure(sign_up_page.status == 200, || {
        format!("the link answers {}", sign_up_page.status)
    })?;
    let validate = cx
        .unleash
        .send("GET", &format!("/invite/{secret}/validate"), None, false)?;
    ensure(validate.status == 200, || {
        format!("validate answered {} for the shown link", validate.status)
    })?;
    let joined = cx.unleash.sign_up(
        &secret,
        "Vera Viewer",
        "vera@example.com",
        "Viewer-password-1",
    )?;
    ensure(joined.status == 201, || {
        format!("sign-up answered {}: {}", joined.status, joined.body)
    })?;
    let user: serde_json::Value = serde_json::from_str(&joined.body).map_err(|e| e.to_string())?;
    let role = cx
        .unleash
        .root_role_of(user["id"].as_i64().ok_or("no user id")?)?;
    ensure(role == 3, || {
        format!("the new user has root role {role}, not Viewer (3)")
    })?;
    cx.admin.keep_record().await?;
    cx.admin
        .client
        .goto(&shown)
        .await
        .map_err(|e| e.to_string())?;
    cx.admin
        .wait_for_text("Set a password for your account")
        .await?;
    cx.fresh_page().await?;
    let joined_count = cx.admin.card_fact("join as viewer", "Joined").await?;
    ensure(joined_count == "1 person", || {
        format!("the details say Joined: {joined_count}")
    })?;
    let people = cx.admin.visible_text().await?;
    ensure(
        people.contains("Vera Viewer") && people.contains("People who joined"),
        || format!("the colleague is not listed by name:\n{people}"),
    )
}

pub async fn a_name_with_html_is_shown_as_text_and_runs_nothing(cx: &Context<'_>) -> Outcome {
    cx.fresh_page().await?;
    let name = "<img src=x onerror=alert(1)>";
    create_link(&cx.admin, name).await?;
    ensure(cx.admin.card_fact(name, "Name").await? == name, || {
        "the name is not shown literally".into()
    })?;
    let images = cx
        .admin
        .script("return document.querySelectorAll('img').length")
        .await?;
    ensure(images == 0, || {
        format!("{images} <img> elements were created from the name")
    })?;
    ensure(cx.admin.client.get_alert_text().await.is_err(), || {
        "a script ran (an alert is open)".into()
    })
}

pub async fn more_than_a_month_is_refused_with_the_reason(cx: &Context<'_>) -> Outcome {
    cx.fresh_page().await?;
    let name = "too far ahead";
    start_link(&cx.admin, name).await?;
    cx.admin
        .field("Custom")
        .await?
        .click()
        .await
        .map_err(|e| e.to_string())?;
    let custom = cx.admin.field("Expiry date and time").await?;
    cx.admin
        .client
        .execute(
            "const at = new Date(Date.now() + 40 * 864e5); const pad = n => String(n).padStart(2, '0');
             arguments[0].value = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T10:00`;
             arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
            vec![serde_json::to_value(&custom).map_err(|e| e.to_string())?],
        )
        .await
        .map_err(|e| e.to_string())?;
    cx.admin.click("Create").await?;
    cx.admin
        .wait_for_text("Unleash allows at most one month")
        .await?;
    ensure(cx.admin.dialog_is_open().await?, || {
        "the dialog closed".into()
    })?;
    let stored = cx.unleash.tokens_named(name)?;
    ensure(stored.is_empty(), || "a link was created anyway".into())
}

pub async fn unleash_down_while_the_dialog_is_open_keeps_the_name_and_a_second_create_asks_first(
    cx: &Context<'_>,
) -> Outcome {
    cx.fresh_page().await?;
    create_link(&cx.admin, "before the outage").await?;
    let name = "through the outage";
    start_link(&cx.admin, name).await?;
    cx.environment.stop_unleash()?;
    let outcome = async {
        cx.admin.click("Create").await?;
        cx.admin
            .wait_for_text("Unleash may have created the link all the same.")
            .await?;
        cx.admin
            .wait_for_text("Reading the links again failed as well")
            .await?;
        ensure(cx.admin.value_of("Name").await? == name, || {
            "the typed name was lost".into()
        })
    }
    .await;
    cx.environment.start_unleash()?;
    outcome?;
    cx.admin.click("Create").await?;
    cx.admin
        .wait_for_text(&format!("may already have made a link named “{name}”"))
        .await?;
    cx.admin.click("Create another").await?;
    cx.admin.wait_for_text("Invite link created.").await?;
    cx.admin.click("Done").await?;
    let stored = cx.unleash.tokens_named(name)?;
    ensure(stored.len() == 1, || {
        format!("{} links named {name:?} exist", stored.len())
    })
}

pub async fn a_viewer_is_told_the_admin_role_is_needed_and_nothing_is_created(
    cx: &Context<'_>,
) -> Outcome {
    let invite = cx
        .unleash
        .create_token("for a viewer", "2099-01-01T00:00:00Z")?;
    let joined = cx.unleash.sign_up(
        &invite.secret,
        "Val Viewer",
        "val@example.com",
        "Viewer-password-2",
    )?;
    ensure(joined.status == 201, || {
        format!("sign-up answered {}: {}", joined.status, joined.body)
    })?;
    let viewer = Page::open_second(cx.environment, cx.admin.browser).await?;
    let outcome = async {
        let name = "made by a viewer";
        start_link(&viewer, name).await?;
        viewer.click("Create").await?;
        viewer.wait_for_text("Sign in to Unleash").await?;
        viewer
            .sign_in("val@example.com", "Viewer-password-2")
            .await?;
        viewer.wait_for_text("You need the Admin role").await?;
        let stored = cx.unleash.tokens_named(name)?;
        ensure(stored.is_empty(), || "a viewer created a link".into())
    }
    .await;
    viewer.close().await;
    outcome
}

pub async fn the_dialog_works_from_the_keyboard_alone(cx: &Context<'_>) -> Outcome {
    const ENTER: &str = "\u{e007}";
    const ESCAPE: &str = "\u{e00c}";
    let keys = |element: fantoccini::elements::Element, keys: &'static str| async move {
        element.send_keys(keys).await.map_err(|e| e.to_string())
    };
    let focused = || async {
        cx.admin
            .client
            .active_element()
            .await
            .map_err(|e| e.to_string())
    };
    cx.fresh_page().await?;
    keys(cx.admin.button("Create invite link").await?, ENTER).await?;
    ensure(cx.admin.dialog_is_open().await?, || {
        "Enter on the button did not open the dialog".into()
    })?;
    let name_has_focus = cx
        .admin
        .script(
            "const label = [...document.querySelectorAll('dialog[open] label')].find(l => l.textContent.trim() === 'Name');
             return document.activeElement === document.getElementById(label.htmlFor);",
        )
        .await?;
    ensure(name_has_focus == true, || {
        "the Name field does not have the focus".into()
    })?;
    keys(focused().await?, "made by keyboard").await?;
    keys(focused().await?, ENTER).await?;
    cx.admin.wait_for_text("Invite link created.").await?;
    let stored = cx.unleash.tokens_named("made by keyboard")?;
    ensure(stored.len() == 1, || {
        format!("Enter in the Name field created {} links", stored.len())
    })?;
    let copy = focused().await?.text().await.map_err(|e| e.to_string())?;
    ensure(copy == "Copy link", || {
        format!("focus is on {copy:?}, not on Copy link beside the new link")
    })?;
    ensure(
        cx.admin.value_of("Invite link").await?.as_str() == stored[0].url.as_deref().unwrap_or("-"),
        || "the dialog does not show the link Unleash stored".into(),
    )?;
    keys(focused().await?, ESCAPE).await?;
    ensure(!cx.admin.dialog_is_open().await?, || {
        "Escape did not close the dialog showing the link".into()
    })?;
    let opener = focused().await?.text().await.map_err(|e| e.to_string())?;
    ensure(opener == "Create invite link", || {
        format!("after the link, focus went to {opener:?}, not back to the opener")
    })?;
    keys(cx.admin.button("Create invite link").await?, ENTER).await?;
    keys(focused().await?, ESCAPE).await?;
    ensure(!cx.admin.dialog_is_open().await?, || {
        "Escape did not close the dialog".into()
    })?;
    let opener = focused().await?.text().await.map_err(|e| e.to_string())?;
    ensure(opener == "Create invite link", || {
        format!("focus went to {opener:?}, not back to the opener")
    })
}

pub async fn an_expired_link_reads_expired_and_not_enabled_though_unleash_says_enabled(
    cx: &Context<'_>,
) -> Outcome {
    let name = "long expired";
    cx.unleash.create_token(name, "2026-01-01T00:00:00Z")?;
    let stored = cx.unleash.tokens_named(name)?;
    ensure(stored.len() == 1 && stored[0].enabled, || {
        format!("Unleash should still say enabled: {stored:?}")
    })?;
    cx.fresh_page().await?;
    ensure(
        cx.admin.card_fact(name, "State").await? == "Expired",
        || "the link does not read Expired".into(),
    )?;
    ensure(cx.admin.card_fact(name, "Enabled").await? == "No", || {
        "the link does not read Enabled: No".into()
    })
}

fn path_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme
        .find('/')
        .map_or("/".to_owned(), |slash| after_scheme[slash..].to_owned())
}

pub async fn the_page_is_served_with_a_strict_policy_and_sends_no_referer(
    cx: &Context<'_>,
) -> Outcome {
    let index = ureq::get(&format!("{}/", cx.environment.app_url))
        .call()
        .map_err(|e| e.to_string())?;
    let header = |name: &str| {
        index
            .headers()
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    ensure(header("content-security-policy") == STRICT_POLICY, || {
        format!(
            "served with Content-Security-Policy {:?}",
            header("content-security-policy")
        )
    })?;
    ensure(header("referrer-policy") == "no-referrer", || {
        format!(
            "served with Referrer-Policy {:?}",
            header("referrer-policy")
        )
    })?;
    ensure(header("x-content-type-options") == "nosniff", || {
        format!(
            "served with X-Content-Type-Options {:?}",
            header("x-content-type-options")
        )
    })?;
    cx.fresh_page().await?;
    let meta = cx
        .admin
        .script("return document.querySelector('meta[name=referrer]')?.content")
        .await?;
    ensure(meta == "no-referrer", || format!("referrer meta: {meta}"))?;
    let policy_meta = cx
        .admin
        .script(
            "return document.querySelector('meta[http-equiv=Content-Security-Policy]')?.content",
        )
        .await?;
    let without_frame_ancestors = STRICT_POLICY.replace(" frame-ancestors 'none';", "");
    ensure(
        policy_meta.as_str() == Some(without_frame_ancestors.as_str()),
        || format!("the page's own policy (meta) is {policy_meta}"),
    )?;
    let inline_scripts = cx
        .admin
        .script("return [...document.scripts].filter((script) => !script.src).length")
        .await?;
    ensure(inline_scripts == 0, || {
        format!("{inline_scripts} inline scripts")
    })?;
    create_link(&cx.admin, "under a strict policy").await?;
    cx.admin.click("Change expiry").await?;
    cx.admin.click("Cancel").await?;
    cx.admin.show_list().await
}

/// The policy the suite serves the app with (Trunk.toml), and which the README gives.
const STRICT_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types unleash-invite-links";

/// Runs axe-core on the page as it is now; `what` names the view or dialog in the failure.
async fn accessible(page: &Page, what: &str) -> Outcome {
    let problems = page.accessibility_problems().await?;
    ensure(problems.is_empty(), || {
        format!("axe-core on {what}:\n{}", problems.join("\n"))
    })
}

pub async fn every_view_and_dialog_passes_axe(cx: &Context<'_>) -> Outcome {
    let page = &cx.admin;
    cx.fresh_page().await?;
    start_link(page, "checked by axe").await?;
    page.click("Create").await?;
    page.wait_for_text("Invite link created.").await?;
    accessible(page, "the Create dialog showing the link it made").await?;
    page.click("Done").await?;
    page.open_details("checked by axe").await?;
    accessible(page, "a link's details").await?;
    page.click("Change expiry").await?;
    accessible(page, "the Change expiry dialog").await?;
    page.click("Cancel").await?;
    page.click("Disable link").await?;
    accessible(page, "the Disable confirmation").await?;
    page.click("Keep it enabled").await?;
    page.show_list().await?;
    accessible(page, "the list").await?;
    page.click("Create invite link").await?;
    page.click("Create").await?;
    page.wait_for_text("Enter a name for the link.").await?;
    accessible(page, "the Create dialog with a problem shown").await?;
    page.click("Cancel").await?;
    page.go_to(&format!(
        "{}/links/0123456789abcdef",
        cx.environment.app_url
    ))
    .await?;
    page.wait_for_text("Invite link not found").await?;
    accessible(page, "the not-found view").await?;
    page.go_to(&format!(
        "{}/settings/invite-links",
        cx.environment.examples_url
    ))
    .await?;
    page.button("Create invite link").await?;
    accessible(page, "the example Leptos console").await?;
    page.go_to(&format!("{}/plain-html/", cx.environment.examples_url))
        .await?;
    page.wait_for_text("What the element told this page")
        .await?;
    element_shows(page, "Create invite link").await?;
    accessible(page, "the example plain HTML host").await?;

    let signed_out = Page::open_second(cx.environment, cx.admin.browser).await?;
    let outcome = async {
        signed_out.wait_for_text("Sign in to Unleash").await?;
        accessible(&signed_out, "the list's sign-in form").await
    }
    .await;
    signed_out.close().await;
    outcome
}

pub async fn managing_a_link_works_from_the_keyboard_and_focus_lands_somewhere_sensible(
    cx: &Context<'_>,
) -> Outcome {
    const ENTER: &str = "\u{e007}";
    const SPACE: &str = "\u{e00d}";
    let page = &cx.admin;
    let keys = |element: fantoccini::elements::Element, keys: &'static str| async move {
        element.send_keys(keys).await.map_err(|e| e.to_string())
    };
    let focused_text = || async {
        let element = page
            .client
            .active_element()
            .await
            .map_err(|e| e.to_string())?;
        element.text().await.map_err(|e| e.to_string())
    };
    let name = "managed by keyboard";
    cx.fresh_page().await?;
    keys(page.button("Create invite link").await?, ENTER).await?;
    keys(page.field("Name").await?, name).await?;
    keys(page.field("Name").await?, ENTER).await?;
    page.wait_for_text("Invite link created.").await?;
    keys(page.button("Done").await?, ENTER).await?;
    let row = page
        .client
        .wait()
        .at_most(std::time::Duration::from_secs(15))
        .for_element(fantoccini::Locator::XPath(&format!(
            "//tr[contains(@class, 'uil-new')]/th/a[normalize-space()='{name}']"
        )))
        .await
        .map_err(|e| format!("the new row is not marked: {e}"))?;
    keys(row, ENTER).await?;
    page.wait_for_text(&format!("Invite link “{name}”")).await?;
    ensure(focused_text().await?.contains(name), || {
        "the details' heading does not have the focus".into()
    })?;

    keys(page.button("Change expiry").await?, ENTER).await?;
    keys(page.field("1 month").await?, SPACE).await?;
    keys(page.button("Save expiry").await?, ENTER).await?;
    page.wait_for_text("Expiry changed.").await?;
    let changed = cx.unleash.token_named(name)?;
    ensure(
        changed.expires_at > chrono::Utc::now() + chrono::TimeDelta::days(20),
        || {
            format!(
                "the expiry is {}, not about a month away",
                changed.expires_at
            )
        },
    )?;
    ensure(focused_text().await? == "Change expiry", || {
        "focus did not return to Change expiry".into()
    })?;

    keys(page.button("Disable link").await?, ENTER).await?;
    let confirm = page.button("Disable link").await?;
    keys(confirm, ENTER).await?;
    page.wait_for_text("Link disabled.").await?;
    ensure(!cx.unleash.token_named(name)?.enabled, || {
        "Unleash still has it enabled".into()
    })?;
    page.wait_for_any_text(&["Enable link"]).await?;
    focus_reaches(page, "Enable link")
        .await
        .map_err(|focused| {
            format!("after disabling, the focus is on {focused:?}, not on Enable link")
        })?;
    let focus = page
        .client
        .active_element()
        .await
        .map_err(|e| e.to_string())?;
    keys(focus, ENTER).await?;
    page.wait_for_text("Link enabled.").await?;
    ensure(cx.unleash.token_named(name)?.enabled, || {
        "Unleash has it disabled".into()
    })?;
    focus_reaches(page, "Disable link")
        .await
        .map_err(|focused| {
            format!("after enabling, the focus is on {focused:?}, not on Disable link")
        })?;
    keys(page.button("Copy link").await?, ENTER).await?;
    page.wait_for_text("Copied").await
}

/// Waits until the element or button with the focus reads `wanted`; what has the focus otherwise.
async fn focus_reaches(page: &Page, wanted: &str) -> Result<(), String> {
    let started = std::time::Instant::now();
    loop {
        let focused = page
            .client
            .active_element()
            .await
            .map_err(|e| e.to_string())?
            .text()
            .await
            .map_err(|e| e.to_string())?;
        if focused == wanted {
            return Ok(());
        }
        if started.elapsed() > std::time::Duration::from_secs(15) {
            return Err(focused);
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Waits until the page's first `<unleash-invite-links>` shows `wanted` in its shadow root and every
/// request the page sent has its answer.
async fn element_shows(page: &Page, wanted: &str) -> Outcome {
    let started = std::time::Instant::now();
    loop {
        let shown = page
            .script(
                "return document.querySelector('unleash-invite-links')?.shadowRoot?.textContent ?? ''",
            )
            .await?;
        if shown.as_str().unwrap_or_default().contains(wanted) {
            return page.all_answered().await.map(|_| ());
        }
        if started.elapsed() > std::time::Duration::from_secs(15) {
            return Err(format!("the element never showed {wanted:?}: {shown}"));
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}
