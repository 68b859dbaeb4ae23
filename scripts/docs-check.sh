#!/usr/bin/env bash
# Fails when API.md is not what jsii-docgen generates from the current TSDoc. Fix: `npm run docs`.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build --silent
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
npx --no-install jsii-docgen -o "$TMP/API.md"
if ! diff -u API.md "$TMP/API.md" > "$TMP/diff"; then
  head -n 60 "$TMP/diff"
  echo "docs:check: API.md is stale; run \`npm run docs\` and commit API.md" >&2
  exit 1
fi
echo "docs:check: API.md is current"
