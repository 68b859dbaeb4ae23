#!/usr/bin/env bash
# Runs the whole jest suite against CDK Terrain (cdktn), the community continuation of cdktf:
# a temporary copy of the project with its imports rewritten (cdktf -> cdktn,
# @cdktf/provider-aws -> @cdktn/provider-aws) and the cdktn packages installed instead.
# The repo itself is never modified. Extra arguments go to jest (e.g. `npm run test:cdktn -- -t tunnel`).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CDKTN_VERSION="${CDKTN_VERSION:-0.24.0}"
CDKTN_AWS_VERSION="${CDKTN_AWS_VERSION:-25.7.0}"
# cdktn 0.24 and @cdktn/provider-aws 25 both require constructs >=10.6.0 <10.8.0.
CONSTRUCTS_VERSION="${CONSTRUCTS_VERSION:-10.7.2}"
export CHECKPOINT_DISABLE=1

WORK="$(mktemp -d "${TMPDIR:-/tmp}/vpn-cdktn-XXXXXX")"
if [ -z "${KEEP_CDKTN_DIR:-}" ]; then trap 'rm -rf "$WORK"' EXIT; else echo "[cdktn-test] keeping $WORK"; fi
log() { printf '[cdktn-test] %s\n' "$*"; }

# 1. Copy what the suite needs (tracked files only: no node_modules, lib, cdktf.out).
cd "$ROOT"
git ls-files -z -- src __tests__ main.ts tsconfig.json jest.config.js cdktf.json package.json package-lock.json \
  | xargs -0 cp --parents -t "$WORK"
# Files not committed yet (a working copy under edit) are copied too, so the script tests what you see.
git ls-files -z --others --exclude-standard -- src __tests__ | xargs -0 -r cp --parents -t "$WORK"

# 2. Rewrite module specifiers only (quoted 'cdktf' / 'cdktf/...' / '@cdktf/provider-aws...'), never prose.
cd "$WORK"
find src __tests__ main.ts -type f \( -name '*.ts' -o -name '*.js' \) -print0 | xargs -0 sed -i -E \
  -e "s#(['\"])@cdktf/provider-aws(['\"/])#\1@cdktn/provider-aws\2#g" \
  -e "s#(['\"])cdktf(['\"/])#\1cdktn\2#g"
if grep -rnE "(['\"])(cdktf|@cdktf/provider-aws)(['\"/])" src __tests__ main.ts; then
  echo "cdktn-test: imports above were not rewritten" >&2; exit 1
fi
log "rewrote imports in $(grep -rlE "['\"](cdktn|@cdktn/provider-aws)['\"/]" src __tests__ main.ts | wc -l) files"

# 3. Swap the packages: drop cdktf and the jsii tool chain (not needed to run the suite), add cdktn.
node - "$CDKTN_VERSION" "$CDKTN_AWS_VERSION" "$CONSTRUCTS_VERSION" <<'JS'
const fs = require('fs');
const [cdktn, aws, constructs] = process.argv.slice(2);
const p = JSON.parse(fs.readFileSync('package.json', 'utf8'));
for (const section of ['dependencies', 'devDependencies', 'peerDependencies']) {
  for (const name of ['cdktf', '@cdktf/provider-aws', 'constructs', 'jsii', 'jsii-rosetta', 'jsii-docgen', 'cdktf-cli']) {
    if (p[section]) delete p[section][name];
  }
}
delete p.peerDependencies;
Object.assign(p.devDependencies, { cdktn, '@cdktn/provider-aws': aws, constructs });
p.name = `${p.name}-cdktn-test`;
fs.writeFileSync('package.json', JSON.stringify(p, null, 2) + '\n');
JS
log "npm install cdktn@$CDKTN_VERSION @cdktn/provider-aws@$CDKTN_AWS_VERSION constructs@$CONSTRUCTS_VERSION"
npm install --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null
node -e 'for (const n of ["cdktn","@cdktn/provider-aws","constructs"]) console.log("[cdktn-test]   " + n + "@" + require(n + "/package.json").version)'
# cdktf must be absent: a specifier the rewrite missed then fails loudly instead of silently using cdktf.
if [ -e node_modules/cdktf ] || [ -e node_modules/@cdktf/provider-aws ]; then
  echo "cdktn-test: cdktf is still installed in the copy" >&2; exit 1
fi

# 4. Same gate as `npm test`: type-check everything, then jest.
log "tsc --noEmit"
npx --no-install tsc --noEmit -p tsconfig.json
log "jest"
npx --no-install jest "$@"
