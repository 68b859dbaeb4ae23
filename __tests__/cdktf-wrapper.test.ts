/**
 * scripts/cdktf.js with a stand-in CLI (CDKTF_WRAPPER_CLI) that logs its arguments: `diff` over
 * patterns synthesizes once, diffs every matching stack, and carries on past a failing one.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..');
const STACKS = ['prod-eu-west-1', 'prod-us-east-1', 'shared-eu-west-1'];

const FAKE_CLI = `
const fs = require('fs'), path = require('path');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_LOG, JSON.stringify(args) + '\\n');
if (args[0] === 'synth') {
  const out = args[args.indexOf('-o') + 1];
  fs.mkdirSync(out, { recursive: true });
  const stacks = Object.fromEntries(process.env.FAKE_STACKS.split(',').map((n) => [n, { name: n }]));
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ version: '0.21.0', stacks }));
}
process.exitCode = args[0] === 'diff' && (process.env.FAKE_FAIL || '').split(',').includes(args[1]) ? 1 : 0;
`;

function wrapper(args: string[], fail = '') {
  const dir = mkdtempSync(join(tmpdir(), 'wrapper-'));
  const cli = join(dir, 'fake-cdktf.js');
  const log = join(dir, 'calls.log');
  writeFileSync(cli, FAKE_CLI);
  writeFileSync(log, '');
  const out = join(dir, 'out');
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cdktf.js'), ...args.map((a) => a.replace('<out>', out))], {
    cwd: ROOT,
    env: { ...process.env, CDKTF_WRAPPER_CLI: cli, FAKE_LOG: log, FAKE_STACKS: STACKS.join(','), FAKE_FAIL: fail },
    encoding: 'utf8',
  });
  const calls = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as string[]);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, calls, out };
}

describe('npm run cdktf -- diff <patterns>', () => {
  test('synthesizes once, then diffs each matching stack with --skip-synth', () => {
    const { status, calls, out, stdout } = wrapper(['diff', 'prod-*', '-o', '<out>', '--no-color']);
    expect(status).toBe(0);
    expect(calls).toEqual([
      ['synth', '-o', out],
      ['diff', 'prod-eu-west-1', '-o', out, '--no-color', '--skip-synth'],
      ['diff', 'prod-us-east-1', '-o', out, '--no-color', '--skip-synth'],
    ]);
    expect(stdout).toContain('diff done for 2 stacks: prod-eu-west-1, prod-us-east-1');
  });

  test('a failing stack does not stop the others; the exit code and message name it', () => {
    const { status, calls, stderr } = wrapper(['diff', 'prod-eu-west-1', 'shared-*', '-o', '<out>'], 'prod-eu-west-1');
    expect(status).toBe(1);
    expect(calls.map((c) => c.slice(0, 2))).toEqual([['synth', '-o'], ['diff', 'prod-eu-west-1'], ['diff', 'shared-eu-west-1']]);
    expect(stderr).toContain('diff failed for 1 of 2 stacks: prod-eu-west-1');
  });

  test('a pattern that matches nothing is an error before any diff runs', () => {
    const { status, calls, stderr } = wrapper(['diff', 'dev-*', '-o', '<out>']);
    expect(status).toBe(1);
    expect(calls.map((c) => c[0])).toEqual(['synth']);
    expect(stderr).toContain("Could not find stack for pattern 'dev-*' (stacks: prod-eu-west-1, prod-us-east-1, shared-eu-west-1)");
  });

  test('one exact stack name, and every other command, go to the CLI unchanged', () => {
    expect(wrapper(['diff', 'prod-us-east-1', '--skip-synth']).calls).toEqual([['diff', 'prod-us-east-1', '--skip-synth']]);
    expect(wrapper(['deploy', 'prod-*', '--auto-approve', '--parallelism', '4']).calls).toEqual([['deploy', 'prod-*', '--auto-approve', '--parallelism', '4']]);
  });

  test('a missing TF_CLI_CONFIG_FILE is dropped; CHECKPOINT_DISABLE and AWS_EC2_METADATA_DISABLED are set unless given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wrapper-env-'));
    const cli = join(dir, 'env-cdktf.js');
    writeFileSync(cli, 'process.stdout.write(JSON.stringify({ rc: process.env.TF_CLI_CONFIG_FILE ?? null, cp: process.env.CHECKPOINT_DISABLE, imds: process.env.AWS_EC2_METADATA_DISABLED }))');
    const env = { ...process.env, CDKTF_WRAPPER_CLI: cli, TF_CLI_CONFIG_FILE: join(dir, 'missing.tfrc') } as NodeJS.ProcessEnv;
    delete env.CHECKPOINT_DISABLE;
    delete env.AWS_EC2_METADATA_DISABLED;
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cdktf.js'), 'list'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(JSON.parse(run.stdout)).toEqual({ rc: null, cp: '1', imds: 'true' });
    const present = join(dir, 'present.tfrc');
    writeFileSync(present, '');
    const kept = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cdktf.js'), 'list'], { cwd: ROOT, env: { ...env, TF_CLI_CONFIG_FILE: present }, encoding: 'utf8' });
    expect(JSON.parse(kept.stdout).rc).toBe(present);
    const given = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cdktf.js'), 'list'], { cwd: ROOT, env: { ...env, AWS_EC2_METADATA_DISABLED: 'false' }, encoding: 'utf8' });
    expect(JSON.parse(given.stdout).imds).toBe('false');
  });
});
