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

# 1. Copy the project: tracked and untracked-but-not-ignored files as they are on disk (so the
#    script tests the working copy; no node_modules, lib, cdktf.out).
cd "$ROOT"
git ls-files -z --cached --others --exclude-standard \
  | while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done \
  | xargs -0 cp --parents -t "$WORK"

# 2. Rewrite module specifiers only — `from '…'`, `import '…'`, `require('…')`, `import('…')`,
#    `jest.mock('…')`/`requireActual('…')` — never other strings or prose.
cd "$WORK"
mapfile -d '' SOURCES < <(git -C "$ROOT" ls-files -z --cached --others --exclude-standard -- '*.ts' '*.js' '*.mjs' '*.cjs' \
  | while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done)
SPEC_CONTEXT="((from|import)[[:space:]]+|(require|require\\.resolve|import|mock|requireActual|requireMock)\\([[:space:]]*)"
sed -i -E \
  -e "s#${SPEC_CONTEXT}(['\"])@cdktf/provider-aws(['\"/])#\1\4@cdktn/provider-aws\5#g" \
  -e "s#${SPEC_CONTEXT}(['\"])cdktf(['\"/])#\1\4cdktn\5#g" \
  "${SOURCES[@]}"
if grep -nE "${SPEC_CONTEXT}(['\"])(cdktf|@cdktf/provider-aws)(['\"/])" "${SOURCES[@]}"; then
  echo "cdktn-test: imports above were not rewritten" >&2; exit 1
fi
log "rewrote imports in $(grep -lE "['\"](cdktn|@cdktn/provider-aws)['\"/]" "${SOURCES[@]}" | wc -l) files"
# Guard: under jest, any import of cdktf that slipped through fails loudly instead of quietly
# loading cdktf (which another devDependency, e.g. cdktf-cli, may still pull in).
cat > .cdktf-import-guard.js <<'JS'
throw new Error('cdktn-test: a module still imports cdktf / @cdktf/provider-aws; the rewrite missed it');
JS
cat >> jest.config.js <<'JS'

// Added by scripts/cdktn-test.sh (temporary copy only).
module.exports.moduleNameMapper = {
  ...(module.exports.moduleNameMapper || {}),
  '^cdktf(/.*)?$': '<rootDir>/.cdktf-import-guard.js',
  '^@cdktf/provider-aws(/.*)?$': '<rootDir>/.cdktf-import-guard.js',
};
JS

# 3. Swap the packages: drop cdktf and the jsii tool chain (not needed to run the suite), add cdktn.
#    The edited package.json is only for `npm install`; the original is put back afterwards, so tests
#    that read package.json (the published package's contract) see the real one.
cp package.json .package.original.json
node - "$CDKTN_VERSION" "$CDKTN_AWS_VERSION" "$CONSTRUCTS_VERSION" <<'JS'
const fs = require('fs');
const [cdktn, aws, constructs] = process.argv.slice(2);
const p = JSON.parse(fs.readFileSync('package.json', 'utf8'));
for (const section of ['dependencies', 'devDependencies', 'peerDependencies']) {
  for (const name of ['cdktf', '@cdktf/provider-aws', 'constructs', 'jsii', 'jsii-rosetta', 'jsii-docgen']) {
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
mv .package.original.json package.json
node -e 'for (const n of ["cdktn","@cdktn/provider-aws","constructs"]) console.log("[cdktn-test]   " + n + "@" + require(n + "/package.json").version)'
# 4. Same gate as `npm test`: type-check everything, then jest.
log "tsc --noEmit"
npx --no-install tsc --noEmit -p tsconfig.json
# The synthesized-JSON fixtures pin cdktf 0.21's bytes (its provider pin 6.25.0, its JSON layout):
# cdktn writes the same resources with its own provider pin and layout, so they are not compared here.
log "jest (without synthesized-fixtures: those pin cdktf's bytes)"
npx --no-install jest --testPathIgnorePatterns '/node_modules/' '/__tests__/provider/' 'synthesized-fixtures' -- "$@"
