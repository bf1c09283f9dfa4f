#!/usr/bin/env bash
# Prints a release bundle's size (wasm + JS + CSS, snippets included), raw and gzip -9, from a folder.
# Usage: bash scripts/bundle-size.sh [DIST]   (default dist/, as `trunk build --release` leaves it;
#        target/embed after `bash scripts/build-embed.sh --release` for the embed bundle)
set -euo pipefail
dist=${1:-dist}
total_raw=0
total_gzip=0
while IFS= read -r file; do
    raw=$(stat -c %s "$file")
    gzipped=$(gzip -9 -c "$file" | wc -c)
    printf '%-48s %8d raw %8d gzip -9\n' "${file#"$dist"/}" "$raw" "$gzipped"
    total_raw=$((total_raw + raw))
    total_gzip=$((total_gzip + gzipped))
done < <(find "$dist" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) | sort)
printf '%-48s %8d raw %8d gzip -9 (%s KB)\n' total "$total_raw" "$total_gzip" "$(awk "BEGIN { printf \"%.1f\", $total_gzip / 1024 }")"
