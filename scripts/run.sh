#!/usr/bin/env bash
# Runs the app: installs what is missing, starts a local PostgreSQL and Unleash 8.2 on loopback
# (unless UNLEASH_URL names an existing Unleash), serves the app at http://127.0.0.1:$APP_PORT and the
# example hosts (a Leptos console, a plain HTML page with the custom element) at $EXAMPLES_PORT.
# Stop it with Ctrl+C; the local Unleash keeps running until `bash scripts/services.sh stop`.
#
# Environment: UNLEASH_URL (an existing Unleash; skips the local one), APP_PORT, EXAMPLES_PORT and
#              the local Unleash's ports (defaults in scripts/settings.env),
#              RELEASE=1 (serve the optimised builds); the other settings are those of
#              scripts/services.sh (UNLEASH_PORT, PG_PORT, UNLEASH_ADMIN_PASSWORD, ...).
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$REPO_DIR/scripts/settings.sh"
bash "$REPO_DIR/scripts/setup.sh" build
if [[ -z ${UNLEASH_URL:-} ]]; then
    bash "$REPO_DIR/scripts/services.sh" start
    export UNLEASH_URL="http://127.0.0.1:$UNLEASH_PORT"
    password=$(bash "$REPO_DIR/scripts/services.sh" credentials | sed -n 's/^UNLEASH_ADMIN_PASSWORD=//p')
    sign_in="user name \"admin\", password \"$password\" (made for this install; again with: bash scripts/services.sh credentials)"
else
    sign_in="your Unleash account on $UNLEASH_URL"
fi
bash "$REPO_DIR/scripts/serve.sh" --examples ${RELEASE:+--release} &
examples_pid=$!
bash "$REPO_DIR/scripts/serve.sh" ${RELEASE:+--release} &
app_pid=$!
trap 'kill "$examples_pid" "$app_pid" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM
examples=http://127.0.0.1:$EXAMPLES_PORT
cat <<MSG

  Invite links app:           http://127.0.0.1:$APP_PORT/
  Example Leptos console:     $examples/settings/invite-links
  Example plain HTML host:    $examples/plain-html/  (two elements: $examples/plain-html/two-teams.html)
  Example React 19 console:   $examples/react/  (installed from the packed npm package)
  (each is ready once its Trunk says "serving")
  Sign in with: $sign_in

MSG
wait "$app_pid"
