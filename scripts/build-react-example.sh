#!/usr/bin/env bash
# Builds the React 19 example console (examples/react) the way a console built with npm would use the
# element: packs the npm package around an embed bundle, installs the tarball, and builds with Vite
# into target/react-example/react, which the examples server serves at /react/.
#
# Usage: bash scripts/build-react-example.sh [EMBED_DIR]   (default target/embed, from build-embed.sh)
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tarball=$(bash "$REPO_DIR/scripts/build-package.sh" "${1:-$REPO_DIR/target/embed}")
cd "$REPO_DIR/examples/react"
npm ci --no-audit --no-fund --silent
npm install --no-save --no-audit --no-fund --silent "$tarball"
npx --no-install vite build --logLevel error
echo "React example console: $REPO_DIR/target/react-example/react (from $(basename "$tarball"))" >&2
