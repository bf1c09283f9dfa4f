#!/usr/bin/env bash
# Runs every test and exits non-zero if any fails:
#   1. formatting and clippy;
#   2. the node tests of the shipped scripts (serve-dist.mjs, the Trusted Types policy), then host unit
#      tests (model, error decoding, expiry rules);
#   3. browser tests of the components in headless Chromium, then in headless Firefox, then once more
#      in Chromium in a time zone far from UTC;
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
setup_started=$SECONDS
bash scripts/setup.sh test
source scripts/setup.sh
bash scripts/services.sh install
setup_seconds=$((SECONDS - setup_started))

failed=()
timings=()
step() { # step NAME COMMAND...: runs one step and times it, remembering a failure and going on
    local name=$1 started=$SECONDS
    echo "=== $name" >&2
    shift
    "$@" || failed+=("$name")
    timings+=("$(printf '%5ds  %s' $((SECONDS - started)) "$name")")
}

# Two browser test binaries: the components, and the work that outlives its view (which counts
# timers and listeners on a page of its own). One build serves both browsers.
browser_tests=(--target wasm32-unknown-unknown --features embed --no-fail-fast --test browser --test outliving_views)

steps_started=$SECONDS
step "format" cargo fmt --all -- --check
step "clippy" cargo clippy --workspace --all-targets --all-features -- -D warnings
step "clippy (wasm)" cargo clippy --target wasm32-unknown-unknown --workspace --all-features --lib --bins --test browser --test outliving_views -- -D warnings
step "node tests: serve-dist.mjs (malformed requests, TLS to an https Unleash), the Trusted Types policy, the short import names, the package's manifest, the catalogue files" node --test tests/serve-dist/ tests/trusted-types/ tests/short-import-names/ tests/manifest/ tests/lang-files/
step "unit tests (host; the decoder properties print their case counts)" cargo test --lib -- --show-output
step "browser tests (build)" cargo test "${browser_tests[@]}" --no-run
# The test runner waits for its page to load with no time limit: a page that never loads fails the
# step after 15 minutes instead of holding the run.
step "browser tests (Chromium)" env -u GECKODRIVER CHROMEDRIVER=/usr/bin/chromedriver timeout 900 cargo test "${browser_tests[@]}"
step "browser tests (Firefox)" env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" timeout 900 cargo test "${browser_tests[@]}"
# This machine runs in UTC, where a local time read as UTC (or the other way) goes unseen: the
# components once more in Chromium at UTC+14.
step "browser tests (Chromium, time zone Pacific/Kiritimati, UTC+14)" env -u GECKODRIVER TZ=Pacific/Kiritimati CHROMEDRIVER=/usr/bin/chromedriver timeout 900 cargo test --target wasm32-unknown-unknown --features embed --test browser
step "shipping build within its size budgets" bash scripts/build-release.sh
step "npm package: packed, and a console's TypeScript and React 19 code type-check against it" bash scripts/check-package.sh
step "end-to-end (release build, Chromium then Firefox, Unleash 8.2)" cargo test --test e2e

{
    echo "Time per step:"
    printf '%5ds  %s\n' "$setup_seconds" "setup (installs, not a test step)"
    printf '%s\n' "${timings[@]}"
    printf '%5ds  %s\n' $((SECONDS - steps_started)) "all test steps"
} >&2
if ((${#failed[@]})); then
    printf 'FAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "All test steps passed." >&2
