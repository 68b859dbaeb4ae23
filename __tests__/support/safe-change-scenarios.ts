/**
 * The rows of the "Safe changes" table in docs/safe-changes.md: one change each, as the props of a
 * RedundantVpn before and after. All of them live in one stack (one set per row, the row id as the
 * construct id), so one create plan and one change plan measure every row.
 */
import { App, TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { PresharedKeyStorage, RedundantVpn, RedundantVpnProps, RoutingMode, TunnelOptions, TunnelProfiles } from '../../src';

export interface SafeChangeScenario {
  /** Construct id of the row's set (part of every address in it). */
  readonly id: string;
  /** The change, as the table's first column says it. */
  readonly change: string;
  readonly before: RedundantVpnProps;
  readonly after: RedundantVpnProps;
  /** What the measurement showed beyond the verdicts (printed under the table). */
  readonly note?: string;
}

/** Two devices in one data center, static routing, two prefixes, propagation into two route tables; alarms off (not what is measured). */
function base(index: number, overrides: Partial<RedundantVpnProps> = {}): RedundantVpnProps {
  const n = String(index).padStart(2, '0');
  return {
    vpcId: `vpc-0a1b2c3d4e5f607${n}`,
    routeTableIds: [`rtb-0a1b2c3d4e5f607${n}`],
    amazonSideAsn: 64512,
    routing: RoutingMode.STATIC,
    staticRoutes: ['10.20.0.0/16'],
    customerGateways: [
      { name: 'edge-a', ipAddress: `198.51.100.${10 + index}`, bgpAsn: 65010 },
      { name: 'edge-b', ipAddress: `198.51.100.${100 + index}`, bgpAsn: 65010 },
    ],
    monitoring: { enabled: false },
    tags: { Project: 'vpn' },
    ...overrides,
  };
}

/** `props` with `fields` merged into the customer gateway at `index`. */
function device(props: RedundantVpnProps, index: number, fields: Record<string, unknown>): RedundantVpnProps {
  return { ...props, customerGateways: props.customerGateways.map((c, i) => (i === index ? { ...c, ...fields } : c)) };
}

const DPD_40: TunnelOptions = { dpdTimeoutSeconds: 40 };

/** The pre-shared key the PSK row sets (a fake, for the "never a secret" check). */
export const NEW_PRESHARED_KEY = 'NewFakeKey_psk_row_t1';
/** The key the pinned row's configuration asks for (held back, never applied). */
export const PINNED_PRESHARED_KEY = 'NewFakeKey_pinned_row_t1';

type Row = [id: string, change: string, after: (b: RedundantVpnProps) => RedundantVpnProps, before?: (b: RedundantVpnProps) => RedundantVpnProps, note?: string];

const rows: Row[] = [
  ['routing', 'Routing: static → dynamic (BGP)', (b) => ({ ...b, routing: RoutingMode.DYNAMIC, staticRoutes: undefined })],
  [
    'insidecidr',
    'Inside CIDR of one tunnel of one connection',
    (b) => device(b, 0, { tunnel1: { insideCidr: '169.254.20.0/30' } }),
    (b) => device(b, 0, { tunnel1: { insideCidr: '169.254.10.0/30' } }),
  ],
  ['cgwip', 'Customer gateway public IP of one device', (b) => device(b, 0, { ipAddress: '192.0.2.77' })],
  ['cgwasn', 'Customer gateway BGP ASN of one device', (b) => device(b, 0, { bgpAsn: 65020 })],
  ['devicename', 'Customer gateway device name of one device', (b) => device(b, 0, { deviceName: 'edge-a-router' })],
  ['onetunnel', 'One tunnel option on one tunnel of one connection', (b) => device(b, 1, { tunnel2: DPD_40 })],
  ['bothtunnels', 'One tunnel option on both tunnels of one connection', (b) => device(b, 1, { tunnelOptions: DPD_40 })],
  ['everyconn', 'One tunnel option on every connection (construct-wide)', (b) => ({ ...b, tunnelOptions: DPD_40 })],
  ['profile', 'Tunnel profile TunnelProfiles.strong() on every connection', (b) => ({ ...b, tunnelOptions: TunnelProfiles.strong() })],
  ['psk', 'Pre-shared key of one tunnel', (b) => device(b, 1, { tunnel1: { presharedKey: NEW_PRESHARED_KEY } })],
  ['keystorage', 'Pre-shared key storage Standard → SecretsManager', (b) => ({ ...b, presharedKeyStorage: PresharedKeyStorage.SECRETS_MANAGER })],
  ['tags', 'Tags of the set', (b) => ({ ...b, tags: { Project: 'vpn', CostCenter: 'net-42' } })],
  ['gatewayasn', 'Amazon-side ASN of the virtual private gateway', (b) => ({ ...b, amazonSideAsn: 64513 })],
  [
    'pinned',
    'Tunnel profile with one connection pinned (pinTunnelOptions)',
    (b) => device({ ...b, tunnelOptions: TunnelProfiles.strong() }, 0, { pinTunnelOptions: true }),
  ],
  [
    'pinnedcidr',
    'New inside CIDR and key on a pinned connection',
    (b) => device(b, 0, { pinTunnelOptions: true, tunnel1: { insideCidr: '169.254.31.0/30', presharedKey: PINNED_PRESHARED_KEY } }),
    (b) => device(b, 0, { pinTunnelOptions: true, tunnel1: { insideCidr: '169.254.30.0/30' } }),
  ],
  [
    'logging',
    'Tunnel logging turned off (on by default)',
    (b) => ({ ...b, logging: { enabled: false } }),
    undefined,
    '`tunnelN_log_options` is Optional+Computed: a switch left out keeps the live value, so the construct writes `log_enabled = false` (and `bgp_log_enabled = false`) on every tunnel when logging is off. On a live set that is a tunnel change on every connection at once: the guard stops it; stage it with `pinTunnelOptions`, one connection per deploy.',
  ],
  [
    'removedevice',
    'One of three devices removed',
    (b) => b,
    (b) => ({ ...b, customerGateways: [...b.customerGateways, { name: 'edge-c', ipAddress: '198.51.100.251', bgpAsn: 65010 }] }),
  ],
  [
    'adddevice',
    'A third device added',
    (b) => ({ ...b, customerGateways: [...b.customerGateways, { name: 'edge-c', ipAddress: '198.51.100.250', bgpAsn: 65010 }] }),
  ],
];

/** Every row, in the table's order. */
export const SAFE_CHANGE_SCENARIOS: SafeChangeScenario[] = rows.map(([id, change, after, before, note], i) => {
  const b = base(i + 1);
  return { id, change, before: before ? before(b) : b, after: after(b), ...(note ? { note } : {}) };
});

/** One stack holding one RedundantVpn per scenario, with its before or after props; the synthesized JSON. */
export function synthScenarioStack(which: 'before' | 'after', scenarios: SafeChangeScenario[] = SAFE_CHANGE_SCENARIOS): Record<string, any> {
  const app: App = Testing.app();
  const stack = new TerraformStack(app, 'safe-changes');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  for (const s of scenarios) new RedundantVpn(stack, s.id, s[which]);
  return JSON.parse(Testing.synth(stack));
}
