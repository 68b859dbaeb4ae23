/**
 * What each safe-change scenario must give, per connection, and whether the guard stops it: the
 * expectations both the real-provider test (fresh plan) and the unit tests (recorded plan) hold
 * the analyzer to. Measured with hashicorp/aws 5.100.0.
 */
import { join } from 'path';
import { Verdict } from '../../src/impact/model';

export const PLAN_FIXTURE = join(__dirname, '..', 'fixtures', 'plans', 'safe-changes.plan.json');

const V = Verdict;
export const EXPECTED_VERDICTS: Record<string, { verdicts: Record<string, Verdict>; stop: boolean }> = {
  routing: { verdicts: { 'edge-a': V.REPLACED, 'edge-b': V.REPLACED }, stop: true },
  insidecidr: { verdicts: { 'edge-a': V.REPLACED, 'edge-b': V.UNCHANGED }, stop: true },
  cgwip: { verdicts: { 'edge-a': V.BOTH_TUNNELS_DOWN, 'edge-b': V.UNCHANGED }, stop: false },
  cgwasn: { verdicts: { 'edge-a': V.BOTH_TUNNELS_DOWN, 'edge-b': V.UNCHANGED }, stop: false },
  devicename: { verdicts: { 'edge-a': V.BOTH_TUNNELS_DOWN, 'edge-b': V.UNCHANGED }, stop: false },
  onetunnel: { verdicts: { 'edge-a': V.UNCHANGED, 'edge-b': V.TUNNEL_2_RENEGOTIATES }, stop: false },
  bothtunnels: { verdicts: { 'edge-a': V.UNCHANGED, 'edge-b': V.BOTH_TUNNELS_RENEGOTIATE }, stop: false },
  everyconn: { verdicts: { 'edge-a': V.BOTH_TUNNELS_RENEGOTIATE, 'edge-b': V.BOTH_TUNNELS_RENEGOTIATE }, stop: true },
  profile: { verdicts: { 'edge-a': V.BOTH_TUNNELS_RENEGOTIATE, 'edge-b': V.BOTH_TUNNELS_RENEGOTIATE }, stop: true },
  psk: { verdicts: { 'edge-a': V.UNCHANGED, 'edge-b': V.TUNNEL_1_RENEGOTIATES }, stop: false },
  keystorage: { verdicts: { 'edge-a': V.BOTH_TUNNELS_RENEGOTIATE, 'edge-b': V.BOTH_TUNNELS_RENEGOTIATE }, stop: true },
  tags: { verdicts: { 'edge-a': V.UNCHANGED, 'edge-b': V.UNCHANGED }, stop: false },
  gatewayasn: { verdicts: { 'edge-a': V.BOTH_TUNNELS_DOWN, 'edge-b': V.BOTH_TUNNELS_DOWN }, stop: true },
  pinned: { verdicts: { 'edge-a': V.PINNED, 'edge-b': V.BOTH_TUNNELS_RENEGOTIATE }, stop: false },
  pinnedcidr: { verdicts: { 'edge-a': V.PINNED, 'edge-b': V.UNCHANGED }, stop: false },
  // The construct writes log_enabled = false (an omitted, computed switch would keep live logging): every tunnel changes.
  logging: { verdicts: { 'edge-a': V.BOTH_TUNNELS_RENEGOTIATE, 'edge-b': V.BOTH_TUNNELS_RENEGOTIATE }, stop: true },
  removedevice: { verdicts: { 'edge-a': V.UNCHANGED, 'edge-b': V.UNCHANGED, 'edge-c': V.REMOVED }, stop: false },
  adddevice: { verdicts: { 'edge-a': V.UNCHANGED, 'edge-b': V.UNCHANGED, 'edge-c': V.ADDED }, stop: false },
};

/** What the analyzer reads of a plan (the rest, planned_values and relevant_attributes, is dropped to keep the fixture small). */
export function trimPlanForFixture(plan: Record<string, any>): Record<string, any> {
  const { format_version, terraform_version, resource_changes, prior_state, configuration } = plan;
  return { format_version, terraform_version, resource_changes, prior_state, configuration };
}
