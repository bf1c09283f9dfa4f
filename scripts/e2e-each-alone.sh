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
names=$(sed -n 's/^ *[a-z_]*::\([a-z_]*\),$/\1/p' tests/e2e/main.rs)
# Every line of the suite's scenarios!(…) list that names a scenario, however it is written: a
# scenario the pattern above misses would otherwise never run alone.
listed=$(sed -n '/scenarios!($/,/^    );$/p' tests/e2e/main.rs | grep -c '::')
if (($(wc -w <<<"$names") != listed)); then
    echo "FAIL found $(wc -w <<<"$names") scenario names, but the suite lists $listed" >&2
    exit 1
fi
for name in $names; do
    started=$SECONDS
    if E2E_BROWSER=$browser cargo test --test e2e -- "$name" >"$logs/$name.log" 2>&1 &&
        grep -q ": 1 passed, 0 failed$" "$logs/$name.log"; then
        echo "ok   $name $((SECONDS - started))s"
    else
        echo "FAIL $name ($logs/$name.log)"
        failed=$((failed + 1))
    fi
done
echo "$failed failed alone in $browser"
((failed == 0))
