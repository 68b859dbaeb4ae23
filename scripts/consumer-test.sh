#!/usr/bin/env bash
# Consumer test: what a user of the published package gets, not what the repo sees.
#   npm pack  ->  fresh cdktf app in a temp dir (outside the repo)  ->  install tarball + peer deps
#   -> the README's library-usage example as main.ts, type-checked strictly against the packed .d.ts
#   -> node main.js (App.synth)  ->  assertions on cdktf.out
#   -> every bin of package.json `bin` started from the installed package (`--help` exits 0 with a
#      usage text); vpn-device-config --config with a YAML config renders device files
#   -> the pipeline-repository template (examples/pipeline-repo: package.json, cdktf.json, vpn.yaml)
#      in its own fresh folder: `npx cdktf synth` (offline flags set) and `npm run synth` (the
#      template's own offline defaults, whatever the caller's environment) each write one
#      stack per entry; a bad config fails with the app's list of problems and exit 1.
# Catches a broken `files` list, missing .d.ts/.jsii, a missing bundled dependency, a peer dependency
# the package forgot, a bin that cannot start, or a README example that no longer compiles.
# Installs from the npm cache when it can (--prefer-offline); the registry is only asked for misses.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export CHECKPOINT_DISABLE=1

WORK="$(mktemp -d "${TMPDIR:-/tmp}/vpn-consumer-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
log() { printf '[consumer-test] %s\n' "$*"; }

# 1. Pack (prepack runs `npm run build`: lib/ and .jsii are fresh).
log "npm pack"
TARBALL="$WORK/$(npm pack --silent --pack-destination "$WORK" | tail -n 1)"
CONTENTS="$(tar -tzf "$TARBALL")"
for must in package/.jsii package/lib/src/index.js package/lib/src/index.d.ts package/API.md package/LICENSE package/README.md \
  package/config.schema.json package/lib/src/device-config/cli.js package/lib/src/app/run.js package/lib/src/config/load-config.js \
  package/handoff.schema.json package/lib/src/adopt/cli.js package/lib/src/impact/cli.js \
  $(node -p 'Object.values(require("./package.json").bin).map((f) => "package/" + f).join(" ")'); do
  grep -qx "$must" <<<"$CONTENTS" || { echo "consumer-test: $must missing from the tarball" >&2; exit 1; }
done
for dep in $(node -p 'require("./package.json").bundleDependencies.join(" ")'); do
  grep -qx "package/node_modules/$dep/package.json" <<<"$CONTENTS" || { echo "consumer-test: bundled $dep missing from the tarball" >&2; exit 1; }
done
if grep -E '^package/(src/|__tests__/|examples/|main\.|lib/main\.|scripts/|tsconfig)' <<<"$CONTENTS"; then
  echo "consumer-test: the files above must not be published" >&2; exit 1
fi

# 2. A fresh app: the package plus its peer dependencies at the lowest supported versions (the
#    devDependency pins, which package.test.ts keeps equal to the lower bounds of the peer ranges).
PKG_NAME="$(node -p 'require("./package.json").name')"
# CONSUMER_PEERS=highest installs the newest versions inside the peer ranges instead.
if [ "${CONSUMER_PEERS:-lowest}" = highest ]; then
  PEERS="$(node -p 'const p=require("./package.json"); Object.entries(p.peerDependencies).map(([n,r])=>n+"@"+r).join(" ")')"
else
  PEERS="$(node -p 'const p=require("./package.json"); Object.keys(p.peerDependencies).map(n=>n+"@"+p.devDependencies[n]).join(" ")')"
fi
TS_VERSION="$(node -p 'require("typescript/package.json").version')"
APP="$WORK/app"
mkdir -p "$APP"
cd "$APP"
cat > package.json <<JSON
{ "name": "vpn-consumer-app", "version": "0.0.0", "private": true }
JSON
log "npm install $(basename "$TARBALL") $PEERS typescript@$TS_VERSION"
# shellcheck disable=SC2086
npm install --prefer-offline --no-audit --no-fund --loglevel=error "$TARBALL" $PEERS "typescript@$TS_VERSION" >/dev/null

# 3. main.ts = the README's library-usage example, verbatim (the fenced block after the marker).
node - "$ROOT/README.md" > main.ts <<'JS'
const text = require('fs').readFileSync(process.argv[2], 'utf8');
const m = /<!-- consumer-test: main\.ts -->\s*```(?:ts|typescript)\n([\s\S]*?)```/.exec(text);
if (!m) { console.error('consumer-test: README has no "<!-- consumer-test: main.ts -->" code block'); process.exit(1); }
process.stdout.write(m[1]);
JS
grep -q "from '$PKG_NAME'" main.ts || { echo "consumer-test: the README example does not import from '$PKG_NAME'" >&2; exit 1; }
# The TypeScript-only error class (not in the jsii assembly) still works from the package.
cat > errors.ts <<TS
import { App, TerraformStack } from 'cdktf';
import { RedundantVpn, VpnValidationError } from '$PKG_NAME';

const stack = new TerraformStack(new App({ outdir: 'errors.out' }), 'errors');
let caught: unknown;
try {
  new RedundantVpn(stack, 'vpn', {
    vpcId: 'vpc-0a1b2c3d4e5f60718',
    customerGateways: [{ name: 'only-one', ipAddress: '198.51.100.10', bgpAsn: 65010 }],
  });
} catch (e) {
  caught = e;
}
if (!(caught instanceof VpnValidationError) || !(caught instanceof Error)) throw new Error('expected a VpnValidationError, got ' + String(caught));
if (!caught.issues.some((issue) => issue.path === 'customerGateways')) throw new Error('no customerGateways issue: ' + caught.message);
TS
cat > tsconfig.json <<'JSON'
{
  "compilerOptions": {
    "target": "ES2022", "lib": ["ES2022"], "module": "commonjs", "moduleResolution": "node",
    "strict": true, "types": [], "skipLibCheck": false, "outDir": "."
  },
  "files": ["main.ts", "errors.ts"]
}
JSON
# skipLibCheck false: the package's own .d.ts are type-checked as a consumer's compiler sees them.
log "tsc (strict, the package's .d.ts included)"
node_modules/.bin/tsc -p tsconfig.json

# 4. Synthesize and assert.
log "node errors.js"
node errors.js
log "VpnValidationError (instanceof, .issues) works from the package"
log "node main.js"
node main.js
# Every bin runs the compiled code from the installed package (no sources, no transpiler there):
# each must start, and `--help` must exit 0 with its usage.
for bin in $(cd "$ROOT" && node -p 'Object.keys(require("./package.json").bin).join(" ")'); do
  log "$bin --help (installed bin)"
  bin_rc=0
  bin_out="$(node_modules/.bin/"$bin" --help 2>&1)" || bin_rc=$?
  [ "$bin_rc" = 0 ] || { echo "consumer-test: the installed $bin --help exited $bin_rc: $bin_out" >&2; exit 1; }
  grep -qi 'usage' <<<"$bin_out" || { echo "consumer-test: the installed $bin --help printed no usage: $bin_out" >&2; exit 1; }
done
bin_out="$(node_modules/.bin/vpn-device-config 2>&1 || true)"
grep -q -- '--outputs is required' <<<"$bin_out" || { echo "consumer-test: the installed vpn-device-config did not run: $bin_out" >&2; exit 1; }
log "vpn-adopt (installed bin; YAML through the bundled yaml)"
LIVE="$ROOT/__tests__/fixtures/adopt"
adopt_out="$(node_modules/.bin/vpn-adopt --vpn-connections "$LIVE/describe-vpn-connections.json" --customer-gateways "$LIVE/describe-customer-gateways.json" \
  --vpn-gateways "$LIVE/describe-vpn-gateways.json" --region eu-west-1 2>/dev/null || true)"
grep -q -- 'vpnConnectionId: vpn-' <<<"$adopt_out" || { echo "consumer-test: the installed vpn-adopt did not write the config: $adopt_out" >&2; exit 1; }
log "vpn-impact (installed bin, advisory on the synth output against itself)"
impact_out="$(node_modules/.bin/vpn-impact --before cdktf.out/stacks/network/cdk.tf.json --after cdktf.out/stacks/network/cdk.tf.json 2>&1)" || { echo "consumer-test: the installed vpn-impact failed: $impact_out" >&2; exit 1; }
grep -q 'Guard: OK' <<<"$impact_out" || { echo "consumer-test: the installed vpn-impact did not report: $impact_out" >&2; exit 1; }
# --config with a YAML config: the config loader, the schema library and the YAML parser all come
# from the package. The outputs are what `cdktf output` gives for the template's prod-eu-west-1
# (dynamic routing); the YAML's DH group 20 must reach swanctl.conf as ecp384.
log "vpn-device-config --config vpn.yaml (installed bin)"
cp "$ROOT/examples/pipeline-repo/vpn.yaml" vpn.yaml
node - > outputs.json <<'JS'
const tunnel = (n, outside, third) => ({ tunnel: n, outside_address: outside, inside_cidr: `169.254.${third}.0/30`,
  cgw_inside_address: `169.254.${third}.2`, vgw_inside_address: `169.254.${third}.1`, bgp_asn: '64512', bgp_holdtime: 30 });
const device = (id, ip, third) => ({ connection_id: `vpn-0${id}`, customer_gateway_id: `cgw-0${id}`, customer_gateway_ip: ip,
  customer_gateway_asn: 65010, tunnels: [tunnel(1, `192.0.2.${third}`, third), tunnel(2, `192.0.2.${third + 1}`, third + 1)] });
const handoff = { vpn_gateway_id: 'vgw-0123456789abcdef0', amazon_side_asn: 64512, routing: 'dynamic', static_routes: [],
  connections: { 'dc1-edge-a': device('aaaaaaaaaaaaaaaa', '198.51.100.10', 10), 'dc1-edge-b': device('bbbbbbbbbbbbbbbb', '198.51.100.20', 12) } };
const secrets = Object.fromEntries(Object.keys(handoff.connections).map((site, i) =>
  [site, { tunnel1_preshared_key: `Consumer_key_${i}1`, tunnel2_preshared_key: `Consumer_key_${i}2`, customer_gateway_configuration: '<xml/>' }]));
console.log(JSON.stringify({ 'prod-eu-west-1': { vpn_handoff: { value: handoff, type: 'object', sensitive: false },
  vpn_secrets: { value: secrets, type: 'object', sensitive: true } } }));
JS
node_modules/.bin/vpn-device-config --outputs outputs.json --config vpn.yaml --stack prod-eu-west-1 --advertise 10.20.0.0/16 --out-dir device-config >/dev/null
for site in dc1-edge-a dc1-edge-b; do
  for file in swanctl.conf strongswan-aws-vpn.conf frr.conf; do
    test -s "device-config/$site/$file" || { echo "consumer-test: vpn-device-config --config wrote no device-config/$site/$file" >&2; exit 1; }
  done
done
grep -q 'ecp384' device-config/dc1-edge-a/swanctl.conf || { echo "consumer-test: the YAML config's DH group 20 is not in swanctl.conf" >&2; exit 1; }
log "installed: $(node -p 'const n=["cdktf","constructs","@cdktf/provider-aws"]; n.map(x=>x+"@"+require(x+"/package.json").version).join(" ")')"
# The hand-off and secrets outputs are one Terraform expression each in cdk.tf.json; the repository's
# test reader gives them back as JSON (what Terraform evaluates them to is checked by npm run test:provider).
READER="$ROOT/__tests__/support/terraform-expression.ts"
node -r "$ROOT/node_modules/@swc-node/register" - "$READER" <<'JS'
const fs = require('fs');
const assert = require('assert');
const { readTerraformExpression } = require(process.argv[2]);
const stacks = fs.readdirSync('cdktf.out/stacks');
assert.deepStrictEqual(stacks, ['network'], `stacks: ${stacks}`);
const tf = JSON.parse(fs.readFileSync('cdktf.out/stacks/network/cdk.tf.json', 'utf8'));
const byPath = (type) => Object.fromEntries(Object.values(tf.resource[type] ?? {}).map((r) => [r['//'].metadata.path, r]));
const cgws = byPath('aws_customer_gateway');
const vpns = byPath('aws_vpn_connection');
// Construct ids are the public contract: the paths a consumer's state depends on.
assert.deepStrictEqual(Object.keys(cgws).sort(), ['network/vpn/CustomerGateway-dc1-edge-a', 'network/vpn/CustomerGateway-dc1-edge-b']);
assert.deepStrictEqual(Object.keys(vpns).sort(), ['network/vpn/VpnConnection-dc1-edge-a', 'network/vpn/VpnConnection-dc1-edge-b']);
assert.deepStrictEqual(Object.keys(byPath('aws_vpn_gateway')), ['network/vpn/VpnGateway']);
assert.deepStrictEqual(Object.keys(byPath('aws_vpn_gateway_attachment')), ['network/vpn/VpnGatewayAttachment']);
assert.strictEqual(Object.keys(byPath('aws_vpn_gateway_route_propagation')).length, 1);
for (const cgw of Object.values(cgws)) assert.strictEqual(cgw.bgp_asn, '65010');
for (const vpn of Object.values(vpns)) {
  assert.strictEqual(vpn.static_routes_only, false);
  assert.match(vpn.vpn_gateway_id, /^\$\{aws_vpn_gateway\.vpn_VpnGateway_[A-Za-z0-9]+\.id\}$/);
}
// Three outputs per RedundantVpn: the gateway id, the plain hand-off map, the sensitive secrets map.
assert.deepStrictEqual(Object.keys(tf.output).sort(), ['vpn_handoff', 'vpn_secrets', 'vpn_vpn_gateway_id']);
assert.strictEqual(tf.output.vpn_handoff.sensitive, false);
assert.strictEqual(typeof tf.output.vpn_handoff.value, 'string');
assert.deepStrictEqual(Object.keys(readTerraformExpression(tf.output.vpn_handoff.value).connections), ['dc1-edge-a', 'dc1-edge-b']);
assert.strictEqual(tf.output.vpn_secrets.sensitive, true);
assert.deepStrictEqual(Object.keys(readTerraformExpression(tf.output.vpn_secrets.value)), ['dc1-edge-a', 'dc1-edge-b']);
assert.ok(tf.terraform.required_providers.aws, 'required_providers.aws');
console.log(`[consumer-test] OK: ${Object.keys(vpns).length} VPN connections, ${Object.keys(tf.output).length} outputs`);
JS
# The bundled (non-jsii) runtime dependencies travel inside the package.
for dep in $(cd "$ROOT" && node -p 'require("./package.json").bundleDependencies.join(" ")'); do
  test -f "node_modules/$PKG_NAME/node_modules/$dep/package.json" || { echo "consumer-test: bundled dependency $dep not installed with the package" >&2; exit 1; }
done
# ---- vpn-device-config from the package (device side; owned by the device-config tools) ----------
# Every input kind (outputs file, hand-off file, AWS's configuration XML), --config with a YAML file,
# and the tunnel sheets, run by the installed bin; a key never reaches stdout or a non-secret file.
log "vpn-device-config: outputs file, hand-off file, AWS XML, --config YAML, tunnel sheets"
DC="$APP/device-config-check"
mkdir -p "$DC"
# The outputs file `cdktf output` would write after apply: the synthesized hand-off, references resolved.
node -r "$ROOT/node_modules/@swc-node/register" - "$DC/outputs.json" "$READER" <<'JS'
const fs = require('fs');
const { readTerraformExpression } = require(process.argv[3]);
const tf = JSON.parse(fs.readFileSync('cdktf.out/stacks/network/cdk.tf.json', 'utf8'));
let n = 0;
const value = (ref) => {
  n += 1;
  if (/_address\}$/.test(ref)) return `192.0.2.${n}`;
  if (/_inside_cidr\}$/.test(ref)) return `169.254.${10 + n}.0/30`;
  if (/_cgw_inside_address\}$/.test(ref)) return `169.254.${10 + n}.2`;
  if (/_vgw_inside_address\}$/.test(ref)) return `169.254.${10 + n}.1`;
  if (/_bgp_asn\}$/.test(ref)) return '64512';
  if (/_bgp_holdtime\}$/.test(ref)) return 30;
  return `id-${n}`;
};
const resolve = (v) => typeof v === 'string' && /^\$\{[^}]+\}$/.test(v) ? value(v) : Array.isArray(v) ? v.map(resolve) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)])) : v;
const handoff = resolve(readTerraformExpression(tf.output.vpn_handoff.value));
for (const c of Object.values(handoff.connections)) c.tunnels.forEach((t, i) => { t.inside_cidr = `169.254.${20 + i}.0/30`; t.cgw_inside_address = `169.254.${20 + i}.2`; t.vgw_inside_address = `169.254.${20 + i}.1`; });
const secrets = Object.fromEntries(Object.keys(handoff.connections).map((d) => [d, { tunnel1_preshared_key: 'ConsumerKey.One1', tunnel2_preshared_key: 'ConsumerKey.Two2', customer_gateway_configuration: '<xml/>' }]));
fs.writeFileSync(process.argv[2], JSON.stringify({ network: { vpn: { handoff, secrets } } }));
JS
DCBIN="node_modules/.bin/vpn-device-config"
ROUTE_ARGS=(--remote-prefix 10.0.0.0/16 --advertise 10.20.0.0/16)
"$DCBIN" --outputs "$DC/outputs.json" --out-dir "$DC/from-outputs" "${ROUTE_ARGS[@]}" >"$DC/outputs.log"
# The hand-off file, written by the installed vpn-handoff (what `npm run handoff` runs in a clone).
node_modules/.bin/vpn-handoff "$DC/outputs.json" "$DC/handoff" >/dev/null
printf '{"dc1-edge-a_tunnel1":"HandoffKey.A1","dc1-edge-a_tunnel2":"HandoffKey.A2","dc1-edge-b_tunnel1":"HandoffKey.B1","dc1-edge-b_tunnel2":"HandoffKey.B2"}' >"$DC/keys.json"
"$DCBIN" --outputs "$DC/handoff/network.json" --psk-file "$DC/keys.json" --out-dir "$DC/from-handoff" "${ROUTE_ARGS[@]}" >"$DC/handoff.log"
cat >"$DC/config.yaml" <<'YAML'
stacks:
  - name: branch
    region: eu-west-1
    vpn:
      vpcId: vpc-0a1b2c3d4e5f60718
      tunnelOptions: { ikeVersions: [ikev2], phase1DhGroupNumbers: [14] }
      customerGateways:
        - { name: branch-a, ipAddress: 198.51.100.77, bgpAsn: 65301, tunnel1: { insideCidr: 169.254.15.192/30, phase1DhGroupNumbers: [20] } }
        - { name: branch-b, ipAddress: 198.51.100.78, bgpAsn: 65302 }
YAML
"$DCBIN" --outputs "$ROOT/__tests__/fixtures/aws/customer-gateway-configuration.xml" --config "$DC/config.yaml" --out-dir "$DC/from-xml" "${ROUTE_ARGS[@]}" >"$DC/xml.log"
"$DCBIN" --outputs "$DC/outputs.json" --sheets-only --out-dir "$DC/sheets" >"$DC/sheets.log"
node - "$DC" <<'JS'
const fs = require('fs');
const assert = require('assert');
const path = require('path');
const dc = process.argv[2];
const read = (...p) => fs.readFileSync(path.join(dc, ...p), 'utf8');
for (const from of ['from-outputs', 'from-handoff']) {
  for (const device of ['dc1-edge-a', 'dc1-edge-b']) {
    const files = fs.readdirSync(path.join(dc, from, device)).sort();
    assert.deepStrictEqual(files.filter((f) => f.startsWith('swanctl') || f.startsWith('tunnel-')), ['swanctl.conf', 'tunnel-interfaces.sh', 'tunnel-sheet.csv', 'tunnel-sheet.md'], `${from}/${device}: ${files}`);
    assert.strictEqual(fs.statSync(path.join(dc, from, device, 'swanctl.conf')).mode & 0o777, 0o600);
    assert.match(read(from, device, 'swanctl.conf'), /if_id_in = 100/); // route-based (XFRM) by default
  }
}
assert.match(read('from-outputs', 'dc1-edge-a', 'swanctl.conf'), /secret = "ConsumerKey\.One1"/);
assert.match(read('from-handoff', 'dc1-edge-b', 'swanctl.conf'), /secret = "HandoffKey\.B2"/);
// --config (YAML) matched the XML's device by address and honoured its tunnel 1 override.
const xml = read('from-xml', 'branch-a', 'swanctl.conf');
assert.match(xml, /remote_addrs = 203\.0\.113\.152\n\s+proposals = [^\n]*ecp384/);
assert.match(xml, /secret = "EXAMPLEkeyTunnelA\.000000000000001"/);
assert.deepStrictEqual(fs.readdirSync(path.join(dc, 'sheets', 'dc1-edge-a')).sort(), ['tunnel-sheet.csv', 'tunnel-sheet.md']);
assert.match(read('sheets', 'dc1-edge-a', 'tunnel-sheet.md'), /\| Setting \| Tunnel 1 \| Tunnel 2 \|/);
assert.match(read('sheets', 'dc1-edge-a', 'tunnel-sheet.csv'), /^setting,tunnel1,tunnel2\r\n/);
const logs = ['outputs.log', 'handoff.log', 'xml.log', 'sheets.log'].map((f) => read(f)).join('');
for (const key of ['ConsumerKey', 'HandoffKey', 'EXAMPLEkey']) assert.ok(!logs.includes(key), `a key reached stdout (${key})`);
for (const f of ['handoff/network.json', 'sheets/dc1-edge-a/tunnel-sheet.md', 'from-outputs/dc1-edge-a/tunnel-sheet.csv']) assert.ok(!/ConsumerKey|HandoffKey/.test(read(f)), `a key in ${f}`);
console.log('[consumer-test] vpn-device-config OK: outputs file, hand-off file, AWS XML + YAML config, tunnel sheets');
JS
# ---- end of the vpn-device-config block ------------------------------------------------------------

# 5. The pipeline-repository template, as a platform team would start it: the template's files only,
#    this package from the tarball, the rest from its package.json (npm cache first).
PIPE="$WORK/pipeline-repo"
mkdir -p "$PIPE"
cp -r "$ROOT/examples/pipeline-repo/." "$PIPE/"
cd "$PIPE"
log "pipeline repo: npm install $(basename "$TARBALL") + the template's package.json"
npm install --prefer-offline --no-audit --no-fund --loglevel=error "$TARBALL" >/dev/null
log "pipeline repo: npx cdktf synth (offline flags set by the caller)"
CI=true CHECKPOINT_DISABLE=1 AWS_EC2_METADATA_DISABLED=true TF_CLI_CONFIG_FILE="$PWD/terraform.rc" npx --no-install cdktf synth > npx-synth.log 2>&1 || {
  cat npx-synth.log >&2; echo "consumer-test: npx cdktf synth failed in the pipeline repo" >&2; exit 1; }
[ "$(ls cdktf.out/stacks | wc -l)" = 6 ] || { ls cdktf.out/stacks >&2; echo "consumer-test: npx cdktf synth did not write 6 stacks" >&2; exit 1; }
rm -rf cdktf.out
# The template's commands must not need the caller's environment: a CLI config variable naming a
# missing file (Terraform would warn once per terraform run) and no CHECKPOINT_DISABLE.
export TF_CLI_CONFIG_FILE="$WORK/no-such-dir/.terraformrc"
unset CHECKPOINT_DISABLE
log "pipeline repo: npm run synth (cdktf synth, app: $(node -p 'require("./cdktf.json").app'))"
synth_rc=0
CI=true npm run --silent synth > synth.log 2>&1 || synth_rc=$?
[ "$synth_rc" = 0 ] || { cat synth.log >&2; echo "consumer-test: the pipeline repo's synth exited $synth_rc" >&2; exit 1; }
if grep -E 'Unable to open CLI configuration file|checkpoint' synth.log; then
  echo "consumer-test: the pipeline repo's synth printed the lines above (CLI config warning or a checkpoint call)" >&2; exit 1
fi
node - <<'JS'
const fs = require('fs');
const assert = require('assert');
const stacks = fs.readdirSync('cdktf.out/stacks').sort();
const expected = ['prod-eu-west-1', 'prod-us-east-1', 'shared-eu-west-1', 'shared-us-east-1', 'staging-eu-west-1', 'staging-us-east-1'];
assert.deepStrictEqual(stacks, expected);
const accounts = { prod: '111111111111', staging: '333333333333', shared: '222222222222' };
for (const name of stacks) {
  const tf = JSON.parse(fs.readFileSync(`cdktf.out/stacks/${name}/cdk.tf.json`, 'utf8'));
  const [env, ...region] = name.split('-');
  const provider = tf.provider.aws[0];
  assert.strictEqual(provider.region, region.join('-'), name);
  assert.deepStrictEqual(provider.allowed_account_ids, [accounts[env]], name);
  assert.deepStrictEqual(provider.assume_role, [{ role_arn: `arn:aws:iam::${accounts[env]}:role/vpn-deployer`, session_name: `vpn-${name}`, external_id: 'acme-vpn-pipeline' }], name);
  assert.deepStrictEqual(provider.default_tags[0].tags, { Project: 'site-to-site-vpn', ManagedBy: 'cdktf', Environment: env }, name);
  assert.strictEqual(tf.terraform.backend.s3.key, `site-to-site-vpn/${name}.tfstate`, name);
  const connections = Object.values(tf.resource.aws_vpn_connection);
  assert.strictEqual(connections.length, 2, name);
  // defaults.vpn.tunnelOptions reached every stack
  for (const c of connections) assert.deepStrictEqual(c.tunnel1_phase1_dh_group_numbers, [20], name);
}
console.log(`[consumer-test] pipeline repo OK: ${stacks.length} stacks`);
JS
log "pipeline repo: a bad vpn.yaml fails the synth with the app's list of problems"
sed -i 's/routing: static/routing: bgp/' vpn.yaml
synth_rc=0
CI=true npm run --silent synth > bad.log 2>&1 || synth_rc=$?
[ "$synth_rc" = 1 ] || { cat bad.log >&2; echo "consumer-test: a bad config exited $synth_rc (expected 1)" >&2; exit 1; }
grep -q 'Config file vpn.yaml: 1 problem' bad.log && grep -q 'stacks\[4\].vpn.routing: "bgp" — not an allowed value' bad.log || {
  cat bad.log >&2; echo "consumer-test: the bad config's problem list is missing from the synth output" >&2; exit 1; }
log "passed"
