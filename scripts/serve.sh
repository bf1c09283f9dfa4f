#!/usr/bin/env bash
# Serves the app with Trunk on 127.0.0.1, with Unleash's /api, /auth and /invite proxied to the same
# origin (Unleash sends no CORS headers, and its session cookie is SameSite=Lax).
#
# Usage: bash scripts/serve.sh [--examples [--shipped-embed]] [--release] | --shipping | --build-only
#   --examples  serves the example hosts instead: the Leptos console (examples/console) at /, the
#               plain HTML host (examples/plain-html) at /plain-html/ with the embed bundle at /embed/,
#               and the React console (examples/react, built from the packed npm package) at /react/
#   --release   the optimised build; with --examples, the hosts load the embed bundle that ships
#               (dist/embed) and the npm package packed from it
#   --shipped-embed  (with --examples) the hosts load dist/embed and its package, and the Leptos
#               console is a quick development build (what the end-to-end suite serves)
#   --shipping  what ships instead, as production would serve it: scripts/serve-dist.mjs serving dist/
#               (precompressed, cached, no rebuild on change)
#   --build-only  builds dist/ if it is stale (see below) and serves nothing
# With --shipping, --examples --release and --shipped-embed, dist/ is built first (scripts/build-release.sh) unless it
# is newer than every source file: the test command builds it once and the end-to-end suite serves it.
# Environment: UNLEASH_URL (default the local Unleash at UNLEASH_PORT), APP_PORT, EXAMPLES_PORT
#              (defaults in scripts/settings.env).
# The Trunk config is Trunk.toml with the proxy target replaced, written to $STATE_DIR.
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE_DIR=$(realpath -m "${STATE_DIR:-$REPO_DIR/.run}")
source "$REPO_DIR/scripts/settings.sh"
UNLEASH_URL=${UNLEASH_URL:-http://127.0.0.1:$UNLEASH_PORT}
UNLEASH_URL=${UNLEASH_URL%/}
# The address goes into a Trunk config (through sed) and to a proxy: only a plain http(s) address.
plain_address='^https?://[][A-Za-z0-9.:_-]+(/[A-Za-z0-9._~%/-]*)?$'
if [[ ! $UNLEASH_URL =~ $plain_address ]]; then
    echo "serve: UNLEASH_URL must be a plain http(s) address without a user, query or fragment," \
        "such as http://127.0.0.1:4242 or https://unleash.example.com/unleash (it is: $UNLEASH_URL)" >&2
    exit 2
fi
source "$REPO_DIR/scripts/setup.sh"

# Whether dist/ was built after the last change to anything it is built from.
shipping_build_is_fresh() {
    local built=$REPO_DIR/dist/embed/unleash-invite-links.js
    [[ -f $REPO_DIR/dist/index.html && -f $built ]] || return 1
    [[ -z $(cd "$REPO_DIR" && find src style lang build.rs index.html Cargo.toml Cargo.lock Trunk.toml scripts \
        -newer "$built" -print -quit) ]]
}

ensure_shipping_build() {
    shipping_build_is_fresh || bash "$REPO_DIR/scripts/build-release.sh" || [[ -f $REPO_DIR/dist/index.html ]]
}

if [[ ${1:-} == --build-only ]]; then
    ensure_shipping_build
    exit
fi
if [[ ${1:-} == --shipping ]]; then
    ensure_shipping_build
    exec node "$REPO_DIR/scripts/serve-dist.mjs" "$REPO_DIR/dist" "$APP_PORT" "$UNLEASH_URL"
fi

name=app target=$REPO_DIR/index.html port=$APP_PORT
watch=(--watch "$REPO_DIR/src" --watch "$REPO_DIR/style" --watch "$REPO_DIR/index.html")
if [[ ${1:-} == --examples ]]; then
    shift
    name=examples target=$REPO_DIR/examples/console/index.html port=$EXAMPLES_PORT
    watch=(--watch "$REPO_DIR/src" --watch "$REPO_DIR/style" --watch "$REPO_DIR/examples/console" --watch "$REPO_DIR/examples/plain-html")
    shipped_embed=
    if [[ ${1:-} == --shipped-embed ]]; then
        shipped_embed=1
        shift
    fi
    if [[ ${1:-} == --release || -n $shipped_embed ]]; then
        ensure_shipping_build
        rm -rf "$REPO_DIR/target/embed"
        mkdir -p "$REPO_DIR/target"
        cp -r "$REPO_DIR/dist/embed" "$REPO_DIR/target/embed"
    else
        bash "$REPO_DIR/scripts/build-embed.sh"
    fi
    bash "$REPO_DIR/scripts/build-react-example.sh"
fi

mkdir -p "$STATE_DIR"
config=$STATE_DIR/Trunk-$name.toml
sed -e "s#http://unleash.placeholder#$UNLEASH_URL#" \
    -e "s#\"scripts/#\"$REPO_DIR/scripts/#g" \
    -e "s#^target = .*#target = \"$target\"#" \
    -e "s#^dist = .*#dist = \"$STATE_DIR/dist-$name${1:+-release}\"#" \
    "$REPO_DIR/Trunk.toml" >"$config"
cd "$REPO_DIR"
exec trunk serve --config "$config" --port "$port" --no-autoreload "${watch[@]}" "$@"
