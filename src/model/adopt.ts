/**
 * Props that name live AWS resources for the construct to take over (adopt): it declares them as
 * usual and emits a Terraform `import` block for each, so the first plan imports them instead of
 * creating new ones. See docs/adopt.md for what the first plan does with the rest.
 */

/**
 * The live resources of one on-premises device: its customer gateway and its VPN connection.
 *
 * An adopted VPN connection takes its tunnel options only from its own entry (the device's
 * `tunnelOptions`, `tunnel1`, `tunnel2`): neither the construct-wide profile nor the construct's
 * logging defaults apply to it, because a default that differs from the live value would change
 * every adopted tunnel on the first deploy.
 * `vpn-adopt` writes the live values of every option.
 */
export interface AdoptedSite {
  /**
   * Id of the live customer gateway (`cgw-…`) this device's customer gateway takes over. Its IP
   * address, BGP ASN, device name and certificate must be stated as live: each of them replaces a
   * customer gateway when it differs.
   * @default - a new customer gateway is created
   */
  readonly customerGatewayId?: string;
  /**
   * The live tags of the adopted customer gateway, kept exactly: they replace the tags the construct
   * would set on it (its `Name`, the construct's and the device's `tags`). Remove them to let the
   * construct tag it as usual (a tag-only update, no traffic impact).
   * @default - the construct's tags
   */
  readonly customerGatewayTags?: { [key: string]: string };
  /**
   * Id of the live VPN connection (`vpn-…`) this device's connection takes over. Its inside CIDRs,
   * routing mode, customer gateway and gateway must be stated as live (`vpn-adopt` writes them).
   * @default - a new VPN connection is created
   */
  readonly vpnConnectionId?: string;
  /**
   * The live tags of the adopted VPN connection, kept exactly (as `customerGatewayTags`).
   * @default - the construct's tags
   */
  readonly vpnConnectionTags?: { [key: string]: string };
}

/** Live resources of the whole set the construct takes over (besides the devices' own, in {@link AdoptedSite}). */
export interface AdoptedVpn {
  /**
   * Id of a live virtual private gateway (`vgw-…`) to manage: the construct declares the
   * `aws_vpn_gateway` and imports it (unlike `vpnGatewayId`, which only references a gateway managed
   * elsewhere). `amazonSideAsn` must state its live ASN (a different one replaces the gateway).
   * With `vpnGatewayAttached: true` no attachment is declared.
   * @default - no gateway is adopted
   */
  readonly vpnGatewayId?: string;
  /**
   * The live tags of the adopted gateway, kept exactly (they replace the construct's tags on it).
   * @default - the construct's tags
   */
  readonly vpnGatewayTags?: { [key: string]: string };
  /**
   * ARN of a live SNS topic to manage as the alarm topic: the construct declares the topic with the
   * name in this ARN and imports it. Not with `monitoring.alarmTopicArn` (a topic managed elsewhere).
   * @default - a new topic is created (when alarms are on and no topic is given)
   */
  readonly alarmTopicArn?: string;
  /**
   * Name of a live CloudWatch log group to manage as the tunnel log group: the construct declares
   * it with this name and imports it. Not with `logging.logGroupArn` (a group managed elsewhere).
   * @default - a new log group `/aws/vpn/<name>` is created (when logging is on and no group is given)
   */
  readonly logGroupName?: string;
  /**
   * The alarms already exist under the names the construct gives them (`<name>-<device>-degraded`,
   * `<name>-degraded`, `<name>-outage`, …): import each by name instead of creating it.
   * @default false
   */
  readonly alarms?: boolean;
}

/**
 * Whether a device entry adopts a live VPN connection. The one place that decides it: such a
 * connection's tunnel options are its own layers only (`tunnelOptions`, `tunnel1`, `tunnel2`) —
 * neither the construct-wide profile nor the logging defaults apply, in the construct, in the
 * validation and in `vpn-device-config` alike. Takes anything: props may come from JSON.
 */
export function adoptsConnection(device: unknown): boolean {
  if (typeof device !== 'object' || device === null) return false;
  const adopt = (device as { adopt?: unknown }).adopt;
  return typeof adopt === 'object' && adopt !== null && (adopt as AdoptedSite).vpnConnectionId !== undefined;
}
