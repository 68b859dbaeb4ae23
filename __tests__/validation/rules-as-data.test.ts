/**
 * Rules are data: unique ids, a level and a source each; every issue carries the id of the rule
 * that found it; warnings are acknowledged by id (prop and config), and a wrong acknowledgement
 * is an error.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { IkeVersion, RedundantVpn, RedundantVpnProps, StartupAction, TunnelProfiles } from '../../src';
import { parseConfig } from '../../src/config/load-config';
import { ALL_RULES, PROPS_OBJECT_RULE_ID, RULES, ruleFromFunction, validateVpnProps, WARNING_RULES } from '../../src/validation';
import { formatIssue, formatWarning, Reporter, UNLISTED_RULE_ID, VpnValidationError } from '../../src/validation/issues';
import { effectiveTunnels } from '../../src/validation/tunnels';
import { CONNECTION_OPTION_FIELDS, CONNECTION_OPTION_NAMES } from '../../src/model/connection-option-fields';
import { TUNNEL_OPTION_FIELDS, TUNNEL_OPTION_NAMES } from '../../src/model/tunnel-option-fields';
import { chaos } from '../support/arbitraries';
import { thrown } from '../support/thrown';
import { baseProps, withProfile, withTunnel } from './support';

const STRONG = { ...TunnelProfiles.strong(), startupAction: StartupAction.ADD };
const ikev1 = () => withProfile({ ...STRONG, ikeVersions: [IkeVersion.IKEV1] });
const IKEV1_WARNING = 'tunnelOptions.ikeVersions: ["ikev1"] — allows IKEv1 (use ["ikev2"] unless the device only speaks IKEv1)';

describe('the rule list', () => {
  test('ids are unique, cdk-nag style, each rule with a level, a summary and a source', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ALL_RULES) {
      expect(rule.id).toMatch(/^VPN-[A-Z0-9]+(-[A-Z0-9]+)*$/);
      expect(rule.what.length).toBeGreaterThan(5);
      expect(rule.source.length).toBeGreaterThan(5);
    }
    expect(RULES.every((r) => r.level === 'error')).toBe(true);
    expect(WARNING_RULES.every((r) => r.level === 'warning')).toBe(true);
  });

  test('every table row that is a pure lookup has exactly one lookup rule: a new option cannot go unchecked', () => {
    const covered = ALL_RULES.flatMap((r) => r.fields ?? []);
    const lookups = [
      ...TUNNEL_OPTION_NAMES.filter((n) => ['number', 'enum', 'list', 'boolean'].includes(TUNNEL_OPTION_FIELDS[n].kind)),
      ...CONNECTION_OPTION_NAMES.filter((n) => CONNECTION_OPTION_FIELDS[n].kind === 'cidr'),
    ];
    expect([...covered].sort()).toEqual([...lookups].sort());
  });

  test('a lookup rule takes its range and source from the field table', () => {
    const rule = ALL_RULES.find((r) => r.id === 'VPN-TUN-LIFETIME-P2')!;
    expect(rule.source).toBe('provider tunnelN_phase2_lifetime_seconds IntBetween(900, 3600); EC2 API VpnTunnelOptionsSpecification');
    expect(rule.what).toBe('phase2LifetimeSeconds: a whole number, 900–3600 seconds');
  });
});

describe('every issue carries the id of the rule that found it', () => {
  test('examples', () => {
    const errors = RedundantVpn.validate(withTunnel(2, { phase1LifetimeSeconds: 899, insideCidr: '169.254.1.0/30' })).errors;
    expect(errors.map((e) => [e.ruleId, formatIssue(e)])).toEqual([
      ['VPN-TUN-CIDR', 'customerGateways[1].tunnel2.insideCidr: "169.254.1.0/30" — reserved by AWS (choose a /30 in 169.254.0.0/16 other than 169.254.0.0–5.0/30 and 169.254.169.252/30)'],
      ['VPN-TUN-LIFETIME-P1', 'customerGateways[1].tunnel2.phase1LifetimeSeconds: 899 — out of range (900–28800 seconds)'],
    ]);
    expect(RedundantVpn.validate('nope' as never).errors.map((e) => e.ruleId)).toEqual([PROPS_OBJECT_RULE_ID]);
  });

  test('random props: errors by error rules, warnings by warning rules', () => {
    const errorIds = new Set([...RULES.map((r) => r.id), PROPS_OBJECT_RULE_ID]);
    const warningIds = new Set(WARNING_RULES.map((r) => r.id));
    const seen = new Set<string>();
    fc.assert(
      fc.property(chaos, (props) => {
        const run = validateVpnProps(props as RedundantVpnProps);
        for (const e of run.errors) expect(errorIds).toContain(e.ruleId);
        for (const w of run.warnings) expect(warningIds).toContain(w.ruleId);
        [...run.errors, ...run.warnings].forEach((i) => seen.add(i.ruleId));
      }),
      { numRuns: 200, seed: 5 },
    );
    expect(seen.size).toBeGreaterThan(15);
  });

  test('config files: schema and stack issues have ids of their own, VPN issues keep the rule id', () => {
    const config = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/core-issue.json'), 'utf8'));
    config.stacks[0].vpn.tunnelOptions = { replayWindowSize: 63 };
    config.stacks[0].region = 'Europe';
    const e = thrown(() => parseConfig(config, 'c.json')) as VpnValidationError;
    expect(e.issues.map((i) => [i.ruleId, i.path])).toEqual([
      ['CONFIG-STACK', 'stacks[0].region'],
      ['VPN-TUN-REPLAY-WINDOW', 'stacks[0].vpn.tunnelOptions.replayWindowSize'],
    ]);
    config.stacks[0].vpn.tunnelOptions = { replayWindowSize: '64' };
    expect((thrown(() => parseConfig(config, 'c.json')) as VpnValidationError).issues.map((i) => i.ruleId)).toEqual(['CONFIG-SCHEMA']);
  });
});

describe('acknowledged warnings', () => {
  test('an acknowledged warning is not reported, but listed with its reason', () => {
    const reason = 'the DC1 routers speak IKEv1 only';
    const result = RedundantVpn.validate({ ...ikev1(), acknowledgedWarnings: { 'VPN-WARN-IKEV1': reason } });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.acknowledgedWarnings).toEqual([{ path: 'tunnelOptions.ikeVersions', message: IKEV1_WARNING.split(': ').slice(1).join(': '), ruleId: 'VPN-WARN-IKEV1', reason }]);
  });

  test('only the acknowledged rule: other warnings stay', () => {
    const result = RedundantVpn.validate({ ...baseProps(), acknowledgedWarnings: { 'VPN-WARN-WEAK-CRYPTO': 'lab' } });
    expect(new Set(result.warnings.map((w) => w.ruleId))).toEqual(new Set(['VPN-WARN-IKEV1']));
    expect(result.acknowledgedWarnings).toHaveLength(6);
  });

  test('the construct lists them and adds info annotations instead of warnings', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const vpn = new RedundantVpn(stack, 'vpn', { ...ikev1(), acknowledgedWarnings: { 'VPN-WARN-IKEV1': 'IKEv1-only routers' } });
    expect(vpn.validationWarnings).toEqual([]);
    expect(vpn.acknowledgedWarnings.map((a) => [a.ruleId, a.reason])).toEqual([['VPN-WARN-IKEV1', 'IKEv1-only routers']]);
    expect(vpn.node.metadata.filter((m) => m.type === '@cdktf/warn')).toEqual([]);
    expect(vpn.node.metadata.filter((m) => m.type === '@cdktf/info').map((m) => m.data)).toEqual([`acknowledged: ${IKEV1_WARNING} [VPN-WARN-IKEV1] — IKEv1-only routers`]);
  });

  test('an unknown id, an error rule or a missing reason is an error', () => {
    const errors = RedundantVpn.validate({
      ...ikev1(),
      acknowledgedWarnings: { 'VPN-WARN-IKE1': 'typo', 'VPN-TUN-PSK': 'not allowed', 'VPN-WARN-IKEV1': ' ' },
    }).errors;
    const warningIds = WARNING_RULES.map((r) => r.id).join(', ');
    expect(errors.map(formatIssue)).toEqual([
      `acknowledgedWarnings.VPN-WARN-IKE1: "VPN-WARN-IKE1" — unknown rule id (a warning rule id: ${warningIds})`,
      'acknowledgedWarnings.VPN-TUN-PSK: "VPN-TUN-PSK" — an error rule cannot be acknowledged (fix the error: only warnings (legal but risky choices) can be acknowledged)',
      'acknowledgedWarnings.VPN-WARN-IKEV1: " " — no reason given (say why the warning is accepted, e.g. "the DC1 routers speak IKEv1 only")',
    ]);
    expect(errors.every((e) => e.ruleId === 'VPN-ACK')).toBe(true);
    expect(RedundantVpn.validate({ ...ikev1(), acknowledgedWarnings: ['VPN-WARN-IKEV1'] as never }).errors.map(formatIssue)).toEqual([
      'acknowledgedWarnings: ["VPN-WARN-IKEV1"] — not a literal object ({ "<warning rule id>": "<reason>" })',
    ]);
  });

  test('from a config file: accepted in the vpn block, wrong ids reported at their config path', () => {
    const config = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/core-issue.json'), 'utf8'));
    config.stacks[0].vpn.acknowledgedWarnings = { 'VPN-WARN-WEAK-CRYPTO': 'legacy devices', 'VPN-WARN-IKEV1': 'legacy devices' };
    expect(parseConfig(config, 'c.json')[0].vpn.acknowledgedWarnings).toEqual({ 'VPN-WARN-WEAK-CRYPTO': 'legacy devices', 'VPN-WARN-IKEV1': 'legacy devices' });
    config.stacks[0].vpn.acknowledgedWarnings = { 'VPN-NOPE': 'x' };
    const e = thrown(() => parseConfig(config, 'c.json')) as VpnValidationError;
    expect(e.issues.map((i) => i.path)).toEqual(['stacks[0].vpn.acknowledgedWarnings.VPN-NOPE']);
    config.stacks[0].vpn.acknowledgedWarnings = { 'VPN-WARN-IKEV1': 42 };
    expect((thrown(() => parseConfig(config, 'c.json')) as VpnValidationError).issues.map((i) => [i.ruleId, i.path])).toEqual([
      ['CONFIG-SCHEMA', 'stacks[0].vpn.acknowledgedWarnings.VPN-WARN-IKEV1'],
    ]);
  });
});

test('a plain (props, report) function joins the rule list with an id through ruleFromFunction', () => {
  const rule = ruleFromFunction({ id: 'VPN-EXAMPLE', level: 'warning', source: 'test', what: 'example' }, (props, report) => {
    if (props.name === 'x') report.warn('name', props.name, 'example warning');
    for (const tunnel of effectiveTunnels(props)) {
      const given = tunnel.get('dpdTimeoutSeconds');
      if (given) report.warn(given.path, given.value, 'example tunnel warning');
    }
  });
  const report = new Reporter();
  const props = withTunnel(2, { dpdTimeoutSeconds: 40 }, undefined, { ...baseProps(), name: 'x' });
  rule.check({ props, tunnels: [], layers: [], inheritedLogs: { tunnel: true, bgp: false }, report: report.forRule(rule.id) });
  report.warn('$', 1, 'outside any rule');
  expect(report.warnings.map(formatWarning)).toEqual([
    'name: "x" — example warning [VPN-EXAMPLE]',
    'customerGateways[1].tunnel2.dpdTimeoutSeconds: 40 — example tunnel warning [VPN-EXAMPLE]',
    `$: 1 — outside any rule [${UNLISTED_RULE_ID}]`,
  ]);
});
