#!/usr/bin/env bash
# Runs every end-to-end scenario on its own (a fresh Unleash and browser for each), to check that
# none needs another's sign-in or links. Prints "ok NAME SECONDS" or "FAIL NAME (log)" per scenario.
#
# Usage: bash scripts/e2e-each-alone.sh [chromium|firefox]   (default chromium; about 10 minutes)
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"
browser=${1:-chromium}
logs=$(mktemp -d)
failed=0
for name in $(sed -n 's/^ *[a-z_]*::\([a-z_]*\),$/\1/p' tests/e2e/main.rs); do
    started=$SECONDS
    if E2E_BROWSER=$browser cargo test -q --test e2e -- "$name" >"$logs/$name.log" 2>&1; then
        echo "ok   $name $((SECONDS - started))s"
    else
        echo "FAIL $name ($logs/$name.log)"
        failed=$((failed + 1))
    fi
done
echo "$failed failed alone in $browser"
((failed == 0))
