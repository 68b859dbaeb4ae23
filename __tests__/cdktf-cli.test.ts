/**
 * The cdktf CLI from devDependencies, through the project's wrapper (`npm run cdktf -- …`):
 * `cdktf synth` writes exactly the stacks that main.ts writes when run directly. One CLI run
 * (about 2.5 s): it is the slow part of the suite.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { App } from 'cdktf';
import { buildApp } from '../src/app/run';

const ROOT = resolve(__dirname, '..');
const CONFIG = join(ROOT, 'examples', 'multi-account.json');

/** Every stack's cdk.tf.json under an output directory, by stack name. */
function stacksIn(outdir: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of readdirSync(join(outdir, 'stacks')).sort()) {
    out[name] = JSON.parse(readFileSync(join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
  }
  return out;
}

describe('npm run cdktf -- synth (the cdktf CLI with cdktf.json\'s app command)', () => {
  const cliOut = mkdtempSync(join(tmpdir(), 'cli-out-'));
  const missingRc = join(tmpdir(), 'no-such-dir', '.terraformrc');
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cdktf.js'), 'synth', '--output', cliOut], {
    cwd: ROOT,
    env: { ...process.env, VPN_CONFIG: CONFIG, TF_CLI_CONFIG_FILE: missingRc, CI: 'true' },
    encoding: 'utf8',
    timeout: 120_000,
  });

  test('exits 0, and says it ignored the missing TF_CLI_CONFIG_FILE instead of Terraform\'s warning', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`note: TF_CLI_CONFIG_FILE=${missingRc} does not exist; ignored for this run`);
    expect(`${run.stdout}${run.stderr}`).not.toContain('Unable to open CLI configuration file');
  });

  test('writes the same stacks, byte for byte in content, as main.ts run directly', () => {
    const directOut = mkdtempSync(join(tmpdir(), 'direct-out-'));
    buildApp({ VPN_CONFIG: CONFIG }, () => new App({ outdir: directOut })).synth();
    const cli = stacksIn(cliOut);
    expect(Object.keys(cli)).toEqual(['prod-eu-west-1', 'prod-us-east-1', 'shared-eu-west-1', 'shared-us-east-1']);
    expect(cli).toEqual(stacksIn(directOut));
  });
});

describe('a stack without a backend', () => {
  test('uses cdktf\'s local state file, named after the stack, in the project directory', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'local-out-'));
    buildApp({}, () => new App({ outdir })).synth();
    const json = stacksIn(outdir)['site-to-site-vpn-example'] as { terraform: { backend: unknown } };
    expect(json.terraform.backend).toEqual({ local: { path: expect.stringMatching(/[/\\]terraform\.site-to-site-vpn-example\.tfstate$/) } });
  });
});
