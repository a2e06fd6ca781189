#!/usr/bin/env bash
# Copies the NL Design System CSS (EUPL-1.2) from the npm registry into the given folder.
# Usage: frontend/copy-css.sh TARGET_DIR   (relative paths are taken from the caller's directory)
# Called by Maven in generate-resources; runs `npm ci` only when node_modules is missing or stale.
# Result in TARGET_DIR: utrecht.css, voorbeeld-theme.css, LICENSE-utrecht.md, LICENSE-voorbeeld.md
set -euo pipefail
doel=${1:?usage: copy-css.sh TARGET_DIR}
mkdir -p "$doel"
doel=$(cd "$doel" && pwd)
hier=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$hier"

utrecht=node_modules/@utrecht/component-library-css
voorbeeld=node_modules/@nl-design-system-unstable/voorbeeld-design-tokens
stempel=node_modules/.onderdak-npm-ci
if [[ ! -f $stempel || package-lock.json -nt $stempel \
      || ! -f $utrecht/dist/index.css || ! -f $voorbeeld/dist/theme.css ]]; then
  command -v npm >/dev/null || { echo "copy-css.sh: npm not found (apt-get install npm)" >&2; exit 1; }
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stempel"
fi

cp "$utrecht/dist/index.css" "$doel/utrecht.css"
cp "$voorbeeld/dist/theme.css" "$doel/voorbeeld-theme.css"
cp "$utrecht/LICENSE.md" "$doel/LICENSE-utrecht.md"
cp "$voorbeeld/LICENSE.md" "$doel/LICENSE-voorbeeld.md"
