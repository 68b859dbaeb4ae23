/** Test helpers: synthesize a RedundantVpn (or a whole app) and read the JSON back. */
import { App, Testing, TerraformStack } from 'cdktf';
import { CustomerGatewayProps, RedundantVpn, RedundantVpnProps, RoutingMode, TunnelOptions } from '../../src';
import { readTerraformExpression } from './terraform-expression';

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

/** `props` (default: baseProps()) with `fields` set on one customer gateway, the first by default. */
export function withGateway(fields: Record<string, unknown>, index = 0, props: RedundantVpnProps = baseProps()): RedundantVpnProps {
  const gateways = props.customerGateways.map((c, i) => (i === index ? { ...c, ...fields } : c));
  return { ...props, customerGateways: gateways as RedundantVpnProps['customerGateways'] };
}

/**
 * `props` (default: baseProps()) with `options` on one tunnel of the second customer gateway and
 * `profile`, when given, as the construct-wide tunnel profile.
 */
export function withTunnel(tunnel: 1 | 2, options: Record<string, unknown>, profile?: Record<string, unknown>, props: RedundantVpnProps = baseProps()): RedundantVpnProps {
  return {
    ...props,
    tunnelOptions: (profile ?? props.tunnelOptions) as TunnelOptions | undefined,
    customerGateways: [props.customerGateways[0], { ...props.customerGateways[1], [`tunnel${tunnel}`]: options }],
  };
}

/** `n` devices edge-1 … edge-n on 198.51.100.10, .11, …, all with BGP ASN 65010. */
export function devices(n: number): CustomerGatewayProps[] {
  return Array.from({ length: n }, (_, i) => ({ name: `edge-${i + 1}`, ipAddress: `198.51.100.${i + 10}`, bgpAsn: 65010 }));
}

/** The start of a reference to an attribute of the connection of `site` (construct id `vpn`), up to the attribute name. */
export const CONNECTION = (site: string): RegExp => new RegExp(`^\\$\\{aws_vpn_connection\\.vpn_VpnConnection-${site}_[0-9A-F]{8}\\.`);

export type Outputs = Record<string, { value: any; sensitive?: boolean }>;

/** The outputs of a synthesized stack by name. */
export function outputsOf(json: Json): Outputs {
  return json.output as Outputs;
}

/** The value of the hand-off output of the construct with id `vpn`. */
export function handoffOf(json: Json): any {
  return outputValue(json, 'vpn_handoff');
}

/** The value of the sensitive secrets output of the construct with id `vpn`. */
export function secretsOf(json: Json): any {
  return outputValue(json, 'vpn_secrets');
}

/** An output's value; the map outputs are synthesized as one Terraform expression (src/internal/terraform-expression.ts), read back as JSON. */
function outputValue(json: Json, name: string): any {
  const value = outputsOf(json)[name].value;
  return typeof value === 'string' && value.startsWith('${{') ? readTerraformExpression(value) : value;
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
