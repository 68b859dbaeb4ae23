/** Hand-off values as `cdktf output` returns them after an apply, for tests of the tools that read them. */
import type { ConnectionHandoff, TunnelHandoff, VpnHandoff } from '../../src/handoff/outputs-file';

/** Tunnel `n` with inside CIDR 169.254.<third>.0/30: AWS side .1, device side .2. */
export function fixtureTunnel(n: number, outsideAddress: string, third: number): TunnelHandoff {
  return {
    tunnel: n,
    outside_address: outsideAddress,
    inside_cidr: `169.254.${third}.0/30`,
    cgw_inside_address: `169.254.${third}.2`,
    vgw_inside_address: `169.254.${third}.1`,
    bgp_asn: '64512',
    bgp_holdtime: 30,
  };
}

/** One connection: ids `vpn-0<suffix>` and `cgw-0<suffix>`, the device's address and ASN, its two tunnels. */
export function fixtureConnection(suffix: string, ip: string, asn: number, tunnels: TunnelHandoff[]): ConnectionHandoff {
  return { connection_id: `vpn-0${suffix}`, customer_gateway_id: `cgw-0${suffix}`, customer_gateway_ip: ip, customer_gateway_asn: asn, tunnels };
}

/** The device `dc1-edge-a` of most tests: 198.51.100.10, ASN 65010, tunnels on 192.0.2.1/.2 and 169.254.10/11. */
export const EDGE_A = fixtureConnection('aaa', '198.51.100.10', 65010, [fixtureTunnel(1, '192.0.2.1', 10), fixtureTunnel(2, '192.0.2.2', 11)]);

/** A `<prefix>_handoff` output value. */
export function fixtureHandoff(
  connections: { [name: string]: ConnectionHandoff },
  { vpnGatewayId = 'vgw-0123456789abcdef0', routing = 'dynamic', staticRoutes = [] as string[] } = {},
): VpnHandoff {
  return { vpn_gateway_id: vpnGatewayId, amazon_side_asn: 64512, routing, static_routes: staticRoutes, connections };
}
