#!/usr/bin/env bash
# Builds the embed bundle: the JavaScript module and wasm that register <unleash-invite-links> and
# mount nothing by themselves. Hosts load OUT/unleash-invite-links.js (see README, "Embedding").
#
# Usage: bash scripts/build-embed.sh [--release] [OUT]   (default OUT: target/embed)
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$REPO_DIR/scripts/setup.sh"
profile=debug
cargo_args=()
if [[ ${1:-} == --release ]]; then
    profile=release
    cargo_args=(--release)
    shift
fi
out=$(realpath -m "${1:-$REPO_DIR/target/embed}")
target_dir=$(cd "$REPO_DIR" && cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')

cd "$REPO_DIR"
cargo build --target wasm32-unknown-unknown --bin invite-links-embed --features embed "${cargo_args[@]}"
rm -rf "$out"
wasm-bindgen --target web --no-typescript --out-name unleash-invite-links --out-dir "$out" \
    "$target_dir/wasm32-unknown-unknown/$profile/invite-links-embed.wasm"
if [[ $profile == release ]]; then
    # The same wasm-opt settings as index.html's data-wasm-opt and data-wasm-opt-params.
    wasm-opt -Oz --low-memory-unused "$out/unleash-invite-links_bg.wasm" -o "$out/unleash-invite-links_bg.wasm"
    node scripts/short-import-names.mjs --release "$out"
fi
node scripts/trusted-types.mjs "$out"
node scripts/lang-files.mjs "$out"
echo "embed bundle ($profile): $out" >&2
