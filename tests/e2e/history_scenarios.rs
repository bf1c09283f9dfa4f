//! A link's history on its details, read from the real Unleash's event log after the page made each
//! change and a colleague joined.

use crate::scenarios::{create_link, ensure, Context, Outcome};

pub async fn the_history_shows_creation_new_expiry_disable_enable_and_a_join_by_the_right_people_in_order(
    cx: &Context<'_>,
) -> Outcome {
    let name = "history: team";
    cx.fresh_page().await?;
    create_link(&cx.admin, name).await?;
    cx.admin.open_details(name).await?;
    cx.admin.click("Change expiry").await?;
    cx.admin.wait_for_text("at most one month").await?;
    cx.admin
        .field("1 month")
        .await?
        .click()
        .await
        .map_err(|e| e.to_string())?;
    cx.admin.click("Save expiry").await?;
    cx.admin.wait_for_text("Expiry changed.").await?;
    cx.admin.click("Disable link").await?;
    cx.admin
        .wait_for_text("People who already joined through it keep their accounts.")
        .await?;
    cx.admin.click("Disable link").await?;
    cx.admin.wait_for_text("Link disabled.").await?;
    cx.admin.click("Enable link").await?;
    cx.admin.wait_for_text("Link enabled.").await?;
    let token = cx.unleash.token_named(name)?;
    let email = format!("hedy.{}@example.com", chrono::Utc::now().timestamp_millis());
    cx.unleash.sign_up(
        &token.secret,
        "Hedy Lamarr",
        &email,
        "Frequency-hopping-1942",
    )?;
    cx.admin.refresh().await?;
    cx.admin.wait_for_text("Hedy Lamarr").await?;
    let expected = [
        "Created by admin, to work until ",
        "Expiry changed from ",
        "Disabled by admin.",
        "Enabled by admin.",
        "Hedy Lamarr",
    ];
    // The people who joined come with the link; the history is read after it, on a loaded machine
    // seconds later.
    cx.admin
        .wait_for_count(".uil-history-list li", expected.len())
        .await?;
    let steps = cx
        .admin
        .script("return [...document.querySelectorAll('.uil-history-list li')].map(li => li.firstChild.textContent)")
        .await?;
    let steps: Vec<String> = serde_json::from_value(steps).map_err(|e| e.to_string())?;
    ensure(
        steps.len() == expected.len()
            && steps
                .iter()
                .zip(expected)
                .all(|(step, start)| step.starts_with(start))
            && steps[1].ends_with(" by admin."),
        || format!("the history reads {steps:?}"),
    )?;
    let html = cx
        .admin
        .script("return document.documentElement.outerHTML")
        .await?
        .to_string();
    ensure(!html.contains(&token.secret), || {
        "the secret is in the page".into()
    })?;
    let reads = cx.admin.all_answered().await?;
    ensure(
        reads
            .iter()
            .any(|request| request.is("GET", "/api/admin/search/events")),
        || format!("the history was not read from the event log: {reads:?}"),
    )?;
    ensure(
        reads
            .iter()
            .filter(|request| request.method == "GET")
            .all(|request| !request.address.contains(&token.secret[..7])),
        || "a read's address holds more than six characters of the secret".into(),
    )?;
    cx.admin
        .script("document.querySelector('.uil-history').scrollIntoView()")
        .await
        .map(|_| ())
}
