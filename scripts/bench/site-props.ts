/** The props of benchmark site number `i`: distinct ids, prefixes and device identities per site. */
import { RedundantVpnProps, RoutingMode } from '../../src/model/props';

/** A 17-hex-digit AWS-style id, distinct per site and suffix. */
function awsId(prefix: string, i: number, n: number): string {
  return `${prefix}-${(i * 4 + n).toString(16).padStart(17, '0')}`;
}

export function siteProps(i: number): RedundantVpnProps {
  // Documentation addresses (as in the default config); the private 4-byte ASN makes each
  // site's (address, ASN) pair, i.e. its customer gateway identity in AWS, distinct.
  const host = (i % 254) + 1;
  const asn = 4200000000 + i;
  return {
    vpcId: awsId('vpc', i, 0),
    routeTableIds: [awsId('rtb', i, 1), awsId('rtb', i, 2)],
    routing: RoutingMode.STATIC,
    staticRoutes: [`10.${i >> 8}.${i & 255}.0/24`, `172.${16 + (i >> 8)}.${i & 255}.0/24`],
    customerGateways: [
      { name: 'edge-a', ipAddress: `198.51.100.${host}`, bgpAsn: asn },
      { name: 'edge-b', ipAddress: `203.0.113.${host}`, bgpAsn: asn },
    ],
  };
}
