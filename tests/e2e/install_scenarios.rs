//! What the run command's local Unleash is, as the suite started it through `scripts/services.sh`:
//! a process of its own user, never root, whose admin password and token were made for this install.

use crate::environment::{state_dir, ADMIN_PASSWORD, ADMIN_TOKEN};
use crate::scenarios::{ensure, Context, Outcome};

/// The password and token every install had before they were made per install.
const WELL_KNOWN: [&str; 2] = ["unleash4all", "*:*.local-admin-token-for-tests-only"];

pub async fn the_local_unleash_runs_as_its_own_user_with_credentials_made_for_this_install(
    cx: &Context<'_>,
) -> Outcome {
    let pid = std::fs::read_to_string(state_dir().join("unleash.pid"))
        .map_err(|e| format!("unleash.pid: {e}"))?;
    let status = std::fs::read_to_string(format!("/proc/{}/status", pid.trim()))
        .map_err(|e| format!("Unleash's process: {e}"))?;
    let uid = status
        .lines()
        .find_map(|line| line.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().next())
        .ok_or("no Uid in the process's status")?;
    ensure(uid != "0", || "Unleash runs as root".into())?;
    let file = state_dir().join("credentials.env");
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&file)
            .map_err(|e| format!("{}: {e}", file.display()))?
            .permissions(),
    );
    ensure(mode & 0o077 == 0, || {
        format!(
            "credentials.env is mode {:o}: others may read it",
            mode & 0o777
        )
    })?;
    ensure(
        !WELL_KNOWN.contains(&ADMIN_PASSWORD.as_str())
            && !WELL_KNOWN.contains(&ADMIN_TOKEN.as_str()),
        || "the install uses the well-known password or token".into(),
    )?;
    let old = cx.unleash.send(
        "POST",
        "/auth/simple/login",
        Some(serde_json::json!({"username": "admin", "password": WELL_KNOWN[0]})),
        false,
    )?;
    ensure(old.status == 401, || {
        format!("the well-known password got HTTP {}", old.status)
    })?;
    ensure(cx.unleash.tokens().is_ok(), || {
        "the install's own token is refused".into()
    })
}
