/**
 * Advisory mode: two synth outputs compared with the effect table, no plan. The same verdicts as the
 * real plans for every safe-change scenario (the provider test checks them against a fresh plan;
 * here against the expectations the recorded plan meets), and the table's rules for arguments left
 * out of the configuration.
 */
import { analyzeSynth } from '../src/impact/advisory';
import { Effect } from '../src/impact/effects';
import { Verdict } from '../src/impact/model';
import { EXPECTED_VERDICTS } from './support/impact-expectations';
import { SAFE_CHANGE_SCENARIOS, synthScenarioStack } from './support/safe-change-scenarios';
import { baseProps, synthVpn } from './support/synth';

const before = synthScenarioStack('before');
const after = synthScenarioStack('after');
const sets = analyzeSynth(before, after, 'safe-changes');
const verdicts = (set: { connections: { device: string; verdict: Verdict }[] } | undefined) => Object.fromEntries((set?.connections ?? []).map((c) => [c.device, c.verdict]));

test.each(SAFE_CHANGE_SCENARIOS.map((s) => [s.id, s.change] as const))('%s (%s): the verdicts the real plan gives', (id) => {
  expect(verdicts(sets.find((s) => s.name === id))).toEqual(EXPECTED_VERDICTS[id].verdicts);
});

test('set names come from the construct path in the cdktf metadata', () => {
  expect(sets.map((s) => s.name).sort()).toEqual(SAFE_CHANGE_SCENARIOS.map((s) => s.id).sort());
});

test('a replaced customer gateway moves its connection: customer_gateway_id explained by the gateway replacement', () => {
  const c = sets.find((s) => s.name === 'cgwasn')!.connections.find((x) => x.device === 'edge-a')!;
  expect(c.causes).toEqual([
    expect.objectContaining({ argument: 'customer_gateway_id', effect: Effect.BOTH_TUNNELS_DOWN, note: expect.stringContaining('is replaced (bgp_asn: 65010 → 65020)') }),
  ]);
});

describe('arguments left out of the configuration', () => {
  const withTunnel1 = (options: Record<string, unknown>) =>
    synthVpn({ ...baseProps(), customerGateways: [{ ...baseProps().customerGateways[0], tunnel1: options }, baseProps().customerGateways[1]] });
  const edgeA = (b: Record<string, any>, a: Record<string, any>) => analyzeSynth(b, a, 's')[0].connections.find((c) => c.device === 'dc1-edge-a')!;

  test('an Optional+Computed argument (inside CIDR) keeps its live value: no change', () => {
    expect(edgeA(withTunnel1({ insideCidr: '169.254.10.0/30' }), withTunnel1({}))).toMatchObject({ verdict: Verdict.UNCHANGED, causes: [] });
  });

  test('any other option goes back to the AWS default: that tunnel renegotiates', () => {
    const c = edgeA(withTunnel1({ dpdTimeoutSeconds: 40 }), withTunnel1({}));
    expect(c.verdict).toBe(Verdict.TUNNEL_1_RENEGOTIATES);
    expect(c.causes).toEqual([expect.objectContaining({ argument: 'tunnel1_dpd_timeout_seconds', before: '40', after: '(unset)' })]);
  });
});
