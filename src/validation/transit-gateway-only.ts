/**
 * Field names of `aws_vpn_connection` features that exist only for a transit gateway (or Cloud
 * WAN) attachment, in the camelCase a config or props would use. A virtual private gateway has
 * none of them (AWS docs: acceleration, private outside IPs, large tunnel bandwidth, VPN
 * concentrators and IPv6 tunnels are transit-gateway features; provider: `enable_acceleration`,
 * `local/remote_ipv6_network_cidr`, `tunnelN_inside_ipv6_cidr` are RequiredWith transit_gateway_id).
 * Giving one gets a specific error instead of a plain "unknown field".
 */
export const TRANSIT_GATEWAY_ONLY_FIELDS: Readonly<Record<string, string>> = {
  transitGatewayId: 'a transit gateway attachment',
  enableAcceleration: 'accelerated VPN (AWS Global Accelerator)',
  outsideIpAddressType: 'private outside IP addresses (PrivateIpv4 over Direct Connect)',
  transportTransitGatewayAttachmentId: 'private outside IP addresses (transport attachment)',
  tunnelBandwidth: 'large tunnel bandwidth',
  vpnConcentratorId: 'VPN concentrators',
  tunnelInsideIpVersion: 'IPv6 tunnels (tunnel inside IP version)',
  localIpv6NetworkCidr: 'IPv6 traffic selectors',
  remoteIpv6NetworkCidr: 'IPv6 traffic selectors',
  coreNetworkArn: 'a Cloud WAN core network attachment',
  coreNetworkAttachmentArn: 'a Cloud WAN core network attachment',
};

/** `transit gateway only: <feature> (…)` — one wording for the loader and the rules. */
export function transitGatewayOnlyReason(field: string): { rule: string; allowed: string } | undefined {
  const feature = Object.prototype.hasOwnProperty.call(TRANSIT_GATEWAY_ONLY_FIELDS, field) ? TRANSIT_GATEWAY_ONLY_FIELDS[field] : undefined;
  if (feature === undefined) return undefined;
  return {
    rule: `transit gateway only: ${feature} is not available on a virtual private gateway`,
    allowed: 'remove it; this library connects through a virtual private gateway',
  };
}
