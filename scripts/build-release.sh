#!/usr/bin/env bash
# Builds what ships, as a CDN or static server would serve it, and checks each bundle's size:
#   dist/        the standalone app (index.html, hashed JS, wasm and CSS, start.js)
#   dist/embed/  the <unleash-invite-links> bundle (unleash-invite-links.js, its wasm, snippets/)
# with its JavaScript minified (terser) and a .gz and a .br copy beside every file. Fails when a bundle is over its budget
# (scripts/size-budget.env). Uses the size settings of scripts/shipping-env.sh (standard library
# rebuilt for size, panics as bare traps) in target/shipping.
#
# Usage: bash scripts/build-release.sh
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"
bash scripts/setup.sh build
source scripts/setup.sh
source scripts/size-budget.env
rustup component list --installed | grep -q '^rust-src' || rustup component add rust-src
source scripts/shipping-env.sh
# Trunk runs cargo offline: fetch what the rebuilt standard library needs first.
cargo fetch --target wasm32-unknown-unknown --quiet

trunk build --release --dist "$REPO_DIR/dist"
bash scripts/build-embed.sh --release "$REPO_DIR/dist/embed"
node scripts/minify-js.mjs "$REPO_DIR/dist"
node scripts/precompress.mjs "$REPO_DIR/dist"

status=0
echo "== standalone app (dist/)"
bash scripts/bundle-size.sh dist --budget "$APP_BUDGET_KB" || status=1
echo "== embed bundle (dist/embed/)"
bash scripts/bundle-size.sh dist/embed --budget "$EMBED_BUDGET_KB" || status=1
exit $status
