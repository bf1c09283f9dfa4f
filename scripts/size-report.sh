#!/usr/bin/env bash
# What the standalone app's wasm is made of: the shipping build (scripts/shipping-env.sh) with its
# function names kept, read by twiggy. Prints the 20 largest crates and the 20 largest functions
# (bytes of code; the names themselves are not counted) and the generic functions with the most
# copies. twiggy reads the wasm as wasm-bindgen leaves it: twiggy 0.7 cannot read what wasm-opt
# writes with names kept, and wasm-opt -Oz then takes about a tenth off, spread over all of it.
# README.md ("Size") keeps the last report.
#
# Usage: bash scripts/size-report.sh [BIN]   (default invite-links; invite-links-embed for the element)
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"
TWIGGY_VERSION=0.7.0
bin=${1:-invite-links}
bash scripts/setup.sh build
source scripts/setup.sh
if ! has_version twiggy "$TWIGGY_VERSION"; then
    say "installing twiggy $TWIGGY_VERSION (a few minutes)"
    cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi
rustup component list --installed | grep -q '^rust-src' || rustup component add rust-src
source scripts/shipping-env.sh
features=()
[[ $bin == invite-links-embed ]] && features=(--features embed)

cargo build --release --target wasm32-unknown-unknown --bin "$bin" "${features[@]}" --quiet
out=$CARGO_TARGET_DIR/size-report
mkdir -p "$out"
wasm-bindgen --target web --keep-debug --no-typescript --out-dir "$out" \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/$bin.wasm"
wasm-opt -Oz "$out/${bin}_bg.wasm" -o "$out/shipped.wasm"

twiggy top --format csv "$out/${bin}_bg.wasm" > "$out/top.csv"
node scripts/size-report.mjs "$out/top.csv" "$out/shipped.wasm"
echo
echo "The generic functions with the most bytes in copies (twiggy monos; bloat: what the copies"
echo "cost beyond the largest one):"
twiggy monos --only-generics --max-generics 10 "$out/${bin}_bg.wasm" | sed 's/[[:space:]]*$//'
