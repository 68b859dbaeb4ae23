/**
 * The vpn-impact analyzer on a recorded real plan (hashicorp/aws 5.100.0, every safe-change
 * scenario in one stack) and on variations of it that a newer provider or another deploy would
 * produce: one verdict per connection, the argument that caused it, the gateway, routes and
 * propagations, and the guard.
 */
import { Effect, EffectSource } from '../src/impact/effects';
import { analyzePlan } from '../src/impact/analyze-plan';
import { guard } from '../src/impact/guard';
import { SetImpact, Verdict } from '../src/impact/model';
import { renderMarkdown, mermaidOf } from '../src/impact/render-markdown';
import { renderText } from '../src/impact/render-text';
import { changeOf, planOf, recordedPlan } from './support/impact-fixture';
import { EXPECTED_VERDICTS } from './support/impact-expectations';
import { SAFE_CHANGE_SCENARIOS } from './support/safe-change-scenarios';

const setOf = (sets: SetImpact[], name: string): SetImpact => {
  const set = sets.find((s) => s.name === name);
  if (!set) throw new Error(`no set ${name}`);
  return set;
};
const connection = (set: SetImpact, device: string) => set.connections.find((c) => c.device === device)!;
const verdicts = (set: SetImpact) => Object.fromEntries(set.connections.map((c) => [c.device, c.verdict]));
const ALL = analyzePlan(recordedPlan(), 'safe-changes');

describe('one verdict per connection, per scenario of the recorded plan', () => {
  test('one set per RedundantVpn, named by its construct id', () => {
    expect(ALL.map((s) => s.name).sort()).toEqual(SAFE_CHANGE_SCENARIOS.map((s) => s.id).sort());
  });

  test.each(SAFE_CHANGE_SCENARIOS.map((s) => [s.id, s.change] as const))('%s (%s)', (id) => {
    const set = setOf(ALL, id);
    expect(verdicts(set)).toEqual(EXPECTED_VERDICTS[id].verdicts);
    expect(guard([set]).length > 0).toBe(EXPECTED_VERDICTS[id].stop);
  });
});

describe('each verdict is explained by the argument that caused it', () => {
  test('inside CIDR: the connection is replaced because of tunnel1_inside_cidr (ForceNew), its route is re-created', () => {
    const set = setOf(ALL, 'insidecidr');
    expect(connection(set, 'edge-a').causes).toEqual([
      expect.objectContaining({ argument: 'tunnel1_inside_cidr', effect: Effect.REPLACE, source: EffectSource.FORCE_NEW, before: '169.254.10.0/30', after: '169.254.20.0/30' }),
    ]);
    expect(set.routes).toEqual([expect.objectContaining({ kind: 'route', action: 'replaced', label: '10.20.0.0/16 via edge-a' })]);
    expect(set.cutOff).toBe(false);
  });

  test('customer gateway IP: the gateway is replaced, the connection moves in place with both tunnels down', () => {
    const set = setOf(ALL, 'cgwip');
    const cause = connection(set, 'edge-a').causes;
    expect(cause).toEqual([expect.objectContaining({ argument: 'customer_gateway_id', effect: Effect.BOTH_TUNNELS_DOWN, source: EffectSource.MODIFY_VPN_CONNECTION, after: '(known after apply)' })]);
    expect(cause[0].note).toBe('the customer gateway edge-a (198.51.100.13) is replaced (ip_address: 198.51.100.13 → 192.0.2.77): the connection moves to the new one');
    expect(set.customerGateways).toEqual([expect.objectContaining({ action: 'replaced', causes: [expect.objectContaining({ argument: 'ip_address' })] })]);
  });

  test('gateway ASN: gateway, attachment and propagation replaced, the whole VPC cut off', () => {
    const set = setOf(ALL, 'gatewayasn');
    expect(set.cutOff).toBe(true);
    expect(set.gateway.map((g) => [g.kind, g.action, g.causes.map((c) => c.argument)])).toEqual([
      ['gateway', 'replaced', ['amazon_side_asn']],
      ['attachment', 'replaced', ['vpn_gateway_id']],
    ]);
    expect(set.propagations.map((p) => [p.label, p.action])).toEqual([['route table rtb-0a1b2c3d4e5f60713', 'replaced']]);
    expect(guard([set])[0].reason).toMatch(/^the whole VPC is cut off/);
  });

  test('routing switch: both connections replaced (static_routes_only), the static routes deleted', () => {
    const set = setOf(ALL, 'routing');
    expect(set.connections.map((c) => c.causes.map((x) => `${x.argument}: ${x.before} → ${x.after}`))).toEqual([['static_routes_only: true → false'], ['static_routes_only: true → false']]);
    expect(set.routes.map((r) => [r.label, r.action])).toEqual([
      ['10.20.0.0/16 via edge-a', 'removed'],
      ['10.20.0.0/16 via edge-b', 'removed'],
    ]);
  });

  test('one tunnel option: the tunnel is named, the other keeps traffic', () => {
    const c = connection(setOf(ALL, 'onetunnel'), 'edge-b');
    expect(c.tunnelsAffected).toEqual([2]);
    expect(c.causes).toEqual([expect.objectContaining({ argument: 'tunnel2_dpd_timeout_seconds', effect: Effect.TUNNEL, before: '(unset)', after: '40' })]);
  });

  test('tags only: UNCHANGED for traffic, listed as tags', () => {
    const set = setOf(ALL, 'tags');
    for (const c of set.connections) {
      expect(c).toMatchObject({ verdict: Verdict.UNCHANGED, tagsOnly: true });
      expect(c.causes.map((x) => x.effect)).toEqual([Effect.TAGS, Effect.TAGS]);
    }
    expect(set.gateway.map((g) => g.action)).toEqual(['tags']);
  });

  test('pre-shared key: named as secret, no value in the report model', () => {
    const [cause] = connection(setOf(ALL, 'psk'), 'edge-b').causes;
    expect(cause).toEqual({ address: expect.any(String), argument: 'tunnel1_preshared_key', effect: Effect.TUNNEL, source: EffectSource.MODIFY_VPN_TUNNEL_OPTIONS, secret: true });
  });

  test('key storage: each tunnel in turn (ModifyVpnTunnelOptions per tunnel)', () => {
    const c = connection(setOf(ALL, 'keystorage'), 'edge-a');
    expect(c.tunnelsAffected).toEqual([1, 2]);
    expect(c.causes).toEqual([expect.objectContaining({ argument: 'preshared_key_storage', effect: Effect.EACH_TUNNEL, before: 'Standard', after: 'SecretsManager' })]);
  });

  test('pinned: the held-back arguments are the ones the profile changes on the unpinned connection', () => {
    const set = setOf(ALL, 'pinned');
    const pinned = connection(set, 'edge-a');
    expect(pinned.heldBack).toHaveLength(18);
    expect(pinned.heldBack).toEqual(connection(set, 'edge-b').causes.map((c) => c.argument).sort());
    expect(pinned.heldBack).toContain('tunnel1_ike_versions');
  });

  test('a pinned connection holds back a new inside CIDR (no replacement) and key (named only) alike', () => {
    const c = connection(setOf(ALL, 'pinnedcidr'), 'edge-a');
    expect(c).toMatchObject({ verdict: Verdict.PINNED, heldBack: ['tunnel1_inside_cidr', 'tunnel1_preshared_key'], causes: [], tunnelsAffected: [] });
  });

  test('connections that are not pinned hold nothing back (the configuration equals the plan)', () => {
    const held = ALL.filter((s) => !s.name.startsWith('pinned')).flatMap((s) => s.connections.filter((c) => c.heldBack.length > 0).map((c) => `${s.name}/${c.device}`));
    expect(held).toEqual([]);
  });
});

describe('decided from the plan, not from the table', () => {
  test('a newer provider updating tunnel1_inside_cidr in place: TUNNEL 1 RENEGOTIATES, with a note, and no replacement to stop', () => {
    const plan = planOf('insidecidr');
    const rc = changeOf(plan, 'insidecidr', 'VpnConnection-edge-a');
    rc.change.actions = ['update'];
    delete rc.change.replace_paths;
    rc.change.after = { ...rc.change.before, tunnel1_inside_cidr: '169.254.20.0/30' };
    rc.change.after_unknown = {};
    plan.resource_changes = plan.resource_changes.filter((r: any) => r.type !== 'aws_vpn_connection_route');
    const [set] = analyzePlan(plan, 'newer');
    const c = connection(set, 'edge-a');
    expect(c.verdict).toBe(Verdict.TUNNEL_1_RENEGOTIATES);
    expect(c.causes[0].note).toMatch(/this plan updates it in place.*decided from the plan/);
    expect(guard([set])).toEqual([]);
  });

  test('a sensitivity-only "update" (no value changes) is no change', () => {
    const plan = planOf('onetunnel');
    const rc = changeOf(plan, 'onetunnel', 'VpnConnection-edge-a');
    expect(rc.change.actions).toEqual(['no-op']);
    rc.change.actions = ['update'];
    rc.change.before_sensitive = {};
    const c = connection(analyzePlan(plan, 's')[0], 'edge-a');
    expect(c).toMatchObject({ verdict: Verdict.UNCHANGED, sensitivityOnly: true, causes: [] });
    expect(renderText({ mode: 'plan', sources: ['s'], sets: analyzePlan(plan, 's'), stops: [] })).toContain('edge-a  UNCHANGED: an update that changes no value (sensitivity marks only)');
  });

  test('an argument the table does not know counts as both tunnels down', () => {
    const plan = planOf('onetunnel');
    const rc = changeOf(plan, 'onetunnel', 'VpnConnection-edge-a');
    rc.change.actions = ['update'];
    rc.change.after = { ...rc.change.before, some_future_argument: 'x' };
    const c = connection(analyzePlan(plan, 's')[0], 'edge-a');
    expect(c.verdict).toBe(Verdict.BOTH_TUNNELS_DOWN);
    expect(c.causes).toEqual([expect.objectContaining({ argument: 'some_future_argument', effect: 'unclassified' })]);
  });

  test('a deleted connection is REMOVED; deleting every connection of a set stops the deploy', () => {
    const plan = planOf('tags');
    for (const rc of plan.resource_changes.filter((r: any) => r.type === 'aws_vpn_connection')) {
      rc.change.actions = ['delete'];
      rc.change.after = null;
    }
    const [set] = analyzePlan(plan, 's');
    expect(verdicts(set)).toEqual({ 'edge-a': Verdict.REMOVED, 'edge-b': Verdict.REMOVED });
    expect(guard([set])[0].reason).toMatch(/^every connection of the set is disrupted at once/);
  });

  test('a removed attachment cuts the VPC off', () => {
    const plan = planOf('onetunnel');
    const rc = changeOf(plan, 'onetunnel', 'VpnGatewayAttachment');
    rc.change.actions = ['delete'];
    rc.change.after = null;
    const [set] = analyzePlan(plan, 's');
    expect(set.cutOff).toBe(true);
    expect(guard([set])).toHaveLength(1);
  });
});

describe('grouping without the construct naming', () => {
  test('resources renamed by hand are still grouped by gateway and connection ids; devices named from the Name tag', () => {
    const text = JSON.stringify(planOf('onetunnel', 'psk')).replace(/(onetunnel|psk)_([A-Za-z-]+(?:-rtb-[0-9a-f]+|-10_20_0_0_16)?)_[0-9A-F]{8}/g, (_, set, id) => `${set}${id.replace(/[^A-Za-z0-9]/g, '')}`);
    const sets = analyzePlan(JSON.parse(text), 'renamed');
    expect(sets).toHaveLength(2);
    const one = sets.find((s) => s.connections.some((c) => c.device === 'onetunnel-edge-b-vpn'))!;
    expect(verdicts(one)).toEqual({ 'onetunnel-edge-a-vpn': Verdict.UNCHANGED, 'onetunnel-edge-b-vpn': Verdict.TUNNEL_2_RENEGOTIATES });
    expect(one.name).toMatch(/^aws_vpn_gateway\.onetunnel/);
  });
});

describe('resources inside a Terraform module', () => {
  test('addresses, configuration and prior state under module.site are read the same way', () => {
    const plan = planOf('pinned');
    const prefix = 'module.site.';
    for (const rc of plan.resource_changes) {
      rc.address = prefix + rc.address;
      rc.module_address = 'module.site';
    }
    const root = plan.prior_state.values.root_module;
    root.child_modules = [{ address: 'module.site', resources: root.resources.map((r: any) => ({ ...r, address: prefix + r.address })) }];
    root.resources = [];
    const config = plan.configuration.root_module;
    config.module_calls = { site: { source: './site', module: { resources: config.resources } } };
    config.resources = [];
    const [set] = analyzePlan(plan, 'm');
    expect(set.name).toBe('module.site.pinned');
    expect(verdicts(set)).toEqual({ 'edge-a': Verdict.PINNED, 'edge-b': Verdict.BOTH_TUNNELS_RENEGOTIATE });
    // The held-back arguments need the module's configuration (and the log group ARN resolved from its prior state).
    expect(connection(set, 'edge-a').heldBack).toHaveLength(18);
  });
});

describe('the guard', () => {
  test('a profile on every connection is stopped, with the pinTunnelOptions staging', () => {
    const [stop] = guard([setOf(ALL, 'profile')]);
    expect(stop.reason).toBe('every connection of the set is disrupted at once (edge-a: BOTH TUNNELS RENEGOTIATE; edge-b: BOTH TUNNELS RENEGOTIATE)');
    expect(stop.remedy).toMatch(/^stage it: set `pinTunnelOptions: true` on every device but one, deploy, then remove the pin/);
    expect(stop.remedy).toMatch(/\(first deploy: pin edge-b, so only edge-a changes\)$/);
  });

  test('a change pinTunnelOptions cannot hold back says so', () => {
    const stops = guard([setOf(ALL, 'routing')]);
    expect(stops[0].remedy).toMatch(/not tunnel options, so pinTunnelOptions cannot hold them back \(static_routes_only\)/);
  });

  test('--allow-replace accepts the device, <set>/<device> or the address', () => {
    const set = setOf(ALL, 'insidecidr');
    const address = connection(set, 'edge-a').address;
    for (const allow of ['edge-a', 'insidecidr/edge-a', address]) expect(guard([set], { allowReplace: [allow] })).toEqual([]);
    expect(guard([set], { allowReplace: ['insidecidr/edge-b'] })).toHaveLength(1);
  });

  test('allowing the replacements does not lift the stop for a whole set replaced at once', () => {
    expect(guard([setOf(ALL, 'routing')], { allowReplace: ['edge-a', 'edge-b'] }).map((s) => s.reason)).toEqual([expect.stringMatching(/^every connection of the set/)]);
  });
});

describe('rendering', () => {
  const report = { mode: 'plan' as const, sources: ['safe-changes.json'], sets: ALL, stops: guard(ALL) };

  test('text: one line per connection with its verdict, the causes below it, the guard at the end', () => {
    const text = renderText(report);
    expect(text).toContain('Set onetunnel (safe-changes) — 2 connections\n  edge-a  UNCHANGED: no change\n  edge-b  TUNNEL 2 RENEGOTIATES: tunnel 2 goes down and renegotiates; tunnel 1 keeps carrying traffic\n');
    expect(text).toContain('because tunnel1_dpd_timeout_seconds, tunnel2_dpd_timeout_seconds: (unset) → 40 (in place, each tunnel renegotiates; EC2 ModifyVpnTunnelOptions)');
    expect(text).toMatch(/Guard: STOP — 9 findings:\n/);
  });

  test('markdown: a Mermaid picture per set marking the affected tunnels and connections', () => {
    const mermaid = mermaidOf(setOf(ALL, 'onetunnel'));
    expect(mermaid).toContain('  c1["edge-b<br/>TUNNEL 2 RENEGOTIATES"]:::degraded\n  gw ---|"tunnel 1"| c1\n  gw -.-|"tunnel 2: affected"| c1');
    expect(mermaid).toContain('  c0["edge-a<br/>UNCHANGED"]:::ok\n  gw ---|"tunnel 1"| c0\n  gw ---|"tunnel 2"| c0');
    expect(mermaidOf(setOf(ALL, 'gatewayasn'))).toContain('gw["virtual private gateway<br/>CUT OFF"]:::down');
    const md = renderMarkdown(report);
    // Every set of the recorded plan changes something, so each gets its picture and none is listed as untouched.
    expect(md.match(/```mermaid/g)).toHaveLength(SAFE_CHANGE_SCENARIOS.length);
    expect(md).not.toContain('Untouched sets');
    expect(md).toContain('| edge-a | **REPLACED** | new connection with new tunnel outside IPs: reconfigure the device, traffic stops until then<br/>tunnel1_inside_cidr: 169.254.10.0/30 → 169.254.20.0/30 (forces replacement; provider schema) |');
    expect(md).toMatch(/^## VPN impact — PLAN\n/);
  });

  test('markdown: a set the deploy does not touch is one line, without a picture', () => {
    // The tags set with its tag updates undone (tags are not tunnel arguments: nothing is held back either).
    const plan = planOf('tags');
    for (const rc of plan.resource_changes) rc.change.actions = ['no-op'];
    for (const rc of plan.resource_changes) rc.change.after = rc.change.before;
    const sets = analyzePlan(plan, 'quiet');
    const md = renderMarkdown({ mode: 'plan', sources: ['quiet.json'], sets, stops: [] });
    expect(md).toContain('Untouched sets (every connection UNCHANGED, nothing else changes): `quiet: tags`');
    expect(md).not.toContain('```mermaid');
  });
});
