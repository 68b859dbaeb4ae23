/**
 * Tunnel inside CIDRs. Sources: provider `validVPNConnectionTunnelInsideCIDR` (P) and EC2 API
 * `VpnTunnelOptionsSpecification.TunnelInsideCidr` (D): a /30 in 169.254.0.0/16, not one of the
 * reserved blocks, unique across all VPN connections of the virtual private gateway.
 */
import { RuleContext } from '../rule';
import { forEachGiven } from '../tunnels';
import { isRecord, isToken, parseCidr } from '../values';

/** Reserved by AWS (EC2 API reference, TunnelInsideCidr). */
export const RESERVED_INSIDE_CIDRS: readonly string[] = [
  '169.254.0.0/30',
  '169.254.1.0/30',
  '169.254.2.0/30',
  '169.254.3.0/30',
  '169.254.4.0/30',
  '169.254.5.0/30',
  '169.254.169.252/30',
];
const RESERVED = new Set(RESERVED_INSIDE_CIDRS);

export const INSIDE_CIDR_ALLOWED = 'choose a /30 in 169.254.0.0/16 other than 169.254.0.0–5.0/30 and 169.254.169.252/30';

/** A canonical /30 network address inside 169.254.0.0/16, not reserved. */
export function insideCidrShape(ctx: RuleContext): void {
  const { report: r } = ctx;
  forEachGiven(ctx, 'insideCidr', ({ value, path }) => {
    if (isToken(value)) return;
    if (typeof value !== 'string') {
      r.error(path, value, 'not a string', `a /30 CIDR, e.g. "169.254.10.0/30"`);
      return;
    }
    const cidr = parseCidr(value);
    if (!cidr) {
      r.error(path, value, 'not a canonical IPv4 CIDR', 'a dotted quad without leading zeros or spaces, then /30, e.g. "169.254.10.0/30"');
    } else if (cidr.prefixLength !== 30) {
      r.error(path, value, `a /${cidr.prefixLength}, not a /30`, 'a tunnel inside CIDR is exactly 4 addresses: /30');
    } else if (cidr.network !== value) {
      r.error(path, value, 'host bits set', `the /30 network address is "${cidr.network}"`);
    } else if (!value.startsWith('169.254.')) {
      r.error(path, value, 'outside 169.254.0.0/16', INSIDE_CIDR_ALLOWED);
    } else if (RESERVED.has(value)) {
      r.error(path, value, 'reserved by AWS', INSIDE_CIDR_ALLOWED);
    }
  });
}

/** All inside CIDRs of all connections on the gateway are pairwise distinct (one Map pass). */
export function insideCidrsDistinct(ctx: RuleContext): void {
  const { report: r } = ctx;
  const firstUse = new Map<string, string>();
  const reported = new Set<string>();
  for (const tunnel of ctx.tunnels) {
    const given = tunnel.get('insideCidr');
    if (!given || typeof given.value !== 'string' || isToken(given.value)) continue;
    const owner = firstUse.get(given.value);
    if (owner === undefined) {
      firstUse.set(given.value, tunnel.label);
    } else if (!reported.has(given.path)) {
      reported.add(given.path);
      r.error(
        given.path,
        given.value,
        `${tunnel.label} uses the same inside CIDR as ${owner}`,
        'every tunnel on a virtual private gateway needs its own /30',
      );
    }
  }
}

/** IPv6 tunnels are transit-gateway only (provider: RequiredWith transit_gateway_id; AWS docs). */
export function noInsideIpv6Cidr(ctx: RuleContext): void {
  const { report: r } = ctx;
  for (const layer of ctx.layers) {
    if (!isRecord(layer.value) || layer.value.insideIpv6Cidr === undefined) continue;
    r.error(
      `${layer.path}.insideIpv6Cidr`,
      layer.value.insideIpv6Cidr,
      'transit gateway only: a virtual private gateway has no IPv6 tunnels',
      'remove it; IPv6 inside CIDRs need a transit gateway or Cloud WAN VPN',
    );
  }
}
