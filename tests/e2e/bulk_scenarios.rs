//! "Disable selected" against the real Unleash: the links picked are disabled there, and no other.

use crate::scenarios::{ensure, Context, Outcome};

pub async fn disabling_three_selected_links_leaves_those_three_disabled_in_unleash_and_no_other(
    cx: &Context<'_>,
) -> Outcome {
    let expires_at = (chrono::Utc::now() + chrono::TimeDelta::days(3)).to_rfc3339();
    let picked = ["bulk: north", "bulk: south", "bulk: west"];
    for name in picked.iter().chain(&["bulk: kept"]) {
        cx.unleash.create_token(name, &expires_at)?;
    }
    cx.fresh_page().await?;
    cx.admin.type_into("Find", "bulk:").await?;
    for name in picked {
        cx.admin.select_row(name).await?;
    }
    cx.admin.wait_for_text("3 links selected").await?;
    cx.admin.click("Disable selected").await?;
    cx.admin
        .wait_for_text("Nobody can join with these 3 links once they are disabled:")
        .await?;
    cx.admin.click("Disable them").await?;
    cx.admin.wait_for_text("Disabled 3 of 3 links.").await?;
    for name in picked {
        let token = cx.unleash.token_named(name)?;
        ensure(!token.enabled, || {
            format!("“{name}” is still enabled in Unleash")
        })?;
    }
    ensure(cx.unleash.token_named("bulk: kept")?.enabled, || {
        "a link that was not selected was disabled".into()
    })?;
    let focused = cx.admin.focused_name().await?;
    ensure(focused.contains("Disabled 3 of 3 links."), || {
        format!("focus is on {focused:?}, not the report")
    })
}
