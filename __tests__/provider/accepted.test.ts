/**
 * What we synthesize, the provider accepts: the default app, every file in examples/, and 300+
 * generated valid props pass `terraform validate` with zero errors and zero warnings. All of it in
 * ONE configuration (the stacks renamed apart), so the provider starts once.
 */
import fc from 'fast-check';
import { App, Testing } from 'cdktf';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { RedundantVpn } from '../../src';
import { TUNNEL_OPTION_NAMES } from '../../src/model/tunnel-option-fields';
import { buildApp } from '../../src/app/run';
import { validVpn } from './support/arbitraries';
import { Json } from './support/batch';
import { diagnosticText, validateStacks } from './support/check';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => /\.(json|ya?ml)$/.test(f));
/** How many generated props the provider judges (at least 300 are promised). */
const GENERATED = 320;
const SEED = 20261201;

/** Every stack the app synthesizes for one config (default when `config` is undefined), by stack name. */
function appStacks(config?: string): Map<string, Json> {
  const outdir = mkdtempSync(join(tmpdir(), 'vpn-provider-app-'));
  try {
    buildApp(config ? { VPN_CONFIG: join(ROOT, 'examples', config) } : {}, () => new App({ outdir })).synth();
    const stacks = readdirSync(join(outdir, 'stacks'));
    return new Map(stacks.map((s) => [s, JSON.parse(readFileSync(join(outdir, 'stacks', s, 'cdk.tf.json'), 'utf8'))]));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function synthProps(props: unknown): Json {
  return JSON.parse(Testing.synthScope((scope) => void new RedundantVpn(scope, 'vpn', props as never)));
}

/** The option fields set anywhere (profile, connection, tunnel) in a generated props object. */
function optionFieldsSet(props: Json): Set<string> {
  const layers = [props.tunnelOptions, ...props.customerGateways.flatMap((g: Json) => [g.tunnelOptions, g.tunnel1, g.tunnel2])];
  const seen = new Set<string>();
  for (const layer of layers.filter(Boolean)) {
    for (const [k, v] of Object.entries<unknown>(layer)) {
      if (k === 'logOptions') for (const lk of Object.keys(v as Json)) seen.add(`logOptions.${lk}`);
      else seen.add(k);
    }
  }
  return seen;
}

test('the default app, every example and generated valid props: zero errors, zero warnings from the provider', () => {
  const stacks: { key: string; json: Json }[] = [];
  for (const [name, json] of appStacks()) stacks.push({ key: `default/${name}`, json });
  for (const example of EXAMPLES) for (const [name, json] of appStacks(example)) stacks.push({ key: `examples/${example}/${name}`, json });
  const appCount = stacks.length;

  // Generated props, fixed seed. The generator's layers can combine into a rejected set (e.g. an
  // IKEv1-only profile under a GCM-only tunnel): those are skipped and counted, never judged.
  const samples = fc.sample(validVpn, { numRuns: GENERATED * 2, seed: SEED });
  const cover = { static: 0, dynamic: 0, created: 0, importedAttached: 0, importedDetached: 0, devices: new Map<number, number>(), skipped: 0 };
  const fields = new Set<string>();
  let generated = 0;
  for (const props of samples) {
    if (generated === GENERATED) break;
    if (RedundantVpn.validate(props).errors.length > 0) {
      cover.skipped++;
      continue;
    }
    const p = props as unknown as Json;
    cover[p.routing === 'static' ? 'static' : 'dynamic']++;
    if (p.vpnGatewayId === undefined) cover.created++;
    else if (p.vpnGatewayAttached) cover.importedAttached++;
    else cover.importedDetached++;
    cover.devices.set(p.customerGateways.length, (cover.devices.get(p.customerGateways.length) ?? 0) + 1);
    for (const f of optionFieldsSet(p)) fields.add(f);
    for (const k of ['monitoring', 'logging', 'presharedKeyStorage', 'preventDestroy', 'amazonSideAsn']) if (p[k] !== undefined) fields.add(k);
    if (p.customerGateways.some((g: Json) => g.deviceName !== undefined)) fields.add('deviceName');
    stacks.push({ key: `generated/${generated}`, json: synthProps(props) });
    generated++;
  }
  console.log(
    `[provider check] inputs: ${appCount} app stacks (default + ${EXAMPLES.length} example files), ${generated} generated props (seed ${SEED}; ` +
      `${cover.static} static / ${cover.dynamic} dynamic; ${cover.created} created, ${cover.importedAttached} imported attached, ${cover.importedDetached} imported detached gateways; ` +
      `devices ${[...cover.devices.entries()].sort().map(([n, c]) => `${n}:${c}`).join(' ')}; ${cover.skipped} generated sets skipped as invalid)`,
  );

  // The generated set covers what is promised: both routings, every gateway kind, 2–5 devices.
  expect(generated).toBe(GENERATED);
  expect(cover.skipped).toBeLessThan(GENERATED / 4);
  expect(Math.min(cover.static, cover.dynamic, cover.created, cover.importedAttached, cover.importedDetached)).toBeGreaterThan(10);
  expect([...cover.devices.keys()].sort()).toEqual([2, 3, 4, 5]);
  // Every option field is set somewhere (insideIpv6Cidr is transit-gateway only: rejected, rightly).
  const expected = [...TUNNEL_OPTION_NAMES.filter((f) => f !== 'insideIpv6Cidr' && f !== 'logOptions'), 'logOptions.logEnabled', 'logOptions.logGroupArn', 'logOptions.logOutputFormat', 'logOptions.bgpLogEnabled', 'logOptions.bgpLogGroupArn', 'logOptions.bgpLogOutputFormat'];
  expect(expected.filter((f) => !fields.has(f))).toEqual([]);
  // And the VPN-level and device options the generator varies.
  expect(['monitoring', 'logging', 'presharedKeyStorage', 'preventDestroy', 'amazonSideAsn', 'deviceName'].filter((f) => !fields.has(f))).toEqual([]);

  const verdict = validateStacks('accepted', stacks);
  const problems = verdict.result.diagnostics.map(diagnosticText);
  expect(problems).toEqual([]);
  expect(verdict.result.error_count).toBe(0);
  expect(verdict.result.warning_count).toBe(0);
  expect(verdict.result.valid).toBe(true);
  // The check ran on the whole batch: every stack's connections reached the provider.
  expect(verdict.resources).toBeGreaterThan(stacks.length * 5);
});
