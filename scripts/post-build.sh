#!/usr/bin/env bash
# Trunk's post_build hook: Trunk runs the hooks of one stage at the same time, and both of these
# rewrite the staged files, so they run here one after the other, in $TRUNK_STAGING_DIR.
#   1. short-import-names.mjs: the wasm's imports from the glue under short names (release builds);
#   2. trusted-types.mjs: the glue's one innerHTML through the page's Trusted Types policy;
#   3. lang-files.mjs: the catalogue files beside the page, and the first paint's English words.
set -euo pipefail

SCRIPTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
node "$SCRIPTS_DIR/short-import-names.mjs"
node "$SCRIPTS_DIR/trusted-types.mjs"
node "$SCRIPTS_DIR/lang-files.mjs"
