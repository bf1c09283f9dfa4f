//! Managing links over their life, in the browser and checked against what Unleash then holds and
//! what its public sign-up check answers.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::json;

use crate::scenarios::{ensure, Context, Outcome};

fn midnight_utc_days_ahead(days: u64) -> String {
    let day = Utc::now().date_naive() + chrono::Days::new(days);
    format!("{day}T00:00:00.000Z")
}

pub async fn the_list_puts_active_links_first_and_filters_by_state(cx: &Context<'_>) -> Outcome {
    cx.unleash
        .create_token("order: expired", "2026-01-02T00:00:00Z")?;
    let disabled = cx
        .unleash
        .create_token("order: disabled", &midnight_utc_days_ahead(9))?;
    cx.unleash
        .update(&disabled.secret, json!({"enabled": false}))?;
    cx.unleash
        .create_token("order: later", &midnight_utc_days_ahead(25))?;
    cx.unleash
        .create_token("order: sooner", &midnight_utc_days_ahead(2))?;
    cx.fresh_page().await?;
    let names = cx.admin.row_names().await?;
    let ours: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|name| name.starts_with("order: "))
        .collect();
    ensure(
        ours == [
            "order: sooner",
            "order: later",
            "order: disabled",
            "order: expired",
        ],
        || format!("the list reads {names:?}"),
    )?;
    cx.admin
        .script(
            "const select = document.querySelector('.uil-list-bar select');
             select.selectedIndex = [...select.options].findIndex(o => o.text.startsWith('Expired'));
             select.dispatchEvent(new Event('change'));",
        )
        .await?;
    let started = std::time::Instant::now();
    loop {
        let expired = cx.admin.row_names().await?;
        if expired.contains(&"order: expired".to_owned())
            && !expired.contains(&"order: sooner".to_owned())
        {
            return Ok(());
        }
        if started.elapsed() > Duration::from_secs(15) {
            return Err(format!("showing expired links lists {expired:?}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub async fn a_details_address_reloaded_shows_that_link_and_back_and_forward_behave(
    cx: &Context<'_>,
) -> Outcome {
    let token = cx
        .unleash
        .create_token("deep link", &midnight_utc_days_ahead(4))?;
    cx.fresh_page().await?;
    cx.admin.open_details("deep link").await?;
    let details = cx.admin.path().await?;
    ensure(
        details.contains("/links/") && !details.contains(&token.secret),
        || format!("the details address is {details:?}"),
    )?;
    cx.admin.refresh().await?;
    cx.admin.wait_for_text("Invite link “deep link”").await?;
    cx.admin.back().await?;
    cx.admin.wait_for_text("All links").await?;
    ensure(cx.admin.path().await? == "/", || {
        "back did not return to the list".into()
    })?;
    cx.admin.forward().await?;
    cx.admin.wait_for_text("Invite link “deep link”").await?;
    let history = cx
        .admin
        .script("return [location.href, document.referrer]")
        .await?;
    ensure(!history.to_string().contains(&token.secret), || {
        format!("the secret is in the address or referrer: {history}")
    })?;
    cx.admin
        .go_to(&format!(
            "{}/links/0123456789abcdef",
            cx.environment.app_url
        ))
        .await?;
    cx.admin.wait_for_text("Invite link not found").await?;
    cx.admin.wait_for_text("← All invite links").await
}

pub async fn an_expired_link_given_a_new_expiry_works_again(cx: &Context<'_>) -> Outcome {
    let token = cx
        .unleash
        .create_token("revive me", "2026-01-03T00:00:00Z")?;
    ensure(cx.unleash.validate(&token.secret)? == 400, || {
        "the old link still works".into()
    })?;
    cx.fresh_page().await?;
    cx.admin.click_on_card("revive me", "Change expiry").await?;
    cx.admin.wait_for_text("at most one month").await?;
    cx.admin.click("Save expiry").await?;
    cx.admin.wait_for_text("Expiry changed.").await?;
    ensure(cx.admin.fact("State").await? == "Active", || {
        "the link is not Active".into()
    })?;
    let stored = cx.unleash.token_named("revive me")?;
    let week: DateTime<Utc> = Utc::now() + TimeDelta::days(7);
    ensure(
        stored.expires_at > week && stored.expires_at <= week + TimeDelta::days(1),
        || format!("Unleash holds expiry {}", stored.expires_at),
    )?;
    ensure(cx.unleash.validate(&token.secret)? == 200, || {
        "Unleash refuses the link after the new expiry".into()
    })?;
    ensure(cx.admin.fact("Role").await? == "Viewer", || {
        "the role was lost".into()
    })
}

pub async fn disabling_asks_first_then_unleash_refuses_the_link_and_enabling_restores_it(
    cx: &Context<'_>,
) -> Outcome {
    let token = cx
        .unleash
        .create_token("switch me", &midnight_utc_days_ahead(5))?;
    cx.fresh_page().await?;
    cx.admin.click_on_card("switch me", "Disable link").await?;
    cx.admin
        .wait_for_text("People who already joined through it keep their accounts.")
        .await?;
    ensure(cx.unleash.token_named("switch me")?.enabled, || {
        "disabled before confirmation".into()
    })?;
    cx.admin.click("Disable link").await?;
    cx.admin.wait_for_text("Link disabled.").await?;
    ensure(cx.admin.fact("State").await? == "Disabled", || {
        "not shown Disabled".into()
    })?;
    ensure(!cx.unleash.token_named("switch me")?.enabled, || {
        "Unleash still has it enabled".into()
    })?;
    ensure(cx.unleash.validate(&token.secret)? == 400, || {
        "Unleash still accepts it".into()
    })?;
    cx.admin.click("Enable link").await?;
    cx.admin.wait_for_text("Link enabled.").await?;
    ensure(cx.admin.fact("State").await? == "Active", || {
        "not shown Active".into()
    })?;
    ensure(cx.unleash.validate(&token.secret)? == 200, || {
        "Unleash refuses it after enabling".into()
    })
}

pub async fn a_link_stored_as_expiring_later_today_reads_expired_as_unleash_refuses_it(
    cx: &Context<'_>,
) -> Outcome {
    let now = Utc::now();
    let midnight = now.date_naive().and_time(chrono::NaiveTime::MIN).and_utc() + TimeDelta::days(1);
    if midnight - now < TimeDelta::minutes(2) {
        tokio::time::sleep(
            (midnight - now + TimeDelta::seconds(2))
                .to_std()
                .unwrap_or_default(),
        )
        .await;
    }
    let now = Utc::now();
    let tonight = now
        .date_naive()
        .and_hms_opt(23, 59, 0)
        .unwrap_or_default()
        .and_utc();
    let expires_at = tonight.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let token = cx.unleash.create_token("ends tonight", &expires_at)?;
    ensure(cx.unleash.validate(&token.secret)? == 400, || {
        "Unleash accepts a link on its expiry day".into()
    })?;
    cx.fresh_page().await?;
    ensure(
        cx.admin.card_fact("ends tonight", "State").await? == "Expired",
        || "the page counts it as active although Unleash refuses it".into(),
    )?;
    cx.admin.click("Check with Unleash").await?;
    cx.admin
        .wait_for_text("No. Unleash refuses this link because it has expired, as shown here.")
        .await?;
    let other = cx
        .unleash
        .create_token("works now", &midnight_utc_days_ahead(3))?;
    cx.fresh_page().await?;
    cx.admin
        .click_on_card("works now", "Check with Unleash")
        .await?;
    cx.admin
        .wait_for_text("Yes. Unleash accepts this link right now")
        .await?;
    ensure(cx.unleash.validate(&other.secret)? == 200, || {
        "validate disagrees".into()
    })
}
