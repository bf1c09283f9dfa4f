//! A colleague's fresh browser, signed out, at the keyboard alone: a wrong password, Unleash's login
//! limit, the way on with a token, and the list's filter.

use serde_json::json;

use crate::browser::{Page, ARROW_DOWN, ENTER, TAB};
use crate::environment::ADMIN_TOKEN;
use crate::scenarios::{ensure, page_refused_or_leaked_nothing, Context, Outcome};

/// Runs last in each browser: it spends the ten sign-ins a minute Unleash allows this address.
pub async fn from_the_keyboard_a_wrong_password_and_the_login_limit_say_so_and_a_token_gets_in(
    cx: &Context<'_>,
) -> Outcome {
    cx.unleash
        .create_token("for the keyboard filter", "2099-01-01T00:00:00Z")?;
    cx.unleash
        .create_token("keyboard filter: expired", "2026-01-02T00:00:00Z")?;
    let disabled = cx
        .unleash
        .create_token("keyboard filter: disabled", "2099-01-01T00:00:00Z")?;
    cx.unleash
        .update(&disabled.secret, json!({"enabled": false}))?;
    let page = Page::open_second(cx.environment, cx.admin.browser).await?;
    let outcome = async {
        sign_in_until_the_limit(&page).await?;
        get_in_with_a_token(&page).await?;
        filter_from_the_keyboard(&page).await?;
        page_refused_or_leaked_nothing(cx, &page).await
    }
    .await;
    page.close().await;
    outcome
}

async fn sign_in_until_the_limit(page: &Page) -> Outcome {
    page.wait_for_text("Sign in to Unleash").await?;
    page.tab_to("User name").await?;
    page.press("admin").await?;
    page.press(TAB).await?;
    ensure(page.focused_name().await? == "Password", || {
        "Tab from User name does not reach Password".into()
    })?;
    page.press("not-the-password").await?;
    page.press(ENTER).await?;
    page.wait_for_text("The combination of password and username you provided is invalid.")
        .await?;
    ensure(page.value_of("User name").await? == "admin", || {
        "the user name was lost".into()
    })?;
    for _ in 0..12 {
        page.press(ENTER).await?;
        page.all_answered().await?;
        if page
            .visible_text()
            .await?
            .contains("Too many sign-in attempts")
        {
            break;
        }
    }
    page.wait_for_text("Too many sign-in attempts: Unleash allows 10 a minute. Wait ")
        .await?;
    let told = page.visible_text().await?;
    ensure(
        told.contains("seconds, then sign in again, or use a token."),
        || format!("the wait Unleash asked for (Retry-After) is not shown: {told}"),
    )?;
    ensure(page.value_of("User name").await? == "admin", || {
        "the user name was lost at the limit".into()
    })
}

async fn get_in_with_a_token(page: &Page) -> Outcome {
    page.tab_to("Or an admin API token or personal access token")
        .await?;
    page.press(&ADMIN_TOKEN).await?;
    page.press(ENTER).await?;
    let names = page.row_names().await?;
    ensure(!names.is_empty(), || {
        "the token did not load the list".into()
    })
}

/// Chooses "Active", "Disabled", then "Expired" with the arrow key on the filter; each shows its
/// links (one of each was made) and only those.
async fn filter_from_the_keyboard(page: &Page) -> Outcome {
    page.tab_to("Show").await?;
    for wanted in ["Active", "Disabled", "Expired"] {
        page.press(ARROW_DOWN).await?;
        let chosen = page
            .script("return document.activeElement.selectedOptions[0].textContent")
            .await?;
        ensure(
            chosen.as_str().is_some_and(|c| c.starts_with(wanted)),
            || format!("the arrow key chose {chosen}, not {wanted}"),
        )?;
        let states = page.row_states().await?;
        ensure(states.iter().all(|state| state == wanted), || {
            format!("showing {wanted}, the list has {states:?}")
        })?;
        ensure(!states.is_empty(), || {
            format!("no {wanted} link is shown, though one was made for it")
        })?;
    }
    Ok(())
}
