/**
 * The JSON the AWS CLI prints for `aws ec2 describe-vpn-connections`, `describe-customer-gateways`,
 * `describe-vpn-gateways` and (optionally) `describe-route-tables`: the members this tool reads,
 * named as in the EC2 API (botocore's service model). Everything else in the files is ignored —
 * in particular `PreSharedKey` and `CustomerGatewayConfiguration`, which are never read.
 */

/** `{ "Key": …, "Value": … }` as EC2 lists tags. */
export interface LiveTag {
  readonly Key: string;
  readonly Value: string;
}

/** A `{ "Value": … }` list entry (algorithms, DH groups, IKE versions). */
export interface ValueEntry<T> {
  readonly Value: T;
}

export interface LiveCloudWatchLogOptions {
  readonly LogEnabled?: boolean;
  readonly LogGroupArn?: string;
  readonly LogOutputFormat?: string;
  readonly BgpLogEnabled?: boolean;
  readonly BgpLogGroupArn?: string;
  readonly BgpLogOutputFormat?: string;
}

/** One entry of `Options.TunnelOptions` (EC2 `TunnelOption`). */
export interface LiveTunnelOption {
  readonly OutsideIpAddress?: string;
  readonly TunnelInsideCidr?: string;
  readonly TunnelInsideIpv6Cidr?: string;
  readonly Phase1LifetimeSeconds?: number;
  readonly Phase2LifetimeSeconds?: number;
  readonly RekeyMarginTimeSeconds?: number;
  readonly RekeyFuzzPercentage?: number;
  readonly ReplayWindowSize?: number;
  readonly DpdTimeoutSeconds?: number;
  readonly DpdTimeoutAction?: string;
  readonly Phase1EncryptionAlgorithms?: ValueEntry<string>[];
  readonly Phase2EncryptionAlgorithms?: ValueEntry<string>[];
  readonly Phase1IntegrityAlgorithms?: ValueEntry<string>[];
  readonly Phase2IntegrityAlgorithms?: ValueEntry<string>[];
  readonly Phase1DHGroupNumbers?: ValueEntry<number>[];
  readonly Phase2DHGroupNumbers?: ValueEntry<number>[];
  readonly IkeVersions?: ValueEntry<string>[];
  readonly StartupAction?: string;
  readonly LogOptions?: { readonly CloudWatchLogOptions?: LiveCloudWatchLogOptions };
  readonly EnableTunnelLifecycleControl?: boolean;
}

export interface LiveVpnConnection {
  readonly VpnConnectionId: string;
  readonly State?: string;
  readonly Type?: string;
  readonly CustomerGatewayId?: string;
  readonly VpnGatewayId?: string;
  readonly TransitGatewayId?: string;
  readonly PreSharedKeyArn?: string;
  readonly Options?: {
    readonly StaticRoutesOnly?: boolean;
    readonly EnableAcceleration?: boolean;
    readonly TunnelInsideIpVersion?: string;
    readonly TunnelOptions?: LiveTunnelOption[];
  };
  readonly Routes?: { readonly DestinationCidrBlock?: string; readonly Source?: string; readonly State?: string }[];
  readonly Tags?: LiveTag[];
}

export interface LiveCustomerGateway {
  readonly CustomerGatewayId: string;
  readonly State?: string;
  readonly Type?: string;
  readonly IpAddress?: string;
  readonly BgpAsn?: string;
  readonly BgpAsnExtended?: string;
  readonly DeviceName?: string;
  readonly CertificateArn?: string;
  readonly Tags?: LiveTag[];
}

export interface LiveVpnGateway {
  readonly VpnGatewayId: string;
  readonly State?: string;
  readonly AmazonSideAsn?: number;
  readonly VpcAttachments?: { readonly VpcId?: string; readonly State?: string }[];
  readonly Tags?: LiveTag[];
}

export interface LiveRouteTable {
  readonly RouteTableId: string;
  readonly PropagatingVgws?: { readonly GatewayId?: string }[];
}

/** The describe outputs, parsed. */
export interface LiveInputs {
  readonly vpnConnections: LiveVpnConnection[];
  readonly customerGateways: LiveCustomerGateway[];
  readonly vpnGateways: LiveVpnGateway[];
  /** Optional: without it, no `routeTableIds` are written. */
  readonly routeTables?: LiveRouteTable[];
}

/**
 * The list under `key` (what the CLI prints: `{ "VpnConnections": [ … ] }`), or the value itself
 * when it is already a list; anything else is an error naming the file and the expected key.
 */
export function listOf<T>(parsed: unknown, key: string, source: string): T[] {
  const list = Array.isArray(parsed) ? parsed : typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) throw new Error(`${source}: no "${key}" list (expected the JSON of \`aws ec2 describe-…\`)`);
  return list.filter((x) => typeof x === 'object' && x !== null) as T[];
}

/** EC2 tags as a map, without AWS's own `aws:` tags (the provider neither reads nor writes them). */
export function tagMap(tags: LiveTag[] | undefined): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (const t of tags ?? []) if (typeof t.Key === 'string' && !t.Key.toLowerCase().startsWith('aws:')) out[t.Key] = String(t.Value ?? '');
  return out;
}
