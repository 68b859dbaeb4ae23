/**
 * Real plans as the oracle for vpn-impact: every row of docs/safe-changes.md is one RedundantVpn in
 * one stack. The "before" stack is planned from nothing and turned into a deployed state (ids,
 * tunnel addresses, fake keys filled in: state-from-plan.ts); the real provider then plans the
 * "after" stack against it (`plan -refresh=false`), and `terraform show -json` of that plan goes
 * to the analyzer. Two plans measure every row.
 *
 * UPDATE_SAFE_CHANGES=1 rewrites the docs table from what was measured; UPDATE_PLAN_FIXTURES=1
 * records the plan for the unit tests (__tests__/fixtures/plans/).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { analyzeSynth } from '../../src/impact/advisory';
import { analyzePlan } from '../../src/impact/analyze-plan';
import { run } from '../../src/impact/cli';
import { guard } from '../../src/impact/guard';
import { SetImpact, Verdict } from '../../src/impact/model';
import { EXPECTED_VERDICTS, PLAN_FIXTURE, trimPlanForFixture } from '../support/impact-expectations';
import { NEW_PRESHARED_KEY, PINNED_PRESHARED_KEY, SAFE_CHANGE_SCENARIOS, synthScenarioStack } from '../support/safe-change-scenarios';
import { documentedTable, safeChangesTable, writeDocumentedTable } from '../support/safe-changes-table';
import { secretsInState, stateFromCreatePlan } from './support/state-from-plan';
import { offlineProviderOverride, TerraformDir } from './support/terraform';

let tf: TerraformDir;
let plan: Record<string, any>;
let state: Record<string, any>;
let planFile: string;
let sets: SetImpact[];
const before = synthScenarioStack('before');
const after = synthScenarioStack('after');

beforeAll(() => {
  tf = new TerraformDir(undefined, 'vpn-impact-');
  tf.write(before, offlineProviderOverride());
  tf.init();
  state = stateFromCreatePlan(tf.plan(), tf.resourceSchemaVersions());
  tf.write(after, offlineProviderOverride());
  plan = tf.plan(state);
  planFile = join(tf.dir, 'safe-changes.plan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  sets = analyzePlan(plan, 'safe-changes');
  if (process.env.UPDATE_PLAN_FIXTURES === '1') writeFileSync(PLAN_FIXTURE, JSON.stringify(trimPlanForFixture(plan)));
});

afterAll(() => tf?.remove());

/** `secret` in `text`, as it is or JSON-escaped (the XML's quotes in a JSON file). */
const found = (text: string, secret: string) => text.includes(secret) || text.includes(JSON.stringify(secret).slice(1, -1));

const verdictsOf = (set: SetImpact | undefined) => Object.fromEntries((set?.connections ?? []).map((c) => [c.device, c.verdict]));

describe.each(SAFE_CHANGE_SCENARIOS.map((s) => [s.change, s.id] as const))('%s', (_change, id) => {
  test('the plan gives the expected verdict per connection and guard result', () => {
    const set = sets.find((s) => s.name === id);
    expect(verdictsOf(set)).toEqual(EXPECTED_VERDICTS[id].verdicts);
    expect(guard([set!]).length > 0).toBe(EXPECTED_VERDICTS[id].stop);
  });

  test('advisory mode (no plan: the effect table) predicts the same verdicts', () => {
    const predicted = analyzeSynth(before, after, 'safe-changes').find((s) => s.name === id);
    expect(verdictsOf(predicted)).toEqual(EXPECTED_VERDICTS[id].verdicts);
  });
});

test('the replaced connection is allowed by naming it, and only then', () => {
  const set = sets.find((s) => s.name === 'insidecidr')!;
  expect(guard([set]).map((s) => s.reason)).toEqual([expect.stringMatching(/^replaces the connection of edge-a \(tunnel1_inside_cidr\)/)]);
  expect(guard([set], { allowReplace: ['edge-a'] })).toEqual([]);
  expect(guard([set], { allowReplace: ['edge-b'] })).toHaveLength(1);
});

test('the pinned connection names every tunnel option the profile would change, and plans nothing for it', () => {
  const pinned = sets.find((s) => s.name === 'pinned')!.connections.find((c) => c.device === 'edge-a')!;
  const changed = sets.find((s) => s.name === 'pinned')!.connections.find((c) => c.device === 'edge-b')!;
  expect(pinned.heldBack).toEqual(changed.causes.map((c) => c.argument).sort());
  expect(pinned.tunnelsAffected).toEqual([]);
});

test('a pinned connection holds back a new inside CIDR and key alike: no replacement, both named', () => {
  const c = sets.find((s) => s.name === 'pinnedcidr')!.connections.find((x) => x.device === 'edge-a')!;
  expect(c.heldBack).toEqual(['tunnel1_inside_cidr', 'tunnel1_preshared_key']);
});

test('logging turned off: the log group is deleted and every tunnel is switched off with it (never left logging into it)', () => {
  const logGroup = plan.resource_changes.find((rc: any) => rc.address.startsWith('aws_cloudwatch_log_group.logging_'));
  expect(logGroup.change.actions).toEqual(['delete']);
  const connections = plan.resource_changes.filter((rc: any) => rc.address.startsWith('aws_vpn_connection.logging_'));
  expect(connections.map((rc: any) => rc.change.actions)).toEqual([['update'], ['update']]);
  for (const c of connections) {
    for (const n of [1, 2]) expect(c.change.after[`tunnel${n}_log_options`][0].cloudwatch_log_options[0]).toMatchObject({ log_enabled: false });
  }
});

test('the docs table is what the plans measure (provider version stated)', () => {
  const table = safeChangesTable(sets, tf.setupInfo.version);
  if (process.env.UPDATE_SAFE_CHANGES === '1') writeDocumentedTable(table);
  expect(documentedTable()).toBe(table);
});

test('never a secret: no pre-shared key or gateway configuration in stdout, stderr or any file written', () => {
  const secrets = [...secretsInState(state), NEW_PRESHARED_KEY, PINNED_PRESHARED_KEY];
  // The plan really holds them in clear text (else this test could not fail).
  const planText = readFileSync(planFile, 'utf8');
  expect(secrets.filter((s) => !found(planText, s))).toEqual([]);
  // Two connections per set, three in the set that removes one.
  expect(secrets.filter((s) => s.startsWith('<?xml'))).toHaveLength(SAFE_CHANGE_SCENARIOS.length * 2 + 1);

  const outDir = join(tf.dir, 'report');
  mkdirSync(outDir);
  const captured: string[] = [];
  const sink = (s: string) => void captured.push(s);
  const codes = [
    run([planFile], sink, sink),
    run([planFile, '--format', 'markdown', '--out', join(outDir, 'impact.md')], sink, sink),
  ];
  const plansDir = join(tf.dir, 'plans');
  mkdirSync(plansDir);
  writeFileSync(join(plansDir, 'safe-changes.json'), planText);
  codes.push(run([plansDir, '--format', 'text', '--out', join(outDir, 'impact.txt')], sink, sink));
  writeFileSync(join(tf.dir, 'before.tf.json'), JSON.stringify(before));
  writeFileSync(join(tf.dir, 'after.tf.json'), JSON.stringify(after));
  codes.push(run(['--before', join(tf.dir, 'before.tf.json'), '--after', join(tf.dir, 'after.tf.json'), '--format', 'markdown', '--out', join(outDir, 'advisory.md')], sink, sink));
  expect(codes).toEqual([1, 1, 1, 1]);
  const written = readdirSync(outDir).map((f) => readFileSync(join(outDir, f), 'utf8'));
  expect(written).toHaveLength(3);
  const everything = [...captured, ...written].join('\n');
  expect(everything).toContain(Verdict.TUNNEL_1_RENEGOTIATES);
  expect(everything).toContain('tunnel1_preshared_key (secret: value not shown)');
  expect(secrets.filter((s) => found(everything, s))).toEqual([]);
  expect(everything).not.toContain('pre_shared_key');
  expect(everything).not.toContain('(redacted)');
});
