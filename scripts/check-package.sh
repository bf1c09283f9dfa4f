#!/usr/bin/env bash
# Packs the npm package (scripts/build-package.sh), installs the tarball into a copy of
# tests/package (a console's TypeScript and React 19 code, with pinned typescript and @types/react),
# and type-checks it with tsc; checks that the tarball ships the custom elements manifest and that
# the manifest agrees with the types and the element (scripts/check-manifest.mjs). Prints the
# tarball's size.
#
# Usage: bash scripts/check-package.sh [EMBED_DIR]   (default dist/embed)
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tarball=$(bash "$REPO_DIR/scripts/build-package.sh" "$@")
node "$REPO_DIR/scripts/check-manifest.mjs" "$REPO_DIR"
# The listing is read whole first: `tar | grep -q` under pipefail fails when grep stops early.
packed=$(tar -tzf "$tarball")
grep -qx 'package/custom-elements.json' <<<"$packed" ||
    { echo "$tarball: no custom-elements.json in the package" >&2; exit 1; }
for catalogue in $(cd "$REPO_DIR" && node --input-type=module -e 'import { catalogueFiles } from "./scripts/lang-files.mjs"; for (const [, name] of catalogueFiles()) console.log(name)'); do
    grep -qx "package/lang/$catalogue" <<<"$packed" ||
        { echo "$tarball: no lang/$catalogue in the package (the element could not speak its language)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$REPO_DIR"/tests/package/{package.json,package-lock.json,tsconfig.json,consumer.ts,react-consumer.tsx} "$work/"
cd "$work"
npm ci --no-audit --no-fund --silent
npm install --no-save --no-audit --no-fund --silent "$tarball"
npx --no-install tsc -p tsconfig.json
echo "package $(basename "$tarball"): $(stat -c %s "$tarball") bytes packed; the consumer type-checks" >&2
