//! The example hosts against the real Unleash: the Leptos console nests the page under its own
//! router, and the plain HTML page uses `<unleash-invite-links>`; each creates a link.

use std::time::{Duration, Instant};

use fantoccini::elements::{Element, ElementRef};
use fantoccini::Locator;

/// The key WebDriver gives an element in a script's answer.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

use crate::environment::ADMIN_TOKEN;
use crate::scenarios::{create_link, ensure, Context, Outcome};

const PATIENCE: Duration = Duration::from_secs(15);

pub async fn an_example_leptos_console_nests_the_page_under_settings_and_creates_a_link(
    cx: &Context<'_>,
) -> Outcome {
    cx.signed_in().await?;
    let page = &cx.admin;
    let console = &cx.environment.examples_url;
    page.go_to(&format!("{console}/")).await?;
    page.wait_for_text("A section of the console").await?;
    click_link(cx, "Settings: Invite links").await?;
    page.button("Create invite link").await?;
    ensure(page.path().await? == "/settings/invite-links", || {
        "the page is not at the console's base path".into()
    })?;

    let name = "Made in the Leptos console";
    create_link(page, name).await?;
    page.wait_for_text(&format!("Console: invite link \"{name}\" created."))
        .await?;
    let made = cx.unleash.tokens_named(name)?;
    ensure(made.len() == 1, || {
        format!("{} links named {name:?}", made.len())
    })?;

    let path = page.path().await?;
    ensure(path.starts_with("/settings/invite-links/links/"), || {
        format!("details at {path}")
    })?;
    click_link(cx, "Overview").await?;
    page.wait_for_text("A section of the console").await?;
    ensure(page.path().await? == "/", || {
        "the console's own link did not navigate".into()
    })
}

pub async fn an_example_plain_html_host_creates_a_link_with_the_custom_element(
    cx: &Context<'_>,
) -> Outcome {
    cx.signed_in().await?;
    let page = &cx.admin;
    let host = format!("{}/plain-html/", cx.environment.examples_url);
    page.go_to(&host).await?;
    let host_font = page
        .script("return getComputedStyle(document.body).fontFamily")
        .await?;
    let name = "Made in the plain HTML host";
    create_in_element(cx, name).await?;
    let heard = page
        .script("return document.getElementById('host-events').textContent")
        .await?;
    ensure(
        heard
            .as_str()
            .is_some_and(|heard| heard.contains(&format!("unleash-invite-link-created: {name}"))),
        || format!("the host heard: {heard}"),
    )?;
    let font_after = page
        .script("return getComputedStyle(document.body).fontFamily")
        .await?;
    ensure(font_after == host_font, || {
        format!("the host's font changed from {host_font} to {font_after}")
    })
}

pub async fn an_example_react_console_installed_from_the_package_creates_a_link(
    cx: &Context<'_>,
) -> Outcome {
    cx.signed_in().await?;
    let page = &cx.admin;
    page.go_to(&format!("{}/react/", cx.environment.examples_url))
        .await?;
    page.wait_for_text("An overview of this React console.")
        .await?;
    click_link(cx, "Settings: Invite links").await?;
    ensure(page.path().await? == "/react/settings/invite-links", || {
        "the React console did not open its settings section".into()
    })?;
    let name = "Made in the React console";
    create_in_element(cx, name).await?;
    page.wait_for_text(&format!("React console: invite link \"{name}\" created."))
        .await
        .map_err(step("the React console's own UI showing the created event"))
}

pub async fn a_react_console_that_renders_the_element_before_init_keeps_the_token_out_of_the_dom(
    cx: &Context<'_>,
) -> Outcome {
    let name = "Listed through the console's token";
    cx.unleash.create_token(name, "2099-01-01T00:00:00Z")?;
    let page = &cx.admin;
    page.go_to(&format!("{}/react/", cx.environment.examples_url))
        .await?;
    page.wait_for_text("An overview of this React console.")
        .await?;
    page.type_into(
        "API token (optional; otherwise your Unleash session)",
        &ADMIN_TOKEN,
    )
    .await?;
    page.click("Use token").await?;
    click_link(cx, "Settings: Invite links").await?;
    wait_for_shadow_text(cx, &[name])
        .await
        .map_err(step("the element listing the links"))?;
    let seen = page
        .client
        .execute(
            "const element = document.querySelector('unleash-invite-links');
             const readable = [document.documentElement.outerHTML];
             const visit = (node) => {
                 if (node.nodeType === Node.ELEMENT_NODE) {
                     if (typeof node.value === 'string') readable.push(node.value);
                     if (node.shadowRoot) {
                         readable.push(node.shadowRoot.innerHTML);
                         node.shadowRoot.childNodes.forEach(visit);
                     }
                 }
                 node.childNodes.forEach(visit);
             };
             visit(element);
             return {
                 inDom: readable.join('\\n').includes(arguments[0]),
                 attribute: element.hasAttribute('token'),
                 property: element.token === arguments[0],
                 warned: (window.__uilConsole || []).some((line) => line.includes('token attribute was read once')),
             };",
            vec![serde_json::json!(ADMIN_TOKEN.as_str())],
        )
        .await
        .map_err(text)?;
    ensure(
        seen == serde_json::json!({"inDom": false, "attribute": false, "property": true, "warned": true}),
        || format!("the element before init(): {seen}"),
    )
}

pub async fn two_elements_on_one_page_each_open_their_own_details(cx: &Context<'_>) -> Outcome {
    cx.signed_in().await?;
    let name = "Opened in team B";
    cx.unleash.create_token(name, "2099-01-01T00:00:00Z")?;
    let page = &cx.admin;
    page.go_to(&format!(
        "{}/plain-html/two-teams.html",
        cx.environment.examples_url
    ))
    .await?;
    let open_in_b = in_nth_element(
        cx,
        1,
        "return [...root.querySelectorAll('.uil-row-name')].find((a) => a.textContent === arguments[0]) || null;",
        name,
    )
    .await
    .map_err(step("finding the link in team B's list"))?;
    open_in_b.click().await.map_err(text)?;
    let started = Instant::now();
    loop {
        let shown = page
            .script(
                "const [a, b] = document.querySelectorAll('unleash-invite-links');
                 return [a.shadowRoot.textContent, b.shadowRoot.textContent];",
            )
            .await?;
        let team = |index: usize| shown[index].as_str().unwrap_or_default().to_owned();
        if team(1).contains("Does it work right now?") {
            page.all_answered().await?;
            let shown = page
                .script(
                    "return document.querySelector('unleash-invite-links').shadowRoot.textContent",
                )
                .await?;
            let team_a = shown.as_str().unwrap_or_default().to_owned();
            ensure(!team_a.contains("Does it work right now?"), || {
                "team A's element opened the details too".into()
            })?;
            ensure(team_a.contains(name), || {
                "team A's element no longer shows its list".into()
            })?;
            break;
        }
        if started.elapsed() > PATIENCE {
            return Err(format!(
                "team B's element never showed the details; team A shows:\n{}",
                team(0)
            ));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let path = page.path().await?;
    ensure(path.starts_with("/plain-html/team-b/links/"), || {
        format!("the address is {path}")
    })
}

/// Creates a link named `name` through the first `<unleash-invite-links>` on the page, as a person
/// would, and checks that Unleash has exactly one such link and the element shows its URL; then
/// presses Done.
async fn create_in_element(cx: &Context<'_>, name: &str) -> Outcome {
    let open = shadow_button(cx, "Create invite link").await;
    open.map_err(step("finding Create invite link"))?
        .click()
        .await
        .map_err(|e| step("opening the dialog")(e.to_string()))?;
    let field = shadow_field(cx, "Name").await;
    field
        .map_err(step("finding Name"))?
        .send_keys(name)
        .await
        .map_err(|e| step("typing the name")(e.to_string()))?;
    let create = shadow_button(cx, "Create").await;
    create
        .map_err(step("finding Create"))?
        .click()
        .await
        .map_err(|e| step("pressing Create")(e.to_string()))?;
    let said = wait_for_shadow_text(cx, &["Invite link created.", "Sign in to Unleash"]).await?;
    ensure(said == "Invite link created.", || {
        "the element asked to sign in though the admin's session cookie is on this origin".into()
    })?;
    let made = cx.unleash.tokens_named(name)?;
    ensure(made.len() == 1, || {
        format!("{} links named {name:?}", made.len())
    })?;
    let shown = shadow_field(cx, "Invite link")
        .await
        .map_err(step("finding the link"))?
        .prop("value")
        .await
        .map_err(text)?;
    ensure(shown.as_deref() == made[0].url.as_deref(), || {
        format!(
            "the element shows {shown:?}, Unleash stored {:?}",
            made[0].url
        )
    })?;
    shadow_button(cx, "Done")
        .await
        .map_err(step("finding Done"))?
        .click()
        .await
        .map_err(|e| step("pressing Done")(e.to_string()))?;
    Ok(())
}

async fn click_link(cx: &Context<'_>, label: &str) -> Outcome {
    let xpath = format!("//nav//a[normalize-space()='{label}']");
    cx.admin
        .client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::XPath(&xpath))
        .await
        .map_err(text)?
        .click()
        .await
        .map_err(text)
}

/// The element inside `<unleash-invite-links>`'s shadow root that `find` (JavaScript, given `root` and
/// `arguments[0]`) returns, once there is one. Found by script: WebDriver's own shadow-root commands
/// do not work through geckodriver here.
async fn in_element(cx: &Context<'_>, find: &str, argument: &str) -> Result<Element, String> {
    in_nth_element(cx, 0, find, argument).await
}

/// [`in_element`] in the `index`th `<unleash-invite-links>` of the page.
async fn in_nth_element(
    cx: &Context<'_>,
    index: usize,
    find: &str,
    argument: &str,
) -> Result<Element, String> {
    let code = format!(
        "const root = document.querySelectorAll('unleash-invite-links')[{index}]?.shadowRoot;
         if (!root) return null;
         {find}"
    );
    let started = Instant::now();
    loop {
        let found = cx
            .admin
            .client
            .execute(&code, vec![serde_json::json!(argument)])
            .await
            .map_err(text)?;
        if let Some(id) = found.get(ELEMENT_KEY).and_then(|id| id.as_str()) {
            return Ok(Element::from_element_id(
                cx.admin.client.clone(),
                ElementRef::from(id.to_owned()),
            ));
        }
        if started.elapsed() > PATIENCE {
            return Err(format!("nothing in the element for {argument:?}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The element's button reading `label`, inside its open dialog if there is one.
async fn shadow_button(cx: &Context<'_>, label: &str) -> Result<Element, String> {
    in_element(
        cx,
        "const scope = root.querySelector('dialog[open]') || root;
         return [...scope.querySelectorAll('button')].find((b) => b.textContent.trim() === arguments[0]) || null;",
        label,
    )
    .await
}

/// The element's field labelled `label`.
async fn shadow_field(cx: &Context<'_>, label: &str) -> Result<Element, String> {
    in_element(
        cx,
        "const label = [...root.querySelectorAll('label')].find((l) => l.textContent.trim() === arguments[0]);
         return label ? root.getElementById(label.htmlFor) : null;",
        label,
    )
    .await
}

async fn wait_for_shadow_text<'a>(cx: &Context<'_>, wanted: &[&'a str]) -> Result<&'a str, String> {
    let started = Instant::now();
    loop {
        let shown = cx
            .admin
            .script("return document.querySelector('unleash-invite-links')?.shadowRoot?.textContent ?? ''")
            .await?;
        let shown = shown.as_str().unwrap_or_default().to_owned();
        if let Some(found) = wanted.iter().find(|text| shown.contains(**text)) {
            return Ok(found);
        }
        if started.elapsed() > PATIENCE {
            return Err(format!(
                "the element never said any of {wanted:?}; it says:\n{shown}"
            ));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Names the step a problem happened in.
fn step(what: &'static str) -> impl Fn(String) -> String {
    move |problem| format!("{what}: {problem}")
}

fn text(error: impl std::fmt::Display) -> String {
    error.to_string()
}

/// The German catalogue's message `key` (a plural's `other` form), as the element should say it.
fn german(key: &str) -> String {
    catalogue_text(include_str!("../../lang/de.json"), key)
}

/// The Japanese catalogue's message `key`.
fn japanese(key: &str) -> String {
    catalogue_text(include_str!("../../lang/ja.json"), key)
}

fn catalogue_text(catalogue: &str, key: &str) -> String {
    let messages: serde_json::Value = serde_json::from_str(catalogue).unwrap_or_default();
    match &messages[key] {
        serde_json::Value::String(text) => text.clone(),
        forms => forms["other"].as_str().unwrap_or_default().to_owned(),
    }
}

/// The element in a German console (`<html lang="de">`): a half-typed name stays while the element's
/// own `lang` switches it to Japanese and back; then it creates the link and reads its history, all
/// in German, against the real Unleash.
pub async fn an_element_in_a_german_console_creates_a_link_and_reads_its_history_in_german(
    cx: &Context<'_>,
) -> Outcome {
    cx.signed_in().await?;
    let page = &cx.admin;
    page.go_to(&format!("{}/plain-html/", cx.environment.examples_url))
        .await?;
    page.script("document.documentElement.lang = 'de-CH'; return null")
        .await?;
    shadow_button(cx, &german("create_invite_link"))
        .await
        .map_err(step("finding Create invite link in German"))?
        .click()
        .await
        .map_err(text)?;
    let name = "Halb getippt, dann fertig";
    shadow_field(cx, &german("name"))
        .await
        .map_err(step("finding Name in German"))?
        .send_keys("Halb getippt")
        .await
        .map_err(text)?;
    page.script(
        "document.querySelector('unleash-invite-links').setAttribute('lang', 'ja'); return null",
    )
    .await?;
    wait_for_shadow_text(cx, &[japanese("joiners_are_viewers").as_str()]).await?;
    let typed = shadow_field(cx, &japanese("name"))
        .await
        .map_err(step("finding Name in Japanese"))?
        .prop("value")
        .await
        .map_err(text)?;
    ensure(typed.as_deref() == Some("Halb getippt"), || {
        format!("after switching to Japanese the name reads {typed:?}")
    })?;
    page.script(
        "document.querySelector('unleash-invite-links').removeAttribute('lang'); return null",
    )
    .await?;
    let field = shadow_field(cx, &german("name"))
        .await
        .map_err(step("finding Name in German again"))?;
    field.send_keys(", dann fertig").await.map_err(text)?;
    shadow_button(cx, &german("create"))
        .await
        .map_err(step("finding Create in German"))?
        .click()
        .await
        .map_err(text)?;
    wait_for_shadow_text(cx, &[german("done_create").as_str()]).await?;
    let made = cx.unleash.tokens_named(name)?;
    ensure(made.len() == 1, || {
        format!("{} links named {name:?}", made.len())
    })?;
    shadow_button(cx, &german("done"))
        .await
        .map_err(step("finding Done in German"))?
        .click()
        .await
        .map_err(text)?;
    in_element(
        cx,
        "return [...root.querySelectorAll('.uil-row-name')].find((a) => a.textContent === arguments[0]) || null;",
        name,
    )
    .await
    .map_err(step("finding the new link in the list"))?
    .click()
    .await
    .map_err(text)?;
    let created_by = german("step_created_until");
    let created_by = created_by.split('{').next().unwrap_or_default();
    wait_for_shadow_text(cx, &[created_by]).await?;
    wait_for_shadow_text(cx, &[german("history").as_str()]).await?;
    Ok(())
}
