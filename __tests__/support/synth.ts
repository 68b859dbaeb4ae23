/** Test helpers: synthesize a RedundantVpn (or a whole app) and read the JSON back. */
import { App, Testing, TerraformStack } from 'cdktf';
import { RedundantVpn, RedundantVpnProps, RoutingMode } from '../../src';

export type Json = Record<string, any>;

/** Two devices, static routing: the config from the core issue. */
export function baseProps(overrides: Partial<RedundantVpnProps> = {}): RedundantVpnProps {
  return {
    vpcId: 'vpc-0a1b2c3d4e5f60718',
    routeTableIds: ['rtb-0a1b2c3d4e5f60718', 'rtb-0f1e2d3c4b5a69788'],
    amazonSideAsn: 64512,
    routing: RoutingMode.STATIC,
    staticRoutes: ['10.20.0.0/16', '10.30.0.0/16'],
    customerGateways: [
      { name: 'dc1-edge-a', ipAddress: '198.51.100.10', bgpAsn: 65010 },
      { name: 'dc1-edge-b', ipAddress: '198.51.100.20', bgpAsn: 65010 },
    ],
    ...overrides,
  };
}

/** Synthesizes one RedundantVpn with id `vpn` in a fresh stack; returns the parsed stack JSON. */
export function synthVpn(props: RedundantVpnProps): Json {
  let vpn: RedundantVpn | undefined;
  const json = Testing.synthScope((scope) => {
    vpn = new RedundantVpn(scope, 'vpn', props);
  });
  void vpn;
  return JSON.parse(json);
}

/** The resources of one type as a list of their bodies (logical ids dropped). */
export function resources(json: Json, type: string): Json[] {
  return Object.values(json.resource?.[type] ?? {});
}

/** Synthesizes every stack of an app into a map name → parsed JSON. */
export function synthApp(app: App): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const stack of app.node.children) {
    if (stack instanceof TerraformStack) out[stack.node.id] = JSON.parse(Testing.synth(stack));
  }
  return out;
}

/** The core promise for two devices and two prefixes: 1 VGW, 1 attachment, 2 CGWs, 2 connections, 4 routes, 2 propagations. */
export function expectCoreTopology(json: Json): void {
  expect(resources(json, 'aws_vpn_gateway')).toHaveLength(1);
  expect(resources(json, 'aws_vpn_gateway_attachment')).toHaveLength(1);
  expect(resources(json, 'aws_customer_gateway')).toHaveLength(2);
  expect(resources(json, 'aws_vpn_connection')).toHaveLength(2);
  expect(resources(json, 'aws_vpn_connection_route')).toHaveLength(4);
  expect(resources(json, 'aws_vpn_gateway_route_propagation')).toHaveLength(2);
}
