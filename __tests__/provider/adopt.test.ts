/**
 * Adopting live VPNs, proven with the real provider: moto on loopback holds a "live" redundant VPN
 * (support/moto_live_vpn.py: moto creates the resources; the tunnel options, connection routes,
 * customer gateway device name and route propagation moto does not model are seeded on its backend
 * as a test fixture). `vpn-adopt` turns the describe outputs into a config; the app synthesizes it;
 * `terraform plan` against moto must import every gateway and connection with NO change — zero
 * updates, zero replacements — and create only new, non-tunnel resources.
 *
 * The negative controls make the same plan with one live value not reproduced and check that the
 * verdict function flags it, so the check cannot pass by reading nothing.
 */
import { ChildProcess, spawn } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App } from 'cdktf';
import { parse, stringify } from 'yaml';
import { run as vpnAdopt } from '../../src/adopt/cli';
import { buildApp } from '../../src/app/run';
import { offlineProviderOverride, TerraformDir } from './support/terraform';

type Json = Record<string, any>;

interface Live {
  readonly endpoint: string;
  readonly region: string;
  readonly ids: { vpnGateway: string; customerGateways: string[]; vpnConnections: string[]; routeTable: string; topicArn: string; logGroupName: string };
}

/** Starts the moto fixture; resolves with its endpoint and the seeded ids once it is ready. */
function startMoto(dumpDir: string, flags: string[]): Promise<{ process: ChildProcess; live: Live }> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [join(__dirname, 'support', 'moto_live_vpn.py'), dumpDir, ...flags], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      // Complete lines only: a chunk may end inside the ready line.
      const line = out.split('\n').slice(0, -1).find((l) => l.startsWith('{'));
      if (line) resolve({ process: child, live: JSON.parse(line) as Live });
    });
    child.stderr!.on('data', (d) => (err += String(d)));
    child.on('exit', (code) => reject(new Error(`moto fixture exited (${code}): ${err.slice(-2000)}`)));
  });
}

/** The cdk.tf.json of every stack the config file gives. */
function synthConfig(file: string): Record<string, Json> {
  const outdir = mkdtempSync(join(tmpdir(), 'vpn-adopt-out-'));
  try {
    const app = buildApp({ VPN_CONFIG: file }, () => new App({ outdir }));
    app.synth();
    const out: Record<string, Json> = {};
    for (const stack of app.node.children) out[stack.node.id] = JSON.parse(readFileSync(join(outdir, 'stacks', stack.node.id, 'cdk.tf.json'), 'utf8'));
    return out;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The device entry named `name` in a written config (vpn-adopt names them from the customer gateways' Name tags). */
const device = (config: Json, name: string): Json => config.stacks[0].vpn.customerGateways.find((c: Json) => c.name === name);

/** Per resource of the plan: its actions, whether it is imported, and which paths force a replacement. */
interface Verdicts {
  readonly imported: { address: string; type: string; id: string; actions: string[] }[];
  readonly created: { address: string; type: string }[];
  /** Every change that is neither a clean import nor a create: updates, replacements, deletes. */
  readonly disruptive: { address: string; actions: string[]; changed: string[] }[];
  /** Arguments removed before planning because this provider version does not know them (the harness's list). */
  dropped: string[];
}

function verdicts(plan: Json): Verdicts {
  const result: Verdicts = { imported: [], created: [], disruptive: [], dropped: [] };
  for (const rc of plan.resource_changes ?? []) {
    const actions: string[] = rc.change.actions;
    if (rc.change.importing) result.imported.push({ address: rc.address, type: rc.type, id: rc.change.importing.id, actions });
    if (actions.length === 1 && actions[0] === 'no-op') continue;
    if (actions.length === 1 && actions[0] === 'create' && !rc.change.importing) {
      result.created.push({ address: rc.address, type: rc.type });
      continue;
    }
    const before = rc.change.before ?? {};
    const after = rc.change.after ?? {};
    const changed = Object.keys({ ...before, ...after }).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]) && !(rc.change.after_unknown ?? {})[k]);
    result.disruptive.push({ address: rc.address, actions, changed });
  }
  return result;
}

/** Resource types the first plan may create: none of them carries or changes a tunnel. */
const NEW_NON_TUNNEL = new Set([
  'aws_vpn_connection_route',
  'aws_vpn_gateway_route_propagation',
  'aws_sns_topic',
  'aws_cloudwatch_log_group',
  'aws_cloudwatch_metric_alarm',
  'aws_cloudwatch_composite_alarm',
]);

/**
 * One live set in moto, adopted: starts the fixture (with `flags`), runs vpn-adopt on its describe
 * outputs, and plans configs against it. Call inside a describe block (it registers beforeAll/afterAll).
 */
function adoptedLiveSet(flags: string[] = []) {
  const work = mkdtempSync(join(tmpdir(), 'vpn-adopt-'));
  const set = { live: undefined as unknown as Live, configFile: join(work, 'adopted.yaml'), work, notes: [] as string[], moto: undefined as ChildProcess | undefined };

  beforeAll(async () => {
    ({ process: set.moto, live: set.live } = await startMoto(work, flags));
    const code = vpnAdopt(
      [
        '--vpn-connections', join(work, 'describe-vpn-connections.json'),
        '--customer-gateways', join(work, 'describe-customer-gateways.json'),
        '--vpn-gateways', join(work, 'describe-vpn-gateways.json'),
        '--route-tables', join(work, 'describe-route-tables.json'),
        '--region', set.live.region,
        '--stack-name', 'legacy',
        '--out', set.configFile,
      ],
      () => undefined,
      (s) => void set.notes.push(s),
    );
    if (code !== 0) throw new Error(`vpn-adopt failed: ${set.notes.join('')}`);
  });

  afterAll(() => {
    set.moto?.stdin?.end();
    set.moto?.kill();
    rmSync(work, { recursive: true, force: true });
  });

  /** The config vpn-adopt wrote, parsed (a fresh copy to change). */
  const written = (): Json => parse(readFileSync(set.configFile, 'utf8'));

  /** Plans `config` (a parsed config object) against moto; returns the plan's verdicts. */
  const planOf = (config: Json, name: string): Verdicts => {
    const file = join(work, `${name}.yaml`);
    writeFileSync(file, stringify(config));
    const stacks = synthConfig(file);
    const tf = new TerraformDir(undefined, 'vpn-adopt-tf-');
    try {
      const dropped = tf.write(stacks.legacy, offlineProviderOverride(set.live.region, set.live.endpoint));
      tf.init();
      return { ...verdicts(tf.plan(undefined, { refresh: true })), dropped };
    } finally {
      tf.remove();
    }
  };
  return { set, written, planOf };
}

/** The first plan's promise: the five live resources imported with no change, nothing else but new non-tunnel resources. */
function expectCleanAdoption(v: Verdicts, live: Live, alsoImported: [string, string][] = []): void {
  expect(v.disruptive).toEqual([]);
  expect(v.imported.map((i) => [i.type, i.id, i.actions]).sort()).toEqual(
    [
      ...alsoImported.map(([type, id]) => [type, id, ['no-op']]),
      ['aws_customer_gateway', live.ids.customerGateways[0], ['no-op']],
      ['aws_customer_gateway', live.ids.customerGateways[1], ['no-op']],
      ['aws_vpn_connection', live.ids.vpnConnections[0], ['no-op']],
      ['aws_vpn_connection', live.ids.vpnConnections[1], ['no-op']],
      ['aws_vpn_gateway', live.ids.vpnGateway, ['no-op']],
    ].sort(),
  );
  expect(v.created.filter((c) => !NEW_NON_TUNNEL.has(c.type))).toEqual([]);
}

describe('vpn-adopt → config → synth → terraform plan against moto (provider 5.100 on loopback)', () => {
  const { set, written, planOf } = adoptedLiveSet();

  test('the written config keeps no key: neither the live pre-shared keys nor the customer gateway configuration', () => {
    const text = readFileSync(set.configFile, 'utf8');
    expect(readFileSync(join(set.work, 'describe-vpn-connections.json'), 'utf8')).toContain('LiveKeyAlpha'); // the input has them
    expect(text).not.toMatch(/LiveKey|pre_shared_key|presharedKey|CustomerGatewayConfiguration/);
    expect(set.notes.join('')).not.toMatch(/LiveKey/);
  });

  test('first plan: every gateway and connection imported with no change; only new non-tunnel resources created', () => {
    const v = planOf(written(), 'as-written');
    expectCleanAdoption(v, set.live);
    // Not importable in provider 5.100, so created: 2 prefixes on each of 2 connections, 1 propagation.
    expect(v.created.filter((c) => c.type === 'aws_vpn_connection_route')).toHaveLength(4);
    expect(v.created.filter((c) => c.type === 'aws_vpn_gateway_route_propagation')).toHaveLength(1);
    expect(v.created.filter((c) => c.type === 'aws_vpn_gateway_attachment')).toEqual([]);
  });

  // Negative controls: the same plan, one live value not reproduced. The check above must see it.
  test('control: a stated inside CIDR that differs from the live one replaces the connection (refused while preventDestroy is on)', () => {
    const config = written();
    expect(config.stacks[0].vpn.preventDestroy).toBe(true);
    device(config, 'dc1-edge-b').tunnel1.insideCidr = '169.254.99.0/30';
    expect(() => planOf(config, 'other-cidr-protected')).toThrow(/Instance cannot be destroyed/);
    config.stacks[0].vpn.preventDestroy = false;
    const v = planOf(config, 'other-cidr');
    expect(v.disruptive).toEqual([expect.objectContaining({ address: expect.stringContaining('aws_vpn_connection.'), actions: ['delete', 'create'] })]);
    expect(v.disruptive[0].changed).toContain('tunnel1_inside_cidr');
  });

  test('control: without the live options (as if the profile applied) the adopted tunnels are modified', () => {
    const config = written();
    delete device(config, 'dc1-edge-a').tunnelOptions;
    const v = planOf(config, 'no-options');
    expect(v.disruptive).toHaveLength(1);
    expect(v.disruptive[0].actions).toEqual(['update']);
    expect(v.disruptive[0].changed).toEqual(expect.arrayContaining(['tunnel1_ike_versions', 'tunnel2_dpd_timeout_action', 'tunnel1_startup_action']));
  });

  test('a construct-wide profile and logging (as from defaults) do not reach adopted connections: still no change', () => {
    const config = written();
    config.stacks[0].vpn.tunnelOptions = { dpdTimeoutSeconds: 60, ikeVersions: ['ikev2'] };
    config.stacks[0].vpn.logging = { outputFormat: 'text' };
    expectCleanAdoption(planOf(config, 'with-profile'), set.live);
  });
});

describe('adopting connections whose keys are in Secrets Manager (PreSharedKeyArn), provider 5.100', () => {
  const { set, written, planOf } = adoptedLiveSet(['--secrets-manager-keys']);

  test('key storage left out: imported with no change, the live storage stays', () => {
    expect(written().stacks[0].vpn.presharedKeyStorage).toBeUndefined();
    expect(set.notes.join('')).toContain('keep their keys in Secrets Manager');
    expectCleanAdoption(planOf(written(), 'keys-in-secrets-manager'), set.live);
  });

  test('control (why it is left out): stating SecretsManager plans an update — 5.100 reads an imported connection\'s storage as Standard', () => {
    const config = written();
    config.stacks[0].vpn.presharedKeyStorage = 'SecretsManager';
    const v = planOf(config, 'storage-stated');
    expect(v.disruptive.map((d) => [d.actions, d.changed])).toEqual([
      [['update'], ['preshared_key_storage']],
      [['update'], ['preshared_key_storage']],
    ]);
  });
});

describe('dynamic (BGP) connections, with the alarm topic adopted by ARN and the log group by name', () => {
  const { set, written, planOf } = adoptedLiveSet(['--dynamic']);

  test('imports the gateways, connections, topic and log group with no change; creates no route', () => {
    const config = written();
    expect(config.stacks[0].vpn.routing).toBe('dynamic');
    expect(device(config, 'dc1-edge-a').tunnel1.logOptions).toEqual(expect.objectContaining({ bgpLogEnabled: true }));
    config.stacks[0].vpn.adopt.alarmTopicArn = set.live.ids.topicArn;
    config.stacks[0].vpn.adopt.logGroupName = set.live.ids.logGroupName;
    const v = planOf(config, 'dynamic');
    expectCleanAdoption(v, set.live, [
      ['aws_sns_topic', set.live.ids.topicArn],
      ['aws_cloudwatch_log_group', set.live.ids.logGroupName],
    ]);
    expect(v.created.filter((c) => c.type === 'aws_vpn_connection_route')).toEqual([]);
    // The live BGP log options were written; provider 5.100 does not know them (6.0+), so the harness dropped them.
    expect(v.dropped.filter((d) => d.includes('VpnConnection-dc1-edge-a')).map((d) => d.replace(/^.*_[0-9A-F]{8}\./, '')).sort()).toEqual([
      'tunnel1_log_options.cloudwatch_log_options.bgp_log_enabled',
      'tunnel1_log_options.cloudwatch_log_options.bgp_log_group_arn',
      'tunnel1_log_options.cloudwatch_log_options.bgp_log_output_format',
    ]);
    expect(v.created.filter((c) => c.type === 'aws_sns_topic' || c.type === 'aws_cloudwatch_log_group')).toEqual([]);
  });
});
