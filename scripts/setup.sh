#!/usr/bin/env bash
# Installs what building and testing need, only what is missing; quick when all is present.
#
# Usage: bash scripts/setup.sh build   wasm target, Trunk 0.21.14, the wasm-bindgen CLI that matches
#                                     Cargo.lock, and wasm-opt (binaryen from npm; Debian's is too old)
#        bash scripts/setup.sh test    all of the above, plus Chromium, ChromeDriver, Firefox ESR and
#                                     geckodriver for the browser tests, and axe-core for the
#                                     end-to-end suite
# Source it with `source scripts/setup.sh` to get the PATH it sets up without installing anything.
#
# Environment: TOOLS_DIR (default ~/.cache/unleash-invite-links) holds binaryen.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    set -euo pipefail
fi

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS_DIR=${TOOLS_DIR:-$HOME/.cache/unleash-invite-links}
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
TERSER_VERSION=5.51.4
GECKODRIVER_VERSION=0.37.1
AXE_CORE_VERSION=4.14.1
# The end-to-end suite injects axe-core from here into every view and dialog.
export AXE_CORE_JS=$TOOLS_DIR/axe/node_modules/axe-core/axe.min.js
# scripts/minify-js.mjs loads terser from here.
export TERSER_MODULES=$TOOLS_DIR/terser/node_modules
export PATH="$HOME/.cargo/bin:$TOOLS_DIR/binaryen/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

say() { echo "setup: $*" >&2; }

wasm_bindgen_version() {
    grep -A1 '^name = "wasm-bindgen"$' "$REPO_DIR/Cargo.lock" | sed -n 's/^version = "\(.*\)"$/\1/p'
}

has_version() { # has_version COMMAND VERSION: the command runs and prints VERSION
    command -v "$1" >/dev/null && "$1" --version 2>/dev/null | grep -q -- "$2"
}

setup_build() {
    if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
        say "adding the wasm32 target"
        rustup target add wasm32-unknown-unknown
    fi
    if ! has_version trunk "$TRUNK_VERSION"; then
        say "installing Trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
        cargo install trunk --version "$TRUNK_VERSION" --locked
    fi
    local bindgen
    bindgen=$(wasm_bindgen_version)
    if ! has_version wasm-bindgen "$bindgen" || ! has_version wasm-bindgen-test-runner "$bindgen"; then
        say "installing wasm-bindgen-cli $bindgen (about 5 minutes)"
        cargo install wasm-bindgen-cli --version "$bindgen" --force
    fi
    command -v npm >/dev/null || apt_install nodejs npm
    if ! has_version wasm-opt "version $BINARYEN_VERSION"; then
        say "installing binaryen $BINARYEN_VERSION from npm"
        npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR/binaryen" "binaryen@$BINARYEN_VERSION"
    fi
    if ! grep -qs "\"version\": \"$TERSER_VERSION\"" "$TERSER_MODULES/terser/package.json"; then
        say "installing terser $TERSER_VERSION from npm"
        npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR/terser" "terser@$TERSER_VERSION"
    fi
}

apt_install() { # apt_install PACKAGE...: installs the ones not yet installed
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    if ((${#missing[@]})); then
        say "installing ${missing[*]} (apt)"
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    fi
}

setup_test() {
    setup_build
    rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
    rustup component list --installed | grep -q '^clippy' || rustup component add clippy
    apt_install chromium chromium-driver firefox-esr
    if ! grep -qs "\"version\": \"$AXE_CORE_VERSION\"" "$TOOLS_DIR/axe/node_modules/axe-core/package.json"; then
        say "installing axe-core $AXE_CORE_VERSION from npm"
        npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR/axe" "axe-core@$AXE_CORE_VERSION"
    fi
    if ! has_version geckodriver "$GECKODRIVER_VERSION"; then
        say "installing geckodriver $GECKODRIVER_VERSION"
        cargo install geckodriver --version "$GECKODRIVER_VERSION"
    fi
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    case ${1:-} in
        build) setup_build ;;
        test) setup_test ;;
        *) echo "usage: $0 build|test" >&2; exit 2 ;;
    esac
fi
