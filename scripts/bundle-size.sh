#!/usr/bin/env bash
# Prints the release bundle's size (wasm + JS + CSS), raw and gzip -9, from a dist/ folder.
# Usage: bash scripts/bundle-size.sh [DIST]   (default dist/, as `trunk build --release` leaves it)
set -euo pipefail
dist=${1:-dist}
total_raw=0
total_gzip=0
for file in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
    raw=$(stat -c %s "$file")
    gzipped=$(gzip -9 -c "$file" | wc -c)
    printf '%-48s %8d raw %8d gzip -9\n' "$(basename "$file")" "$raw" "$gzipped"
    total_raw=$((total_raw + raw))
    total_gzip=$((total_gzip + gzipped))
done
printf '%-48s %8d raw %8d gzip -9 (%s KB)\n' total "$total_raw" "$total_gzip" "$(awk "BEGIN { printf \"%.1f\", $total_gzip / 1024 }")"
