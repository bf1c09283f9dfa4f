#!/usr/bin/env bash
# Prints a release bundle's size (wasm + JS + CSS, snippets included; not precompressed copies, not
# a nested embed/ folder), raw, gzip -9 and, where the brotli copy beside a file is there
# (scripts/precompress.mjs), brotli, from a folder. With --budget KB, fails when the gzip
# total is above KB.
# Usage: bash scripts/bundle-size.sh [DIST] [--budget KB]   (default dist/, as
#        scripts/build-release.sh leaves it; dist/embed for the embed bundle)
set -euo pipefail
dist=${1:-dist}
budget=
if [[ ${2:-} == --budget ]]; then
    budget=$3
fi
total_raw=0
total_gzip=0
total_brotli=0
while IFS= read -r file; do
    raw=$(stat -c %s "$file")
    gzipped=$(gzip -9 -c "$file" | wc -c)
    brotli=0
    [[ -f $file.br ]] && brotli=$(stat -c %s "$file.br")
    printf '%-48s %8d raw %8d gzip -9 %8d brotli\n' "${file#"$dist"/}" "$raw" "$gzipped" "$brotli"
    total_raw=$((total_raw + raw))
    total_brotli=$((total_brotli + brotli))
    total_gzip=$((total_gzip + gzipped))
done < <(find "$dist" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) -not -path "$dist/embed/*" | sort)
kb=$(awk "BEGIN { printf \"%.1f\", $total_gzip / 1024 }")
printf '%-48s %8d raw %8d gzip -9 %8d brotli (%s KB gzip -9)\n' total "$total_raw" "$total_gzip" "$total_brotli" "$kb"
if [[ -n $budget ]]; then
    if awk "BEGIN { exit !($total_gzip > $budget * 1024) }"; then
        echo "bundle-size: $dist is $kb KB gzip, over its budget of $budget KB (scripts/size-budget.env)" >&2
        exit 1
    fi
    echo "bundle-size: $dist is $kb KB gzip, within its budget of $budget KB" >&2
fi
