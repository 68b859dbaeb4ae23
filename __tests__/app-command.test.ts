/**
 * The app as a command (bin/cdktf-redundant-vpn.js: what cdktf.json's `app` and `npm run synth`
 * run, and the installed package's `cdktf-redundant-vpn`): its arguments, and the transpile-on-change
 * step that lets it run compiled JavaScript in a clone without waiting for tsc.
 */
import { spawnSync } from 'child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { App } from 'cdktf';
import { appEnvironment, buildApp, main, USAGE } from '../src/app/run';
import { tempFile } from './support/files';
import { SYNTH_FIXTURES as FIXTURES } from './support/fixtures';

const ROOT = resolve(__dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const { transpileChanged, STATE_FILE } = require('../scripts/transpile-changed.js') as { transpileChanged: (root: string, outRoot?: string) => string[]; STATE_FILE: string };

/** Every stack's cdk.tf.json text under an output directory, by stack name. */
function stackTexts(outdir: string): Map<string, string> {
  const names = readdirSync(join(outdir, 'stacks')).sort();
  return new Map(names.map((name) => [name, readFileSync(join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8')]));
}

/** main() with captured streams. */
function runMain(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const code = main(argv, env, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

describe('main(argv): the command line', () => {
  test('--help prints the usage on stdout and exits 0', () => {
    expect(runMain(['--help'])).toEqual({ code: 0, out: `${USAGE}\n`, err: '' });
    expect(USAGE).toMatch(/^Usage: cdktf-redundant-vpn \[--config <file\.json\|file\.yaml>\]/);
  });

  test('an unknown argument exits 1 with the reason and the usage, before any config is read', () => {
    const run = runMain(['--confg', 'vpn.yaml']);
    expect(run.code).toBe(1);
    expect(run.err.startsWith("cdktf-redundant-vpn: Unknown option '--confg'")).toBe(true);
    expect(run.err.endsWith(`\n${USAGE}\n`)).toBe(true);
    expect(runMain(['vpn.yaml']).err).toContain("cdktf-redundant-vpn: Unexpected argument 'vpn.yaml'");
    expect(runMain(['--config']).code).toBe(1);
  });

  test('--config FILE and --config=FILE set the config file; the command line wins over VPN_CONFIG', () => {
    expect(appEnvironment(['--config', 'a.yaml'], { VPN_CONFIG: 'b.json', X: '1' }).env).toEqual({ VPN_CONFIG: 'a.yaml', X: '1' });
    expect(appEnvironment(['--config=a.yaml'], {}).env).toEqual({ VPN_CONFIG: 'a.yaml' });
    const env = { VPN_CONFIG: 'b.json' };
    expect(appEnvironment([], env)).toEqual({ env, help: false });
  });

  test('a bad config named by --config: the app\'s list of problems, exit 1, no stack trace', () => {
    const file = tempFile('vpn.yaml', 'stacks:\n  - name: prod-eu-west-1\n    region: eu-west-1\n    vpn:\n      routing: bgp\n      vpcId: vpc-0a1b2c3d4e5f60718\n');
    const run = runMain(['--config', file], { VPN_CONFIG: join(EXAMPLES, 'bgp.json') });
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err.split('\n')[0]).toMatch(new RegExp(`^Config file ${file}: \\d+ problems?$`));
    expect(run.err).toContain('  - stacks[0].vpn.routing: "bgp" — not an allowed value');
    expect(run.err).not.toMatch(/\n\s+at /);
  });
});

describe('transpileChanged: lib/ kept current without type-checking', () => {
  const outRoot = mkdtempSync(join(tmpdir(), 'transpiled-'));
  const first = transpileChanged(ROOT, outRoot);

  const sources = (root: string, dir = 'src'): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(root, join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );

  test('transpiles every source once, then nothing until a source changes; without the record, an output older than its source is redone', () => {
    expect([...first].sort()).toEqual(sources(ROOT).sort());
    expect(transpileChanged(ROOT, outRoot)).toEqual([]);
    // The full check (no record of the last one) still compares each output with its source.
    rmSync(join(outRoot, STATE_FILE));
    utimesSync(join(outRoot, 'src', 'app', 'default-config.js'), new Date(0), new Date(0));
    expect(transpileChanged(ROOT, outRoot)).toEqual([join('src', 'app', 'default-config.ts')]);
    expect(transpileChanged(ROOT, outRoot)).toEqual([]);
  });

  test('in a copy of src/: an edited source, a source given an older time, a new source — each transpiled once, alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'transpile-root-'));
    cpSync(join(ROOT, 'src'), join(root, 'src'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
    const out = join(root, 'lib');
    expect(transpileChanged(root, out)).toHaveLength(sources(root).length);
    const file = join(root, 'src', 'app', 'default-config.ts');
    const changed = [join('src', 'app', 'default-config.ts')];
    // Written again: a new modification time.
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(transpileChanged(root, out)).toEqual(changed);
    expect(transpileChanged(root, out)).toEqual([]);
    // A checkout or copy that kept an older time than the output: not what was recorded, so redone.
    utimesSync(file, new Date(0), new Date(0));
    expect(transpileChanged(root, out)).toEqual(changed);
    // A new source: its directory's time changed.
    writeFileSync(join(root, 'src', 'app', 'added.ts'), 'export const added: number = 1;\n');
    expect(transpileChanged(root, out)).toEqual([join('src', 'app', 'added.ts')]);
    expect(readFileSync(join(out, 'src', 'app', 'added.js'), 'utf8')).toContain('const added = 1;');
    expect(transpileChanged(root, out)).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });

  test('the transpiled app synthesizes what the sources synthesize, byte for byte, for the default app and every example', () => {
    // The sources' output is pinned by synthesized-fixtures.test.ts; this holds the transpiled
    // JavaScript to it (same framework in both, so it also holds under cdktn).
    const configs = ['default', ...readdirSync(EXAMPLES).filter((f) => /\.(json|ya?ml)$/.test(f))];
    const outdirs = mkdtempSync(join(tmpdir(), 'transpiled-out-'));
    const envOf = (config: string) => (config === 'default' ? {} : { VPN_CONFIG: join(EXAMPLES, config) });
    const script = `
      const { App } = require('cdktf');
      const { buildApp } = require(${JSON.stringify(join(outRoot, 'src', 'app', 'run.js'))});
      for (const [env, outdir] of JSON.parse(process.argv[1])) buildApp(env, () => new App({ outdir })).synth();`;
    const jobs = configs.map((c) => [envOf(c), join(outdirs, `transpiled-${c}`)]);
    const run = spawnSync(process.execPath, ['-e', script, JSON.stringify(jobs)], {
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    let stacks = 0;
    for (const config of configs) {
      const fromSources = join(outdirs, `sources-${config}`);
      buildApp(envOf(config), () => new App({ outdir: fromSources })).synth();
      const expected = stackTexts(fromSources);
      const actual = stackTexts(join(outdirs, `transpiled-${config}`));
      expect([...actual.keys()]).toEqual([...expected.keys()]);
      for (const [stack, text] of expected) expect(`${config} ${stack}: ${actual.get(stack)}`).toBe(`${config} ${stack}: ${text}`);
      stacks += expected.size;
    }
    expect(stacks).toBeGreaterThanOrEqual(readdirSync(FIXTURES).length);
  });

  test('exitWhenFlushed: the exit code is the app\'s, and nothing written before it is lost (1 MB into a pipe is still pending)', () => {
    const exit = JSON.stringify(join(outRoot, 'src', 'app', 'process-exit.js'));
    const script = `process.stdout.write('x'.repeat(1 << 20)); process.stderr.write('done\\n'); require(${exit}).exitWhenFlushed(3);`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 4 << 20 });
    expect([run.status, run.stdout.length, run.stderr]).toEqual([3, 1 << 20, 'done\n']);
  });
});

describe('bin/cdktf-redundant-vpn.js', () => {
  test('--config examples/multi-account.yaml writes the same stacks as the app built in-process', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'bin-out-'));
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'cdktf-redundant-vpn.js'), '--config', join(EXAMPLES, 'multi-account.yaml')], {
      cwd: ROOT,
      env: { ...process.env, CDKTF_OUTDIR: outdir },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const direct = mkdtempSync(join(tmpdir(), 'direct-out-'));
    buildApp({ VPN_CONFIG: join(EXAMPLES, 'multi-account.json') }, () => new App({ outdir: direct })).synth();
    const fromBin = stackTexts(outdir);
    expect([...fromBin.keys()]).toEqual(['prod-eu-west-1', 'prod-us-east-1', 'shared-eu-west-1', 'shared-us-east-1']);
    expect(fromBin).toEqual(stackTexts(direct));
  });
});
