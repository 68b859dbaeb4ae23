/** Hand-off files (`vpn-handoff <outputs.json> <outdir>`, in a clone `npm run handoff`): per-stack hand-off JSON, never a key. */
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { App } from 'cdktf';
import { buildApp } from '../src/app/run';
import type { TunnelHandoff } from '../src/handoff/outputs-file';
import { run as runHandoffCli } from '../src/handoff/cli';
import { writeHandoffFiles } from '../src/handoff/write-handoff';
import { tempFile } from './support/files';
import { EDGE_A, fixtureHandoff, fixtureTunnel } from './support/handoff-fixture';

const ROOT = resolve(__dirname, '..');
const KEY = 'Sup3rSecretKey_1';

const handoff = (site: string) =>
  fixtureHandoff({
    // An extra field in the outputs is not copied: only the documented ones are.
    [site]: { ...EDGE_A, tunnels: [{ ...EDGE_A.tunnels[0], preshared_key: KEY } as TunnelHandoff, EDGE_A.tunnels[1]] },
  });

/** What `cdktf output --outputs-file --outputs-file-include-sensitive-outputs` writes for two stacks. */
const outputsFile = {
  'prod-eu-west-1': { vpn: { handoff: handoff('dc1-edge-a'), secrets: { 'dc1-edge-a': { tunnel1_preshared_key: KEY } }, vpn_gateway_id: 'vgw-0123456789abcdef0' } },
  'prod-us-east-1': { vpn: { handoff: handoff('dc2-edge-a'), secrets: { 'dc2-edge-a': { tunnel2_preshared_key: KEY } } } },
};

const writeOutputs = (content: unknown): string => tempFile('outputs.json', JSON.stringify(content), 'outputs-');

/** A fresh output folder: tests that write their own files keep out of the shared `outdir` (listed by another test). */
const ownDir = () => join(mkdtempSync(join(tmpdir(), 'handoff-')), 'handoff');

describe('hand-off files', () => {
  const outdir = ownDir();
  const written = writeHandoffFiles(writeOutputs(outputsFile), outdir);

  test('one file per stack, named after the stack', () => {
    expect(written).toEqual([join(outdir, 'prod-eu-west-1.json'), join(outdir, 'prod-us-east-1.json')]);
    expect(readdirSync(outdir).sort()).toEqual(['prod-eu-west-1.json', 'prod-us-east-1.json']);
  });

  test('outside IPs, inside addresses and ASNs per connection and tunnel', () => {
    const doc = JSON.parse(readFileSync(join(outdir, 'prod-eu-west-1.json'), 'utf8'));
    expect(doc.stack).toBe('prod-eu-west-1');
    expect(doc.vpns.vpn.amazon_side_asn).toBe(64512);
    expect(doc.vpns.vpn.connections['dc1-edge-a'].customer_gateway_asn).toBe(65010);
    expect(doc.vpns.vpn.connections['dc1-edge-a'].tunnels).toEqual([fixtureTunnel(1, '192.0.2.1', 10), fixtureTunnel(2, '192.0.2.2', 11)]);
  });

  test('no pre-shared key in any file, even from an outputs file with sensitive outputs', () => {
    for (const file of written) expect(readFileSync(file, 'utf8')).not.toContain(KEY);
  });

  test('with Secrets Manager key storage the secret ARN (not a key) travels with the connection', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:vpn-psk-AbCdEf';
    const withArn = fixtureHandoff({ 'dc1-edge-a': { ...EDGE_A, preshared_key_arn: arn } });
    const [file] = writeHandoffFiles(writeOutputs({ prod: { vpn: { handoff: withArn } } }), ownDir());
    expect(JSON.parse(readFileSync(file, 'utf8')).vpns.vpn.connections['dc1-edge-a'].preshared_key_arn).toBe(arn);
    expect(Object.keys(JSON.parse(readFileSync(written[0], 'utf8')).vpns.vpn.connections['dc1-edge-a'])).not.toContain('preshared_key_arn');
  });

  test('the alarm topic and log group ARNs travel when the hand-off has them, and are absent otherwise', () => {
    const topic = 'arn:aws:sns:eu-west-1:111111111111:vpn-vpn-alarms';
    const group = 'arn:aws:logs:eu-west-1:111111111111:log-group:/aws/vpn/vpn';
    const withArns = { ...fixtureHandoff({ 'dc1-edge-a': EDGE_A }), alarm_topic_arn: topic, log_group_arn: group };
    const [file] = writeHandoffFiles(writeOutputs({ prod: { vpn: { handoff: withArns } } }), ownDir());
    expect(JSON.parse(readFileSync(file, 'utf8')).vpns.vpn).toMatchObject({ alarm_topic_arn: topic, log_group_arn: group });
    const plain = JSON.parse(readFileSync(written[0], 'utf8')).vpns.vpn;
    expect(plain).not.toHaveProperty('alarm_topic_arn');
    expect(plain).not.toHaveProperty('log_group_arn');
  });

  test('a stack name that is not a plain file name is refused', () => {
    expect(() => writeHandoffFiles(writeOutputs({ '..': { vpn: { handoff: handoff('a') } } }), ownDir())).toThrow('stack name ".." cannot be used as a file name');
  });

  test('an unreadable outputs file says so', () => {
    expect(() => writeHandoffFiles('/nonexistent/outputs.json', ownDir())).toThrow('/nonexistent/outputs.json: cannot read the outputs file (ENOENT)');
  });

  test('a malformed outputs file says so without quoting it (it can hold keys)', () => {
    const bad = tempFile('outputs.json', `{"prod": {"vpn": {"secrets": {"dc1-edge-a": {"tunnel1_preshared_key": ${KEY}}}}}}`);
    const fresh = ownDir();
    expect(() => writeHandoffFiles(bad, fresh)).toThrow(`${bad}: cannot read the outputs file (Unexpected token (the file text is not shown))`);
    expect(() => writeHandoffFiles(bad, fresh)).not.toThrow(KEY.slice(0, 6));
    writeFileSync(bad, `{"prod": {"vpn": {"secrets": {"dc1-edge-a": {"tunnel1_preshared_key": "${KEY}"}}} x`);
    expect(() => writeHandoffFiles(bad, fresh)).toThrow(/: cannot read the outputs file \(Expected ',' or '}' after property value in JSON at position \d+\)$/);
  });
});

describe('npm run handoff', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'scripts', 'handoff.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  test('writes the files and lists them; usage and errors exit non-zero', () => {
    const outdir = join(mkdtempSync(join(tmpdir(), 'handoff-cli-')), 'out');
    const ok = run([writeOutputs(outputsFile), outdir]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`wrote ${join(outdir, 'prod-eu-west-1.json')}\nwrote ${join(outdir, 'prod-us-east-1.json')}\n`);
    expect(ok.stdout + ok.stderr).not.toContain(KEY);

    const usage = run([]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('usage: vpn-handoff <outputs.json> <outdir>   (one <stack>.json hand-off file per stack; no keys)\n');

    const none = run([writeOutputs({ prod: { other: 1 } }), outdir]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no RedundantVpn hand-off found');
  });
});

describe('with the outputs file the cdktf CLI writes for the app\'s stacks', () => {
  test('every stack of the multi-account example gets its hand-off file', () => {
    // Synthesize the example, then build the outputs file the way `cdktf output --outputs-file`
    // does: the stack's "//".outputs map (stack → construct id → output name → logical id), each
    // logical id replaced by Terraform's value, sensitive values left out.
    const outdir = mkdtempSync(join(tmpdir(), 'synth-'));
    buildApp({ VPN_CONFIG: join(ROOT, 'examples', 'multi-account.json') }, () => new App({ outdir })).synth();
    const outputsFileContent: Record<string, unknown> = {};
    for (const stackName of readdirSync(join(outdir, 'stacks'))) {
      const stackJson = JSON.parse(readFileSync(join(outdir, 'stacks', stackName, 'cdk.tf.json'), 'utf8'));
      const valueOf = (logicalId: string): unknown => {
        if (stackJson.output[logicalId].sensitive) return undefined;
        if (logicalId === 'vpn_handoff') return { ...handoff('dc1-edge-a'), vpn_gateway_id: `vgw-${stackName}` };
        return `${logicalId}-value`;
      };
      const mapLeaves = (node: Record<string, unknown>): Record<string, unknown> =>
        Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeof v === 'string' ? valueOf(v) : mapLeaves(v as Record<string, unknown>)]));
      Object.assign(outputsFileContent, mapLeaves(stackJson['//'].outputs));
    }
    const handoffDir = join(mkdtempSync(join(tmpdir(), 'handoff-e2e-')), 'h');
    const files = writeHandoffFiles(writeOutputs(outputsFileContent), handoffDir);
    expect(files.map((f) => f.slice(handoffDir.length + 1))).toEqual([
      'prod-eu-west-1.json',
      'prod-us-east-1.json',
      'shared-eu-west-1.json',
      'shared-us-east-1.json',
    ]);
    const doc = JSON.parse(readFileSync(join(handoffDir, 'shared-us-east-1.json'), 'utf8'));
    expect(doc.vpns.vpn.vpn_gateway_id).toBe('vgw-shared-us-east-1');
  });
});

describe('vpn-handoff (the installed command)', () => {
  const capture = () => {
    const lines = { out: '', err: '' };
    return { lines, out: (s: string) => void (lines.out += s), err: (s: string) => void (lines.err += s) };
  };

  test('writes one file per stack and says which; no key in what it prints or writes', () => {
    const outdir = ownDir();
    const io = capture();
    expect(runHandoffCli([writeOutputs(outputsFile), outdir], io.out, io.err)).toBe(0);
    expect(io.lines.out).toBe(`wrote ${join(outdir, 'prod-eu-west-1.json')}\nwrote ${join(outdir, 'prod-us-east-1.json')}\n`);
    expect(io.lines.err).toBe('');
    for (const f of readdirSync(outdir)) expect(readFileSync(join(outdir, f), 'utf8')).not.toContain(KEY);
  });

  test('--help prints the usage (exit 0); missing or extra arguments print it to stderr (exit 2)', () => {
    const help = capture();
    expect(runHandoffCli(['--help'], help.out, help.err)).toBe(0);
    expect(help.lines.out).toMatch(/^usage: vpn-handoff <outputs.json> <outdir>/);
    for (const argv of [[], ['only-one.json'], ['a.json', 'out', 'extra']]) {
      const io = capture();
      expect(runHandoffCli(argv, io.out, io.err)).toBe(2);
      expect(io.lines.err).toMatch(/^usage: vpn-handoff/);
    }
  });

  test('an unreadable outputs file: exit 1, the file named, its content never quoted', () => {
    const io = capture();
    const file = tempFile('outputs.json', `{ "stack": { "vpn": "${KEY}" `, 'outputs-');
    expect(runHandoffCli([file, ownDir()], io.out, io.err)).toBe(1);
    expect(io.lines.err).toMatch(/^vpn-handoff: /);
    expect(io.lines.err).not.toContain(KEY);
  });
});
