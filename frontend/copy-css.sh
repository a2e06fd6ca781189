#!/usr/bin/env bash
# Copies the NL Design System CSS (EUPL-1.2) from the npm registry into the given folder.
# Called by Maven in generate-resources; runs `npm ci` only when node_modules is missing or stale.
set -euo pipefail
doel=${1:?usage: copy-css.sh TARGET_DIR}
hier=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$hier"
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  npm ci --no-audit --no-fund --silent
  touch node_modules
fi
mkdir -p "$doel"
cp node_modules/@utrecht/component-library-css/dist/index.css "$doel/utrecht.css"
cp node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css "$doel/voorbeeld-theme.css"
cp node_modules/@utrecht/component-library-css/LICENSE.md "$doel/LICENSE-utrecht.md"
cp node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/LICENSE.md "$doel/LICENSE-voorbeeld.md"
