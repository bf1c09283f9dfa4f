#!/usr/bin/env bash
# Trunk's post_build hook: Trunk runs the hooks of one stage at the same time, and both of these
# rewrite the glue and index.html, so they run here one after the other, in $TRUNK_STAGING_DIR.
#   1. drop-stream-classes.mjs: the glue without the stream classes nobody calls (release builds);
#   2. trusted-types.mjs: the glue's one innerHTML through the page's Trusted Types policy.
set -euo pipefail

SCRIPTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
node "$SCRIPTS_DIR/drop-stream-classes.mjs"
node "$SCRIPTS_DIR/trusted-types.mjs"
node "$SCRIPTS_DIR/lang-files.mjs"
