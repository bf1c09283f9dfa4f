#!/usr/bin/env bash
# Runs every test and exits non-zero if any fails:
#   1. formatting and clippy;
#   2. the node tests of the shipped scripts (serve-dist.mjs, the Trusted Types policy), then host unit
#      tests (model, error decoding, expiry rules);
#   3. browser tests of the components in headless Chromium, then in headless Firefox;
#   4. the shipping build (scripts/build-release.sh): dist/ precompressed, each bundle within its size
#      budget (scripts/size-budget.env);
#   5. the npm package (scripts/check-package.sh): packed from dist/embed, and a console's TypeScript
#      and React 19 code (tests/package) type-checked against the tarball with pinned typescript;
#   6. the end-to-end suite: the release build in headless Chromium, then Firefox, against a real Unleash 8.2 and
#      PostgreSQL, which the suite starts on loopback with a fresh database and stops again.
# Installs whatever is missing first (scripts/setup.sh test).
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"
bash scripts/setup.sh test
source scripts/setup.sh
bash scripts/services.sh install

failed=()
step() { # step NAME COMMAND...: runs one step, remembering a failure and going on
    echo "=== $1" >&2
    shift
    "$@" || failed+=("$*")
}

browser_test_files=()
for file in tests/*.rs; do # every browser test file; the end-to-end suite lives in tests/e2e/
    browser_test_files+=(--test "$(basename "$file" .rs)")
done
browser_tests=(--target wasm32-unknown-unknown --features embed --no-fail-fast "${browser_test_files[@]}")

step "format" cargo fmt --all -- --check
step "clippy" cargo clippy --workspace --all-targets --all-features -- -D warnings
step "clippy (wasm)" cargo clippy --target wasm32-unknown-unknown --workspace --all-features --lib --bins "${browser_test_files[@]}" -- -D warnings
step "node tests: serve-dist.mjs (malformed requests, TLS to an https Unleash) and the Trusted Types policy" node --test tests/serve-dist/ tests/trusted-types/
step "unit tests (host; the decoder properties print their case counts)" cargo test --workspace --lib --bins -- --show-output
step "browser tests (Chromium)" env CHROMEDRIVER=/usr/bin/chromedriver cargo test "${browser_tests[@]}"
step "browser tests (Firefox)" env GECKODRIVER="$(command -v geckodriver)" cargo test "${browser_tests[@]}"
step "shipping build within its size budgets" bash scripts/build-release.sh
step "npm package: packed, and a console's TypeScript and React 19 code type-check against it" bash scripts/check-package.sh
step "end-to-end (release build, Chromium then Firefox, Unleash 8.2)" cargo test --test e2e

if ((${#failed[@]})); then
    printf 'FAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "All test steps passed." >&2
