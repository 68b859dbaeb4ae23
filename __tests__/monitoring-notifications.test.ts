/**
 * One failure, one notification: the synthesized alarms are evaluated for each failure (which
 * tunnels report 0) and the notifications counted — the ALARM and OK actions of every alarm whose
 * state changes, minus those a composite's actions_suppressor holds back. The table this proves is
 * in docs/monitoring.md.
 *
 * The model: a metric alarm is in ALARM when MIN/MAX of its tunnels' states is below 1 (the
 * synthesized expression); a composite follows its ALARM(...) OR/AND rule; a suppressed composite
 * notifies nothing while its suppressor is in ALARM before or after the change (CloudWatch's wait
 * period covers the suppressor arriving later, the extension period it leaving earlier).
 */
import { devices, Json, resources, synthVpn, baseProps } from './support/synth';
import { RoutingMode } from '../src';

interface Alarm {
  readonly name: string;
  readonly key: string;
  readonly actions: number;
  readonly okActions: number;
  readonly evaluate: (down: Set<string>, state: Map<string, boolean>) => boolean;
  readonly suppressor?: string;
}

const refKey = (ref: string) => ref.replace(/^\$\{([^}]+)\.arn\}$/, '$1');

/** Every alarm of a synthesized stack, in an order where inputs come before the alarms that read them. */
function alarmsOf(json: Json): Alarm[] {
  const out: Alarm[] = [];
  for (const [name, a] of Object.entries<Json>(json.resource.aws_cloudwatch_metric_alarm ?? {})) {
    const expression: string = a.metric_query.find((q: Json) => q.expression).expression;
    const tunnels: string[] = a.metric_query.filter((q: Json) => q.metric).map((q: Json) => q.metric.dimensions.TunnelIpAddress);
    const aggregate = expression.startsWith('MIN(') ? Math.min : Math.max;
    expect(expression).toMatch(/^(MIN|MAX)\(FILL\(\[t1(, t\d+)*\], 0\)\)$/);
    expect(a).toMatchObject({ comparison_operator: 'LessThanThreshold', threshold: 1 });
    out.push({
      name: a.alarm_name,
      key: `aws_cloudwatch_metric_alarm.${name}`,
      actions: a.alarm_actions?.length ?? 0,
      okActions: a.ok_actions?.length ?? 0,
      evaluate: (down) => aggregate(...tunnels.map((t) => (down.has(t) ? 0 : 1))) < 1,
    });
  }
  // Composites: outage (over parts) before degraded (suppressed by the outage).
  const composites = Object.entries<Json>(json.resource.aws_cloudwatch_composite_alarm ?? {}).sort(([, a]) => (a.actions_suppressor ? 1 : -1));
  for (const [name, a] of composites) {
    const operator = a.alarm_rule.includes(' AND ') ? 'AND' : 'OR';
    const inputs: string[] = a.alarm_rule.split(` ${operator} `).map((term: string) => refKey(term.replace(/^ALARM\("(.*)"\)$/, '$1')));
    out.push({
      name: a.alarm_name,
      key: `aws_cloudwatch_composite_alarm.${name}`,
      actions: a.alarm_actions?.length ?? 0,
      okActions: a.ok_actions?.length ?? 0,
      evaluate: (_down, state) => (operator === 'AND' ? inputs.every((k) => state.get(k)) : inputs.some((k) => state.get(k))),
      suppressor: a.actions_suppressor ? refKey(a.actions_suppressor.alarm) : undefined,
    });
  }
  return out;
}

function states(alarms: Alarm[], down: Set<string>): Map<string, boolean> {
  const state = new Map<string, boolean>();
  for (const a of alarms) state.set(a.key, a.evaluate(down, state));
  return state;
}

/** The notifications sent when the tunnels that are down change from `before` to `after`, by alarm name and kind. */
function notifications(alarms: Alarm[], before: Set<string>, after: Set<string>): string[] {
  const s0 = states(alarms, before);
  const s1 = states(alarms, after);
  const sent: string[] = [];
  for (const a of alarms) {
    if (s0.get(a.key) === s1.get(a.key)) continue;
    if (a.suppressor && (s0.get(a.suppressor) || s1.get(a.suppressor))) continue;
    const toAlarm = s1.get(a.key)!;
    for (let i = 0; i < (toAlarm ? a.actions : a.okActions); i++) sent.push(`${a.name} ${toAlarm ? 'ALARM' : 'OK'}`);
  }
  return sent;
}

/** Every tunnel address reference of a stack, per connection. */
function tunnelsOf(json: Json): string[][] {
  return Object.keys(json.resource.aws_vpn_connection).map((name) => [1, 2].map((n) => `\${aws_vpn_connection.${name}.tunnel${n}_address}`));
}

describe.each([
  ['2 connections (outage: one metric-math alarm)', 2],
  ['6 connections (outage: a composite of two groups)', 6],
])('%s', (_name, n) => {
  const json = synthVpn(baseProps({ customerGateways: devices(n), routing: RoutingMode.DYNAMIC, staticRoutes: undefined }));
  const alarms = alarmsOf(json);
  const tunnels = tunnelsOf(json);
  const none = new Set<string>();
  const all = new Set(tunnels.flat());

  test('two alarms notify at all (set degraded, set outage), each on ALARM and OK; the connection alarms are silent', () => {
    expect(alarms.filter((a) => a.actions > 0).map((a) => a.name).sort()).toEqual(['vpn-degraded', 'vpn-outage']);
    expect(alarms.reduce((sum, a) => sum + a.actions, 0)).toBe(2);
    expect(alarms.reduce((sum, a) => sum + a.okActions, 0)).toBe(2);
    const degraded = resources(json, 'aws_cloudwatch_composite_alarm').find((a) => a.alarm_name === 'vpn-degraded')!;
    expect(refKey(degraded.actions_suppressor.alarm)).toBe(alarms.find((a) => a.name === 'vpn-outage')!.key);
  });

  test.each([
    ['one tunnel down', (t: string[][]) => [t[0][0]], ['vpn-degraded ALARM']],
    ['one device down (both tunnels of one connection)', (t: string[][]) => t[0], ['vpn-degraded ALARM']],
    ['every device but one down', (t: string[][]) => t.slice(1).flat(), ['vpn-degraded ALARM']],
    ['one tunnel on every connection down', (t: string[][]) => t.map((c) => c[1]), ['vpn-degraded ALARM']],
    ['every tunnel down', (t: string[][]) => t.flat(), ['vpn-outage ALARM']],
  ])('%s: one notification, and one when it recovers', (_failure, pick, expected) => {
    const down = new Set(pick(tunnels));
    expect(notifications(alarms, none, down)).toEqual(expected);
    expect(notifications(alarms, down, none)).toEqual(expected.map((e) => e.replace('ALARM', 'OK')));
  });

  test('a degradation that becomes an outage pages once more (the outage), and recovery from it once', () => {
    const one = new Set([tunnels[0][0]]);
    expect(notifications(alarms, none, one)).toEqual(['vpn-degraded ALARM']);
    expect(notifications(alarms, one, all)).toEqual(['vpn-outage ALARM']);
    expect(notifications(alarms, all, one)).toEqual(['vpn-outage OK']);
    expect(notifications(alarms, one, none)).toEqual(['vpn-degraded OK']);
  });
});

describe('the suppressor covers the timing', () => {
  const suppressor = (monitoring: Json) => resources(synthVpn(baseProps({ monitoring })), 'aws_cloudwatch_composite_alarm').find((a) => a.alarm_name === 'vpn-degraded')!.actions_suppressor;

  test('defaults: the outage alarm (2 × 300 s) is in ALARM before the degraded one (3 × 300 s); silent 15 min after the outage clears', () => {
    expect(suppressor({})).toEqual({ alarm: expect.stringMatching(/^\$\{aws_cloudwatch_metric_alarm\.vpn_Alarm-outage_[0-9A-F]{8}\.arn\}$/), wait_period: 60, extension_period: 900 });
  });

  test('a degraded alarm faster than the outage alarm waits for it: 1 × 60 s against 5 × 60 s', () => {
    expect(suppressor({ periodSeconds: 60, degradedEvaluationPeriods: 1, outageEvaluationPeriods: 5 })).toMatchObject({ wait_period: 300, extension_period: 60 });
  });
});
