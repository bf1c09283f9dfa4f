#!/usr/bin/env bash
# Serves the app with Trunk on 127.0.0.1, with Unleash's /api, /auth and /invite proxied to the same
# origin (Unleash sends no CORS headers, and its session cookie is SameSite=Lax).
#
# Usage: bash scripts/serve.sh [--release]
# Environment: UNLEASH_URL (default http://127.0.0.1:4242), APP_PORT (default 8080).
# The Trunk config is Trunk.toml with the proxy target replaced, written to $STATE_DIR/Trunk.toml.
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE_DIR=$(realpath -m "${STATE_DIR:-$REPO_DIR/.run}")
UNLEASH_URL=${UNLEASH_URL:-http://127.0.0.1:4242}
UNLEASH_URL=${UNLEASH_URL%/}
APP_PORT=${APP_PORT:-8080}
source "$REPO_DIR/scripts/setup.sh"

mkdir -p "$STATE_DIR"
config=$STATE_DIR/Trunk.toml
sed -e "s#http://127.0.0.1:4242#$UNLEASH_URL#" \
    -e "s#^target = .*#target = \"$REPO_DIR/index.html\"#" \
    -e "s#^dist = .*#dist = \"$STATE_DIR/dist${1:+-release}\"#" \
    -e "s#^port = .*#port = $APP_PORT#" \
    "$REPO_DIR/Trunk.toml" >"$config"
cd "$REPO_DIR"
exec trunk serve --config "$config" --no-autoreload \
    --watch "$REPO_DIR/src" --watch "$REPO_DIR/style" --watch "$REPO_DIR/index.html" "$@"
