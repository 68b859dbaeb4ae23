/**
 * The synthesized JSON of the embedded default app and of every file in examples/ is pinned byte for
 * byte: a refactor must not change what Terraform sees. A deliberate change rewrites the fixtures
 * with `UPDATE_SYNTH_FIXTURES=1 npx jest synthesized-fixtures` and lists the change in the CHANGELOG.
 */
import { App } from 'cdktf';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, extname, join } from 'path';
import { buildApp } from '../src/app/run';
import { pinnedText, SYNTH_FIXTURES as FIXTURES } from './support/fixtures';

const ROOT = join(__dirname, '..');
const CONFIGS = ['default', ...readdirSync(join(ROOT, 'examples')).filter((f) => /\.(json|ya?ml)$/.test(f))];


function synthesized(config: string): Map<string, string> {
  const outdir = mkdtempSync(join(tmpdir(), 'vpn-fixture-'));
  try {
    const env = config === 'default' ? {} : { VPN_CONFIG: join(ROOT, 'examples', config) };
    buildApp(env, () => new App({ outdir })).synth();
    const stacks = readdirSync(join(outdir, 'stacks'));
    return new Map(stacks.map((s) => [s, pinnedText(readFileSync(join(outdir, 'stacks', s, 'cdk.tf.json'), 'utf8'))]));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

describe.each(CONFIGS)('synthesized JSON of %s', (config) => {
  test('is byte-identical to the recorded fixture, stack by stack', () => {
    const stacks = synthesized(config);
    expect(stacks.size).toBeGreaterThan(0);
    const prefix = basename(config, extname(config));
    for (const [stack, text] of stacks) {
      const file = join(FIXTURES, `${prefix}--${stack}.json`);
      if (process.env.UPDATE_SYNTH_FIXTURES === '1') writeFileSync(file, text);
      expect(text).toBe(readFileSync(file, 'utf8'));
    }
  });
});

test('every fixture belongs to a config that still synthesizes it', () => {
  const expected = new Set(CONFIGS.flatMap((c) => [...synthesized(c).keys()].map((s) => `${basename(c, extname(c))}--${s}.json`)));
  expect(readdirSync(FIXTURES).sort()).toEqual([...expected].sort());
});
