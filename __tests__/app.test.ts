import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { App } from 'cdktf';
import { buildApp } from '../src/app/run';
import { loadConfigFile } from '../src/config/load-config';
import { VpnValidationError } from '../src';
import { tempFile } from './support/files';
import { expectCoreTopology, Json, resources, synthApp } from './support/synth';
import { thrown } from './support/thrown';

const FIXTURE = resolve(__dirname, 'fixtures/core-issue.json');
const ROOT = resolve(__dirname, '..');

/** The VpnValidationError's lines for a config text. */
function configErrors(content: string, name = 'config.json'): string[] {
  const file = tempFile(name, content);
  const e = thrown(() => loadConfigFile(file), 'expected the config to be rejected');
  expect(e).toBeInstanceOf(VpnValidationError);
  return e.message.split('\n');
}

const validConfig = (): Json => JSON.parse(readFileSync(FIXTURE, 'utf8'));

describe('the default app (no config)', () => {
  const stacks = synthApp(buildApp({}, () => new App({ outdir: mkdtempSync(join(tmpdir(), "out-")) })));

  test('synthesizes one stack with the redundant pair', () => {
    expect(Object.keys(stacks)).toEqual(['site-to-site-vpn-example']);
    const json = stacks['site-to-site-vpn-example'];
    expect(json.provider.aws).toEqual([{ region: 'eu-west-1' }]);
    expect(resources(json, 'aws_customer_gateway')).toHaveLength(2);
    expect(resources(json, 'aws_vpn_connection')).toHaveLength(2);
    expect(resources(json, 'aws_vpn_connection_route')).toHaveLength(4);
    expect(resources(json, 'aws_vpn_gateway')[0].tags.Name).toBe('site-to-site-vpn-example-vgw');
  });
});

describe('a config file drives one stack per entry', () => {
  process.env.CHECKPOINT_DISABLE = '1';
  const stacks = synthApp(buildApp({ VPN_CONFIG: FIXTURE }, () => new App({ outdir: mkdtempSync(join(tmpdir(), "out-")) })));

  test('two entries give two stacks, each with its own provider', () => {
    expect(Object.keys(stacks)).toEqual(['prod-eu-west-1', 'prod-us-east-1']);
    expect(stacks['prod-eu-west-1'].provider.aws).toEqual([
      {
        region: 'eu-west-1',
        allowed_account_ids: ['111111111111'],
        assume_role: [{ role_arn: 'arn:aws:iam::111111111111:role/vpn-deployer', session_name: 'vpn-prod-eu-west-1' }],
      },
    ]);
    expect(stacks['prod-us-east-1'].provider.aws).toEqual([{ region: 'us-east-1' }]);
  });

  test('the core issue config: exactly 1 VGW, 1 attachment, 2 CGWs, 2 connections, 4 routes, 2 propagations', () => {
    const json = stacks['prod-eu-west-1'];
    expectCoreTopology(json);
  });

  test('routing "dynamic" gives 0 routes and static_routes_only = false; an attached imported VGW no attachment', () => {
    const json = stacks['prod-us-east-1'];
    expect(resources(json, 'aws_vpn_connection_route')).toHaveLength(0);
    expect(resources(json, 'aws_vpn_connection').map((c) => c.static_routes_only)).toEqual([false, false]);
    expect(resources(json, 'aws_vpn_gateway')).toHaveLength(0);
    expect(resources(json, 'aws_vpn_gateway_attachment')).toHaveLength(0);
    expect(resources(json, 'aws_vpn_connection')[1].tunnel1_inside_cidr).toBe('169.254.20.0/30');
  });

  test('switching the core config to dynamic removes every route', () => {
    const config = validConfig();
    config.stacks = [config.stacks[0]];
    config.stacks[0].vpn.routing = 'dynamic';
    delete config.stacks[0].vpn.staticRoutes;
    const file = tempFile('dynamic.json', JSON.stringify(config));
    const json = synthApp(buildApp({ VPN_CONFIG: file }, () => new App({ outdir: mkdtempSync(join(tmpdir(), "out-")) })))['prod-eu-west-1'];
    expect(resources(json, 'aws_vpn_connection_route')).toHaveLength(0);
    expect(resources(json, 'aws_vpn_connection').map((c) => c.static_routes_only)).toEqual([false, false]);
  });
});

describe('config shape errors name the file, the JSON path and what was expected', () => {
  test('not valid JSON', () => {
    const lines = configErrors('{ "stacks": [ ');
    expect(lines[0]).toMatch(/^Config file .*config\.json: 1 problem$/);
    expect(lines[1]).toMatch(/^ {2}- \$: not valid JSON: /);
  });

  test('an unknown field', () => {
    const config = validConfig();
    config.stacks[0].vpn.routeTables = [];
    expect(configErrors(JSON.stringify(config))).toContain('  - stacks[0].vpn.routeTables: [] — unknown field (check the spelling; see config.schema.json)');
  });

  test('a missing required field', () => {
    const config = validConfig();
    delete config.stacks[1].vpn.customerGateways[0].ipAddress;
    expect(configErrors(JSON.stringify(config))).toContain(
      '  - stacks[1].vpn.customerGateways[0].ipAddress: (missing) — required field (a string: Public IPv4 address of the device)',
    );
  });

  test('a wrong type', () => {
    const config = validConfig();
    config.stacks[0].vpn.customerGateways[1].bgpAsn = '65010';
    expect(configErrors(JSON.stringify(config))).toContain(
      '  - stacks[0].vpn.customerGateways[1].bgpAsn: "65010" — wrong type (a whole number: BGP ASN of the device (1–4294967295, not 7224))',
    );
  });

  test('a value outside a closed set', () => {
    const config = validConfig();
    config.stacks[0].vpn.routing = 'Static';
    expect(configErrors(JSON.stringify(config))).toContain('  - stacks[0].vpn.routing: "Static" — not an allowed value (one of "static", "dynamic"; case-sensitive)');
  });

  test('no stacks at all, and a top level that is not an object', () => {
    expect(configErrors('{"stacks": []}')).toContain('  - stacks: [] — too few entries (at least 1)');
    expect(configErrors('[]')[1]).toBe('  - $: [] — wrong type (an object)');
    expect(configErrors('null')[1]).toBe('  - $: null — wrong type (an object)');
  });

  test('every problem of the file is listed at once, rule errors included', () => {
    const config = validConfig();
    config.stacks[0].vpn.customerGateways.pop();
    config.stacks[1].name = 'prod-eu-west-1';
    const lines = configErrors(JSON.stringify(config));
    expect(lines).toContain(
      '  - stacks[0].vpn.customerGateways: "1 customer gateway" — not redundant: one customer gateway device is a single point of failure (give two or more on-premises devices, one VPN connection each)',
    );
    expect(lines).toContain('  - stacks[1].name: "prod-eu-west-1" — duplicate stack name (every stack needs its own name)');
  });

  test('a malformed file is reported without quoting it (a config can hold pre-shared keys)', () => {
    const secret = 'Sup3rSecretPsk_9';
    const lines = configErrors(`{"stacks": [{"name": "a", "vpn": {"tunnelOptions": {"presharedKey": ${secret}}}}]}`);
    expect(lines[1]).toBe('  - $: not valid JSON: Unexpected token (the file text is not shown)');
    expect(lines.join('\n')).not.toContain(secret.slice(0, 6));
    expect(configErrors(secret)[1]).toBe('  - $: not valid JSON: Unexpected token (the file text is not shown)');
    expect(configErrors('{"stacks": [] x')[1]).toBe("  - $: not valid JSON: Expected ',' or '}' after property value in JSON at position 14");
  });

  test('a missing file', () => {
    expect(() => loadConfigFile('/nonexistent/vpn.json')).toThrow('Config file /nonexistent/vpn.json: 1 problem\n  - $: cannot read the file (ENOENT)');
  });
});

describe('the process', () => {
  test('a bad config exits non-zero, prints the list and writes no stack output', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'vpn-cli-'));
    const config = validConfig();
    config.stacks[0].vpn.routing = 'bgp';
    const file = join(cwd, 'bad.json');
    writeFileSync(file, JSON.stringify(config));
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'main.ts')], {
      cwd,
      env: { ...process.env, VPN_CONFIG: file, CHECKPOINT_DISABLE: '1', NODE_PATH: join(ROOT, 'node_modules') },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Config file ${file}: 1 problem`);
    expect(run.stderr).toContain('stacks[0].vpn.routing: "bgp" — not an allowed value');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(cwd, 'cdktf.out'))).toBe(false);
  });
});
