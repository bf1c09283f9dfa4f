#!/usr/bin/env bash
# The side-by-side benchmark: our page against Unleash's own /admin/invite-link page, a hand-written
# vanilla page with the same create dialog (scripts/benchmark/vanilla.html) and a static floor, in headless
# Chromium, on a real Unleash 8.2 with a fresh database (its own, on the BENCH_ ports of
# scripts/settings.env, stopped afterwards). Builds what ships (scripts/build-release.sh) and serves
# it as production would (scripts/serve-dist.mjs: precompressed, hashed files cached for a year).
# Prints medians and ratios; writes every sample to target/benchmark/results-<time>.json.
#
# Usage: bash scripts/benchmark.sh [RUNS]   (default 7 cold and 7 warm loads of each page)
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"
source scripts/settings.sh
PUPPETEER_VERSION=25.16.0
bash scripts/setup.sh build
source scripts/setup.sh
apt_install chromium
export BENCH_MODULES=$TOOLS_DIR/bench/node_modules
if ! grep -qs "\"version\": \"$PUPPETEER_VERSION\"" "$BENCH_MODULES/puppeteer-core/package.json"; then
    echo "benchmark: installing puppeteer-core $PUPPETEER_VERSION from npm" >&2
    npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR/bench" "puppeteer-core@$PUPPETEER_VERSION"
fi

bash scripts/build-release.sh || [[ -f dist/index.html ]] ||
    { echo "benchmark: the build failed" >&2; exit 1; }

export STATE_DIR=/tmp/unleash-invite-links-benchmark-$(echo "$REPO_DIR" | md5sum | cut -c1-8)
export UNLEASH_PORT=$BENCH_UNLEASH_PORT PG_PORT=$BENCH_PG_PORT
server_pid=
stop_all() {
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null || true
    bash scripts/services.sh stop || true
}
trap stop_all EXIT
bash scripts/services.sh start --fresh
while IFS='=' read -r key value; do export "$key=$value"; done < <(bash scripts/services.sh credentials)
VANILLA_PAGE=scripts/benchmark/vanilla.html node scripts/serve-dist.mjs dist "$BENCH_APP_PORT" "http://127.0.0.1:$UNLEASH_PORT" &
server_pid=$!
sleep 0.5

OURS_URL=http://127.0.0.1:$BENCH_APP_PORT UNLEASH_URL=http://127.0.0.1:$UNLEASH_PORT RUNS=${1:-7} \
    OUT=$REPO_DIR/target/benchmark/results-$(date -u +%Y%m%dT%H%M%SZ).json \
    node scripts/benchmark/measure.mjs
