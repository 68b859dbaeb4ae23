/**
 * The boundary sweep: every tunnel option field and every customer-gateway and gateway argument,
 * each number at min−1, min, max, max+1, every enum value plus wrong ones, CIDRs, pre-shared keys,
 * ASNs, IPs and ids at their edges. One file, one table: each row is one field with its values, the
 * props path our validation reads, and the provider argument the construct writes it to.
 *
 * Derived from what the library knows where it can be: the option fields from
 * TUNNEL_OPTION_NAMES (a test checks every field has a row), the enum values from the public
 * enums, the DH groups from aws-defaults, the reserved inside CIDRs from the tunnel-CIDR rule, the
 * provider mapping from tunnelArguments(). Numeric bounds are written here (the rules state them as
 * literals today; an option field table in src/model can later supply them).
 *
 * `stricter` cites the AWS rule for values we reject and provider 5.100 accepts (its validators
 * check ranges and formats, not AWS's cross-field and account rules). A sweep value we reject that
 * the provider accepts without a citation fails the superset test.
 */
import { DpdTimeoutAction, EncryptionAlgorithm, IkeVersion, IntegrityAlgorithm, LogOutputFormat, RedundantVpnProps, StartupAction, TunnelOptions } from '../../../src';
import { PHASE1_DH_GROUPS, PHASE2_DH_GROUPS } from '../../../src/model/aws-defaults';
import { RESERVED_INSIDE_CIDRS } from '../../../src/validation/rules/tunnel-cidr';
import { baseProps, withGateway, withTunnel } from '../../support/synth';

/** What a sweep row targets: a tunnel option, a customer gateway field, or a VPN-level field. */
export type Target = 'tunnel' | 'customerGateway' | 'vpn';

export interface SweepRow {
  /** The props field, e.g. `phase1LifetimeSeconds` (tunnel), `bgpAsn` (customer gateway), `amazonSideAsn`. */
  readonly field: string;
  readonly target: Target;
  readonly values: readonly unknown[];
  /** Other options set with each value, so that only the value under test decides (e.g. a phase 2 lifetime below a tested phase 1). */
  readonly context?: TunnelOptions;
  /**
   * Why we are stricter than the provider for some values: the AWS rule, for the whole row or per
   * value (checked: a value only we reject without a citation fails the sweep).
   */
  readonly stricter?: string | ((value: unknown) => string | undefined);
  /** How a value is shown in the report (pre-shared keys are described, not printed). */
  readonly show?: (v: unknown) => string;
}

const enumValues = (e: Record<string, string>) => Object.values(e);
const edges = (min: number, max: number) => [min - 1, min, max, max + 1];
const key = (n: number, first = 'A') => (first + 'b1.c_d2e3f4g5h6i7j8k9l0m1n2o3p4q5r6s7t8u9v0w1x2y3z4A5B6C7D8E9F0G1H2I3J4K5'.repeat(2)).slice(0, n);
const LOG_GROUP = 'arn:aws:logs:eu-west-1:111111111111:log-group:vpn';

const EC2_TUNNEL = 'EC2 API VpnTunnelOptionsSpecification';
/** Lists: an empty one is sent as nothing, so AWS applies its default set — every value, weak ones included. */
const EMPTY_LIST = `${EC2_TUNNEL}: an omitted list means AWS's default (every allowed value, weak ones included); the provider sends an empty list as omitted, so [] cannot mean "none"`;
/** The provider's list arguments are sets: a duplicate collapses, so the list deployed is not the list written. */
const DUPLICATE = 'the provider argument is a set: a repeated entry collapses silently (the list deployed is not the list written)';
const listStricter = (allowed: string) => (v: unknown) =>
  Array.isArray(v) && v.length === 0 ? EMPTY_LIST : Array.isArray(v) && new Set(v).size < v.length ? DUPLICATE : allowed;
const ROWS: readonly SweepRow[] = [
  // ---- tunnel options (tunnel 1 of the second device) -------------------------------------------
  {
    field: 'insideCidr',
    target: 'tunnel',
    values: [
      ...RESERVED_INSIDE_CIDRS,
      '169.254.5.252/30',
      '169.254.6.0/30',
      '169.254.169.248/30',
      '169.254.255.252/30',
      '169.254.10.0/29',
      '169.254.10.0/31',
      '169.254.10.1/30',
      '169.253.255.252/30',
      '169.255.0.0/30',
      '10.0.0.0/30',
      '169.254.010.0/30',
      '',
    ],
    stricter: `${EC2_TUNNEL}.TunnelInsideCidr: "a size /30 CIDR block from the 169.254.0.0/16 range" — a CIDR with host bits set or a leading zero is not a CIDR block AWS stores as given`,
  },
  {
    field: 'insideIpv6Cidr',
    target: 'tunnel',
    values: ['fd00::/126', 'fd00::4/126', 'fd00::/64', '2001:db8::/126'],
    stricter:
      'Site-to-Site VPN user guide, "IPv6 traffic": IPv6 inside tunnel addresses are supported only for VPN connections on a transit gateway or Cloud WAN; this construct uses a virtual private gateway',
  },
  {
    field: 'presharedKey',
    target: 'tunnel',
    values: [key(7), key(8), key(64), key(65), `0${key(7)}`, 'abc-defgh', 'abc defgh', 'A.b_c.d_e', key(8, '_'), key(8, '.')],
    show: (v) => (typeof v === 'string' ? `${v.length} characters, ${describeKey(v)}` : String(v)),
  },
  { field: 'ikeVersions', target: 'tunnel', values: [...enumValues(IkeVersion).map((v) => [v]), enumValues(IkeVersion), ['ikev3'], ['IKEv2'], []], stricter: listStricter(`${EC2_TUNNEL}.IKEVersions: ikev1 | ikev2`) },
  {
    field: 'phase1EncryptionAlgorithms',
    target: 'tunnel',
    values: [...enumValues(EncryptionAlgorithm).map((v) => [v]), enumValues(EncryptionAlgorithm), ['AES512'], ['aes256'], []],
    stricter: listStricter(`${EC2_TUNNEL}: AES128 | AES256 | AES128-GCM-16 | AES256-GCM-16`),
  },
  {
    field: 'phase1EncryptionAlgorithms (IKEv1 only)',
    target: 'tunnel',
    values: [['AES128-GCM-16'], ['AES256-GCM-16'], ['AES128-GCM-16', 'AES256-GCM-16'], ['AES256', 'AES256-GCM-16']],
    context: { ikeVersions: [IkeVersion.IKEV1] },
    stricter: 'RFC 5282 (AES-GCM for the IKEv2 SA) defines GCM for IKE only in IKEv2: an IKEv1-only tunnel offering only GCM in phase 1 cannot negotiate',
  },
  { field: 'phase1IntegrityAlgorithms', target: 'tunnel', values: [...enumValues(IntegrityAlgorithm).map((v) => [v]), enumValues(IntegrityAlgorithm), ['MD5'], ['sha1'], []], stricter: listStricter(`${EC2_TUNNEL}: SHA1 | SHA2-256 | SHA2-384 | SHA2-512`) },
  { field: 'phase1DhGroupNumbers', target: 'tunnel', values: [...[1, ...PHASE1_DH_GROUPS, 5, 25].map((g) => [g]), [...PHASE1_DH_GROUPS], [20, 20], [0], []], stricter: listStricter(`${EC2_TUNNEL}.Phase1DHGroupNumbers: valid values 2 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24`) },
  { field: 'phase1LifetimeSeconds', target: 'tunnel', values: edges(900, 28800), context: { phase2LifetimeSeconds: 900 }, stricter: `${EC2_TUNNEL}.Phase2LifetimeSeconds: "must be less than the value for Phase1LifetimeSeconds" and at least 900, so phase 1 is at least 901` },
  {
    field: 'phase2EncryptionAlgorithms',
    target: 'tunnel',
    values: [...enumValues(EncryptionAlgorithm).map((v) => [v]), enumValues(EncryptionAlgorithm), ['AES512'], ['aes256'], []],
    stricter: listStricter(`${EC2_TUNNEL}: AES128 | AES256 | AES128-GCM-16 | AES256-GCM-16`),
  },
  { field: 'phase2IntegrityAlgorithms', target: 'tunnel', values: [...enumValues(IntegrityAlgorithm).map((v) => [v]), enumValues(IntegrityAlgorithm), ['MD5'], ['sha1'], []], stricter: listStricter(`${EC2_TUNNEL}: SHA1 | SHA2-256 | SHA2-384 | SHA2-512`) },
  { field: 'phase2DhGroupNumbers', target: 'tunnel', values: [...[1, ...PHASE2_DH_GROUPS, 25].map((g) => [g]), [...PHASE2_DH_GROUPS], [14, 14], [0], []], stricter: listStricter(`${EC2_TUNNEL}.Phase2DHGroupNumbers: valid values 2 | 5 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24`) },
  { field: 'phase2LifetimeSeconds', target: 'tunnel', values: edges(900, 3600) },
  { field: 'rekeyMarginTimeSeconds', target: 'tunnel', values: edges(60, 1800), context: { phase2LifetimeSeconds: 3600 } },
  { field: 'rekeyFuzzPercentage', target: 'tunnel', values: edges(0, 100) },
  { field: 'replayWindowSize', target: 'tunnel', values: edges(64, 2048) },
  {
    field: 'dpdTimeoutSeconds',
    target: 'tunnel',
    values: [29, 30, 2147483647, 2147483648],
    stricter: `${EC2_TUNNEL}.DPDTimeoutSeconds is an Integer (32-bit in the EC2 API): 2147483647 is the largest value it carries`,
  },
  { field: 'dpdTimeoutAction', target: 'tunnel', values: [...enumValues(DpdTimeoutAction), 'hold', 'Restart', ''] },
  { field: 'startupAction', target: 'tunnel', values: [...enumValues(StartupAction), 'stop', 'Start', ''], context: { ikeVersions: [IkeVersion.IKEV2] } },
  {
    field: 'startupAction (IKEv1 allowed)',
    target: 'tunnel',
    values: [StartupAction.START],
    context: { ikeVersions: [IkeVersion.IKEV1, IkeVersion.IKEV2] },
    stricter: 'Site-to-Site VPN user guide, "Tunnel initiation options": AWS initiates the tunnel (startup action start) with IKEv2 only',
  },
  { field: 'enableTunnelLifecycleControl', target: 'tunnel', values: [true, false] },
  { field: 'logOptions.logEnabled', target: 'tunnel', values: [true, false], context: { logOptions: { logGroupArn: LOG_GROUP } } },
  { field: 'logOptions.logGroupArn', target: 'tunnel', values: [LOG_GROUP, 'not-an-arn', 'arn:aws:logs:eu-west-1:111111111111:log-group:/a/b_c.d-e#f'], context: { logOptions: { logEnabled: true } }, stricter: 'EC2 API CloudWatchLogOptionsSpecification.LogGroupArn: the Amazon Resource Name (ARN) of the CloudWatch log group to send logs to' },
  { field: 'logOptions.logOutputFormat', target: 'tunnel', values: [...enumValues(LogOutputFormat), 'xml', 'JSON'], context: { logOptions: { logEnabled: true, logGroupArn: LOG_GROUP } } },
  { field: 'logOptions.bgpLogEnabled', target: 'tunnel', values: [true, false], context: { logOptions: { bgpLogGroupArn: LOG_GROUP } } },
  { field: 'logOptions.bgpLogGroupArn', target: 'tunnel', values: [LOG_GROUP, 'not-an-arn'], context: { logOptions: { bgpLogEnabled: true } } },
  { field: 'logOptions.bgpLogOutputFormat', target: 'tunnel', values: [...enumValues(LogOutputFormat), 'xml'], context: { logOptions: { bgpLogEnabled: true, bgpLogGroupArn: LOG_GROUP } } },

  // ---- customer gateway (the second device) ---------------------------------------------------
  {
    field: 'ipAddress',
    target: 'customerGateway',
    values: ['1.0.0.0', '203.0.113.10', '223.255.255.255', '0.0.0.0', '10.0.0.1', '100.64.0.1', '127.0.0.1', '169.254.1.1', '172.16.0.1', '192.168.1.1', '224.0.0.1', '255.255.255.255', '256.1.1.1', '1.2.3', '01.2.3.4', '2001:db8::1', ''],
    stricter:
      'Site-to-Site VPN user guide, "Customer gateway options": a virtual private gateway needs the customer gateway device\'s public, static IPv4 address (private IP addresses are supported only with a transit gateway)',
  },
  {
    field: 'bgpAsn',
    target: 'customerGateway',
    values: [-1, 0, 1, 7224, 65534, 2147483647, 2147483648, 4294967295, 4294967296, 65010.5],
    stricter: 'EC2 API CreateCustomerGateway: BgpAsn is 1–2147483647, BgpAsnExtended 2147483648–4294967295; ASN 7224 is reserved by AWS ("Customer gateway options")',
  },
  { field: 'deviceName', target: 'customerGateway', values: ['x', 'x'.repeat(255), 'x'.repeat(256), ''] },
  {
    field: 'certificateArn',
    target: 'customerGateway',
    values: ['arn:aws:acm:eu-west-1:111111111111:certificate/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', 'arn:aws:s3:::bucket', 'not-an-arn'],
    stricter: 'EC2 API CreateCustomerGateway.CertificateArn: "The Amazon Resource Name (ARN) for the customer gateway certificate" — a private certificate from AWS Private CA, so an ACM certificate ARN',
  },

  // ---- VPN level: the gateway, its attachment, propagation, static routes ------------------------
  {
    field: 'amazonSideAsn',
    target: 'vpn',
    values: [64511, 64512, 65534, 65535, 4199999999, 4200000000, 4294967294, 4294967295, 7224, 9059],
    stricter: 'EC2 API CreateVpnGateway.AmazonSideAsn: a new gateway takes a private ASN, 64512–65534 or 4200000000–4294967294; the legacy Amazon ASNs (7224, 9059, …) belong only to gateways AWS created with them',
  },
  {
    field: 'vpcId',
    target: 'vpn',
    values: ['vpc-0a1b2c3d', 'vpc-0a1b2c3d4e5f60718', 'vpc-0a1b2c3', 'vpc-0A1B2C3D', 'vpc-1', ''],
    stricter: 'EC2 resource ids ("Resource IDs", EC2 user guide): the prefix, a hyphen and 8 or 17 lowercase hexadecimal characters; anything else names no VPC',
  },
  {
    field: 'vpnGatewayId',
    target: 'vpn',
    values: ['vgw-0a1b2c3d', 'vgw-0123456789abcdef0', 'vgw-x', 'vpc-0a1b2c3d', ''],
    stricter: 'EC2 resource ids ("Resource IDs", EC2 user guide): vgw- and 8 or 17 lowercase hexadecimal characters; anything else names no gateway',
  },
  {
    field: 'routeTableIds',
    target: 'vpn',
    values: ['rtb-0a1b2c3d', 'rtb-0a1b2c3d4e5f60718', 'rtb-1', 'vpc-0a1b2c3d', ''],
    stricter: 'EC2 resource ids ("Resource IDs", EC2 user guide): rtb- and 8 or 17 lowercase hexadecimal characters; anything else names no route table',
  },
  {
    field: 'staticRoutes',
    target: 'vpn',
    values: ['10.20.0.0/16', '0.0.0.0/0', '192.0.2.1/32', '10.1.2.3/8', '10.0.0.0/33', '10.0.0.0', 'x', '2001:db8::/32'],
    stricter: 'EC2 API CreateVpnConnectionRoute.DestinationCidrBlock: "The CIDR block associated with the local subnet of the customer network" — an IPv4 network address (host bits clear) on a virtual private gateway',
  },
  {
    field: 'presharedKeyStorage',
    target: 'vpn',
    values: ['Standard', 'SecretsManager', 'standard', 'KMS', ''],
  },
  {
    field: 'tags',
    target: 'vpn',
    values: [{ Team: 'net' }, { ['k'.repeat(128)]: 'v' }, { ['k'.repeat(129)]: 'v' }, { 'aws:team': 'net' }, { Team: 'v'.repeat(256) }, { Team: 'v'.repeat(257) }],
    show: (v) => Object.entries(v as Record<string, string>).map(([k, x]) => `${k.length > 20 ? `${k.length}-character key` : JSON.stringify(k)}: ${x.length > 20 ? `${x.length}-character value` : JSON.stringify(x)}`).join(', '),
    stricter: 'EC2 user guide, "Tag restrictions": a key is 1–128 characters, a value at most 256, and the aws: prefix is reserved for AWS use',
  },

  // ---- production settings: the log group and the alarms ----------------------------------------
  {
    field: 'logging.retentionInDays',
    target: 'vpn',
    values: [-1, 0, 1, 2, 3, 7, 400, 401, 3653, 3654],
  },
  {
    field: 'logging.kmsKeyArn',
    target: 'vpn',
    values: ['arn:aws:kms:eu-west-1:111111111111:key/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', 'arn:aws:kms:eu-west-1:111111111111:alias/logs', '0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', 'not-an-arn'],
    stricter: 'CloudWatch Logs API CreateLogGroup.kmsKeyId: "The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data" — a key ARN, not an alias or a bare key id',
  },
  {
    field: 'monitoring.periodSeconds',
    target: 'vpn',
    values: [1, 10, 30, 59, 60, 90, 120, 300, 28800, 86400],
    stricter: (v) =>
      v === 86400
        ? 'CloudWatch PutMetricAlarm.EvaluationPeriods: "An alarm\'s total current evaluation period can be no longer than one day" — 86400 s × the default 3 (degraded) and 2 (outage) periods is longer'
        : 'CloudWatch PutMetricAlarm.Period: periods of 1, 5, 10 and 30 s apply only to high-resolution metrics; AWS/VPN TunnelState is a standard-resolution metric, so 60 s or a multiple of 60',
  },
  {
    field: 'monitoring.degradedEvaluationPeriods',
    target: 'vpn',
    values: [-1, 0, 1, 288, 289],
    stricter: 'CloudWatch PutMetricAlarm.EvaluationPeriods: "An alarm\'s total current evaluation period can be no longer than one day, so this number multiplied by Period cannot be more than 86,400 seconds" (289 × 300 s is more)',
  },
  {
    field: 'monitoring.alarmTopicArn',
    target: 'vpn',
    values: ['arn:aws:sns:eu-west-1:111111111111:noc-pager', 'arn:aws:sqs:eu-west-1:111111111111:noc', 'noc-pager', ''],
    stricter: 'CloudWatch PutMetricAlarm.AlarmActions: notifications go to an Amazon SNS topic ARN (the other action ARNs stop, reboot or scale instances; an SQS queue is not an alarm action)',
  },
  {
    field: 'monitoring.topicKmsMasterKeyId',
    target: 'vpn',
    values: ['alias/noc-alarms', 'alias/aws/sns', 'arn:aws:kms:eu-west-1:111111111111:key/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9'],
    stricter: 'Amazon SNS developer guide, "Encryption at rest": CloudWatch alarms cannot publish to a topic encrypted with the AWS managed key alias/aws/sns — its key policy does not let cloudwatch.amazonaws.com use it; a customer managed key is needed',
  },
];

function describeKey(k: string): string {
  if (k.startsWith('0')) return 'leading "0"';
  if (/[^A-Za-z0-9._]/.test(k)) return `contains ${JSON.stringify(k.match(/[^A-Za-z0-9._]/)![0])}`;
  return `starts with ${JSON.stringify(k[0])}`;
}

/** One value of one row: our props, and the provider argument the construct writes it to. */
export interface SweepCase {
  readonly id: string;
  readonly row: SweepRow;
  readonly value: unknown;
  /** The value as shown in the report. */
  readonly shown: string;
  /** Our input: the base props (two devices, static routing) with the value in place. */
  readonly props: RedundantVpnProps;
}

const baseField = (field: string) => field.replace(/ \(.*\)$/, '');

/** Sweep props create no log group or alarms (unless the row is about them): the value under test is all that differs. */
export const QUIET = { logging: { enabled: false }, monitoring: { enabled: false } } as const;

/** Props with `value` at the row's field (and the row's context options). */
function propsFor(row: SweepRow, value: unknown): RedundantVpnProps {
  const field = baseField(row.field);
  if (row.target === 'tunnel') {
    const ctx = row.context ?? {};
    const options: Record<string, unknown> = field.startsWith('logOptions.')
      ? { ...ctx, logOptions: { ...ctx.logOptions, [field.slice('logOptions.'.length)]: value } }
      : { ...ctx, [field]: value };
    return withTunnel(1, options);
  }
  if (row.target === 'customerGateway') return withGateway({ [field]: value }, 1);
  switch (field) {
    case 'vpnGatewayId':
      return baseProps({ vpcId: undefined, vpnGatewayId: value as string, vpnGatewayAttached: true });
    case 'routeTableIds':
      return baseProps({ routeTableIds: [value as string] });
    case 'staticRoutes':
      return baseProps({ staticRoutes: [value as string] });
    default: {
      // `logging.x` / `monitoring.x`: that one setting, the rest of the block at its defaults.
      const [block, setting] = field.split('.');
      return baseProps(setting ? { [block]: { [setting]: value } } : { [field]: value });
    }
  }
}

/** Every case of the sweep, in table order; ids are unique and stable (row field + value). */
export function sweepCases(): SweepCase[] {
  return ROWS.flatMap((row) =>
    row.values.map((value) => {
      const shown = row.show ? row.show(value) : JSON.stringify(value);
      return { id: `${row.field} = ${shown}`, row, value, shown, props: { ...QUIET, ...propsFor(row, value) } };
    }),
  );
}

/** The rows (for the coverage test: every option field has one). */
export const SWEEP_ROWS = ROWS;
export { baseField };
