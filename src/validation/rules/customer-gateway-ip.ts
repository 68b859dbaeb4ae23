/**
 * Customer gateway addresses. Sources: provider `ip_address` IsIPv4Address (P); AWS docs (D): a
 * virtual private gateway needs the device's public, static IPv4 address (private outside IPs
 * are transit-gateway only) and a second device for redundancy, so a second IP; EC2 API
 * `CreateCustomerGateway` (A): an identical type + IP + ASN (and device name) returns the EXISTING
 * gateway instead of creating a second one.
 */
import * as ipaddr from 'ipaddr.js';
import { RuleContext } from '../rule';
import { DOTTED_QUAD, isToken } from '../values';
import { forEachGateway } from '../gateways';

/** Not publicly routable (documentation ranges stay allowed: examples use them). */
const NOT_PUBLIC: readonly [string, string][] = [
  ['0.0.0.0/8', '"this network" (0.0.0.0/8)'],
  ['10.0.0.0/8', 'private (RFC 1918)'],
  ['100.64.0.0/10', 'shared address space (100.64.0.0/10, carrier-grade NAT)'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private (RFC 1918)'],
  ['192.168.0.0/16', 'private (RFC 1918)'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved (240.0.0.0/4)'],
];
const RANGES = NOT_PUBLIC.map(([cidr, name]) => ({ range: ipaddr.IPv4.parseCIDR(cidr), name }));

const ALLOWED = "the public, static IPv4 address of the device's outside interface";

export function customerGatewayIpAddress(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  forEachGateway(props, (cgw, i) => {
    const path = `customerGateways[${i}].ipAddress`;
    const ip = cgw.ipAddress;
    if (isToken(ip)) return;
    if (typeof ip !== 'string' || !DOTTED_QUAD.test(ip)) {
      r.error(path, ip, 'not a dotted-quad IPv4 address', `${ALLOWED}, e.g. "203.0.113.10" (no leading zeros or spaces)`);
      return;
    }
    const address = ipaddr.IPv4.parse(ip);
    // 255.255.255.255 is inside 240.0.0.0/4 but deserves its own name.
    const hit = ip === '255.255.255.255' ? { name: 'broadcast' } : RANGES.find((range) => address.match(range.range));
    if (hit) r.error(path, ip, `not publicly routable: ${hit.name}`, `${ALLOWED}; private outside IPs need a transit gateway`);
  });
}

/**
 * Distinct devices. One public IP is one device: two customer gateways on the same IP (whatever
 * their ASNs) are a single point of failure, not the redundant pair AWS describes ("a second
 * customer gateway device"). With the same IP, ASN and device name AWS even returns the existing
 * gateway instead of creating a second one.
 */
export function customerGatewaysDistinct(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const first = new Map<string, number>();
  forEachGateway(props, (cgw, i) => {
    if (typeof cgw.ipAddress !== 'string' || isToken(cgw.ipAddress)) return;
    const owner = first.get(cgw.ipAddress);
    if (owner === undefined) {
      first.set(cgw.ipAddress, i);
      return;
    }
    const other = props.customerGateways[owner];
    const identical = !isToken(cgw.bgpAsn) && !isToken(cgw.deviceName) && cgw.bgpAsn === other.bgpAsn && (cgw.deviceName ?? null) === (other.deviceName ?? null);
    r.error(
      `customerGateways[${i}].ipAddress`,
      cgw.ipAddress,
      identical
        ? `same IP address, ASN and device name as customerGateways[${owner}]: AWS would return that gateway instead of creating a second one`
        : `same public IP address as customerGateways[${owner}]: one device, not redundant (a different ASN or device name does not make a second device)`,
      'one entry per device; a second device has its own public IP',
    );
  });
}
