//! The example hosts against the real Unleash: the Leptos console nests the page under its own
//! router, and the plain HTML page uses `<unleash-invite-links>`; each creates a link.

use std::time::{Duration, Instant};

use fantoccini::elements::{Element, ShadowRoot};
use fantoccini::Locator;

use crate::scenarios::{create_link, ensure, Context, Outcome};

const PATIENCE: Duration = Duration::from_secs(15);

pub async fn an_example_leptos_console_nests_the_page_under_settings_and_creates_a_link(
    cx: &Context<'_>,
) -> Outcome {
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
    let page = &cx.admin;
    let host = format!("{}/plain-html/", cx.environment.examples_url);
    page.go_to(&host).await?;
    let host_font = page
        .script("return getComputedStyle(document.body).fontFamily")
        .await?;
    let root = shadow_root(cx).await?;
    shadow_button(&root, "Create invite link")
        .await?
        .click()
        .await
        .map_err(text)?;
    let name = "Made in the plain HTML host";
    shadow_field(&root, "Name")
        .await?
        .send_keys(name)
        .await
        .map_err(text)?;
    shadow_button(&root, "Create")
        .await?
        .click()
        .await
        .map_err(text)?;
    let said = wait_for_shadow_text(cx, &["Invite link created.", "Sign in to Unleash"]).await?;
    ensure(said == "Invite link created.", || {
        "the element asked to sign in though the admin's session cookie is on this origin".into()
    })?;
    let made = cx.unleash.tokens_named(name)?;
    ensure(made.len() == 1, || {
        format!("{} links named {name:?}", made.len())
    })?;
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

async fn shadow_root(cx: &Context<'_>) -> Result<ShadowRoot, String> {
    cx.admin
        .client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css("unleash-invite-links"))
        .await
        .map_err(text)?
        .shadow_root()
        .await
        .map_err(text)
}

/// The element's button reading `label`, inside its open dialog if there is one.
async fn shadow_button(root: &ShadowRoot, label: &str) -> Result<Element, String> {
    let started = Instant::now();
    loop {
        let dialog_open = !root
            .find_all(Locator::Css("dialog[open]"))
            .await
            .map_err(text)?
            .is_empty();
        let selector = if dialog_open {
            "dialog[open] button"
        } else {
            "button"
        };
        for button in root.find_all(Locator::Css(selector)).await.map_err(text)? {
            if button.text().await.map_err(text)?.trim() == label {
                return Ok(button);
            }
        }
        if started.elapsed() > PATIENCE {
            return Err(format!("the element shows no button {label:?}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The element's field labelled `label`.
async fn shadow_field(root: &ShadowRoot, label: &str) -> Result<Element, String> {
    for element in root.find_all(Locator::Css("label")).await.map_err(text)? {
        if element.text().await.map_err(text)?.trim() == label {
            let id = element.attr("for").await.map_err(text)?.unwrap_or_default();
            return root
                .find(Locator::Css(&format!("#{id}")))
                .await
                .map_err(text);
        }
    }
    Err(format!("the element shows no field {label:?}"))
}

async fn wait_for_shadow_text<'a>(cx: &Context<'_>, wanted: &[&'a str]) -> Result<&'a str, String> {
    let started = Instant::now();
    loop {
        let shown = cx
            .admin
            .script("return document.querySelector('unleash-invite-links').shadowRoot.textContent")
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

fn text(error: impl std::fmt::Display) -> String {
    error.to_string()
}
