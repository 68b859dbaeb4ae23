/**
 * The vpn-impact command: inputs (plan files, folders, two synth outputs), formats, --out,
 * --allow-replace, exit codes, and that no key or gateway configuration from the inputs reaches
 * stdout, stderr or a written file.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EXIT_OK, EXIT_STOPPED, EXIT_USAGE, run } from '../src/impact/cli';
import { tempFile } from './support/files';
import { planOf, recordedPlan } from './support/impact-fixture';
import { NEW_PRESHARED_KEY, PINNED_PRESHARED_KEY, SAFE_CHANGE_SCENARIOS, synthScenarioStack } from './support/safe-change-scenarios';

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, (s) => void (out += s), (s) => void (err += s));
  return { code, out, err };
}

const planFile = (name: string, plan: object) => tempFile(name, JSON.stringify(plan), 'vpn-impact-');

describe('exit codes', () => {
  test('0 when the guard lets the deploy go ahead', () => {
    const r = cli(planFile('safe.json', planOf('onetunnel', 'psk', 'tags', 'pinned')));
    expect(r).toMatchObject({ code: EXIT_OK, err: '' });
    expect(r.out).toContain('Guard: OK');
  });

  test('1 when it stops it; stderr lists why', () => {
    const r = cli(planFile('stack-a.json', planOf('profile')));
    expect(r.code).toBe(EXIT_STOPPED);
    expect(r.err).toBe('vpn-impact: STOP (exit 1):\n  - stack-a: profile: every connection of the set is disrupted at once (edge-a: BOTH TUNNELS RENEGOTIATE; edge-b: BOTH TUNNELS RENEGOTIATE)\n');
  });

  test('a replacement goes ahead only when allowed by name', () => {
    const file = planFile('p.json', planOf('insidecidr'));
    expect(cli(file).code).toBe(EXIT_STOPPED);
    expect(cli(file, '--allow-replace', 'edge-a').code).toBe(EXIT_OK);
    const typo = cli(file, '--allow-replace', 'edge-b');
    expect(typo.code).toBe(EXIT_STOPPED);
    expect(typo.err).toMatch(/^vpn-impact: note: --allow-replace edge-b matches no connection this plan replaces\n/);
  });

  test.each([
    [['/nonexistent/plan.json'], 'vpn-impact: Plan /nonexistent/plan.json: cannot read the file (ENOENT)'],
    [[], 'vpn-impact: no plan given'],
    [['--format', 'html', 'x.json'], 'vpn-impact: --format: "html" is not text or markdown'],
    [['--before', 'a.json'], 'vpn-impact: advisory mode needs both --before and --after'],
    [['--bogus'], "vpn-impact: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--bogus\""],
  ])('2 for unusable input: %j', (argv, message) => {
    const r = cli(...argv);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.err.split('\n')[0]).toBe(message);
  });

  test('2 for a file that is not a plan, without quoting it', () => {
    const file = tempFile('notaplan.json', JSON.stringify({ tunnel1_preshared_key: 'FakeKeyQuoted_123' }));
    const r = cli(file);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.err.split('\n')[0]).toBe(`vpn-impact: ${file} is not \`terraform show -json\` output of a plan`);
    const broken = tempFile('broken.json', '{"tunnel1_preshared_key": "FakeKeyQuoted_123", oops}');
    const r2 = cli(broken);
    expect(r2.code).toBe(EXIT_USAGE);
    expect(r.err + r2.err).not.toContain('FakeKeyQuoted_123');
  });
});

test('the bin shim exits with the CLI\'s code (0, 1, 2) as a process', () => {
  const bin = join(__dirname, '..', 'bin', 'vpn-impact.js');
  const status = (...argv: string[]) => spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8' }).status;
  expect([status(planFile('ok.json', planOf('onetunnel'))), status(planFile('stop.json', planOf('everyconn'))), status('/nonexistent.json')]).toEqual([0, 1, 2]);
});

describe('inputs and outputs', () => {
  test('a folder: every .json plan in it, one source per stack file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vpn-impact-dir-'));
    writeFileSync(join(dir, 'prod-eu.json'), JSON.stringify(planOf('onetunnel')));
    writeFileSync(join(dir, 'prod-us.json'), JSON.stringify(planOf('psk')));
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const r = cli(dir);
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toContain('Set onetunnel (prod-eu)');
    expect(r.out).toContain('Set psk (prod-us)');
  });

  test('--format markdown --out writes the PR comment to the file, and says so on stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vpn-impact-out-')), 'sub', 'impact.md');
    const r = cli(planFile('p.json', planOf('onetunnel')), '--format', 'markdown', '--out', out);
    expect(r).toMatchObject({ code: EXIT_OK, out: `wrote ${out}\n` });
    expect(readFileSync(out, 'utf8')).toMatch(/^## VPN impact — PLAN\n[\s\S]*```mermaid\nflowchart LR\n/);
  });

  test('advisory: two synth outputs compared with the effect table, printed as ADVISORY', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vpn-impact-adv-'));
    writeFileSync(join(dir, 'before.json'), JSON.stringify(synthScenarioStack('before')));
    writeFileSync(join(dir, 'after.json'), JSON.stringify(synthScenarioStack('after')));
    const r = cli('--before', join(dir, 'before.json'), '--after', join(dir, 'after.json'));
    expect(r.code).toBe(EXIT_STOPPED);
    expect(r.out).toMatch(/^vpn-impact ADVISORY: no plan; two synth outputs compared with the effect table/);
    expect(r.out).toContain('  edge-b  TUNNEL 2 RENEGOTIATES');
    expect(cli('--before', join(dir, 'before.json'), '--after', join(dir, 'after.json'), join(dir, 'before.json')).code).toBe(EXIT_USAGE);
  });
});

describe('never a secret', () => {
  // Found independently of the tool: the fake keys the state writer makes, the PSK row's key, the XML.
  const planText = JSON.stringify(recordedPlan());
  const keys = [...new Set(planText.match(/(?:New)?FakeKey_[0-9a-z_]+_t[12]/g))];
  const xml = [...new Set(planText.match(/<\?xml[^"]*?(?:\\"[^"]*?)*?<\/vpn_connection>/g))];

  test('the recorded plan holds every key and gateway configuration in clear text (so this can fail)', () => {
    // Two connections deployed per set (three in the set that removes one), two keys each, and the keys the PSK and pinned rows set.
    expect(keys).toHaveLength((SAFE_CHANGE_SCENARIOS.length * 2 + 1) * 2 + 2);
    expect(keys).toContain(PINNED_PRESHARED_KEY);
    expect(keys).toContain(NEW_PRESHARED_KEY);
    expect(xml).toHaveLength(SAFE_CHANGE_SCENARIOS.length * 2 + 1);
  });

  test('no format, file or stream of the report contains one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vpn-impact-secret-'));
    const plans = join(dir, 'plans');
    mkdirSync(plans);
    writeFileSync(join(plans, 'safe-changes.json'), planText);
    writeFileSync(join(dir, 'before.json'), JSON.stringify(synthScenarioStack('before')));
    writeFileSync(join(dir, 'after.json'), JSON.stringify(synthScenarioStack('after')));
    const out = join(dir, 'out');
    const runs = [
      cli(join(plans, 'safe-changes.json')),
      cli(plans, '--format', 'markdown'),
      cli(plans, '--format', 'markdown', '--out', join(out, 'impact.md')),
      cli(plans, '--out', join(out, 'impact.txt')),
      cli('--before', join(dir, 'before.json'), '--after', join(dir, 'after.json'), '--format', 'markdown', '--out', join(out, 'advisory.md')),
    ];
    const files = readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8'));
    expect(files).toHaveLength(3);
    const everything = [...runs.flatMap((r) => [r.out, r.err]), ...files].join('\n');
    expect(everything).toContain('tunnel1_preshared_key (secret: value not shown)');
    expect(keys.filter((k) => everything.includes(k))).toEqual([]);
    expect(everything).not.toMatch(/pre_shared_key|<\?xml|customer_gateway_configuration:/);
    // The renderers themselves never show one: the redaction safety net had nothing to do.
    expect(everything).not.toContain('(redacted)');
  });
});
