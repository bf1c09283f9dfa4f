#!/usr/bin/env bash
# Packs the npm package of <unleash-invite-links> (packages/unleash-invite-links) around an embed
# bundle: its package.json at the crate's version, its types, custom elements manifest and README,
# and the bundle's module, wasm and snippets. Prints the tarball's path.
#
# Usage: bash scripts/build-package.sh [EMBED_DIR] [OUT]
#   EMBED_DIR  a built embed bundle (default dist/embed, from scripts/build-release.sh)
#   OUT        where the tarball goes (default target/package)
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
embed=$(realpath "${1:-$REPO_DIR/dist/embed}")
out=$(realpath -m "${2:-$REPO_DIR/target/package}")
[[ -f $embed/unleash-invite-links.js ]] || { echo "no embed bundle in $embed (bash scripts/build-release.sh)" >&2; exit 2; }
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$REPO_DIR/Cargo.toml" | head -1)

staging=$out/unleash-invite-links
rm -rf "$staging"
mkdir -p "$staging"
cp "$REPO_DIR"/packages/unleash-invite-links/{package.json,index.d.ts,react.d.ts,custom-elements.json,README.md} "$staging/"
cp -r "$embed/unleash-invite-links.js" "$embed/unleash-invite-links_bg.wasm" "$embed/snippets" "$embed/lang" "$staging/"
find "$staging/snippets" \( -name '*.gz' -o -name '*.br' \) -delete
(cd "$staging" && npm pkg set version="$version" >/dev/null)
tarball=$(cd "$out" && npm pack --silent "$staging")
echo "$out/$tarball"
