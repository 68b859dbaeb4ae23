/**
 * Terraform outputs of a RedundantVpn: ids and tunnel addresses for the next pipeline step and
 * the on-premises team, one map per connection. Secrets (pre-shared keys, the device configuration
 * that embeds them) are in a separate sensitive output per connection, never in a plain one.
 */
import { TerraformOutput } from 'cdktf';
import type { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import type { CustomerGateway } from '@cdktf/provider-aws/lib/customer-gateway';
import { PresharedKeyStorage, RedundantVpnProps } from './props';
import { TUNNEL_NUMBERS, TunnelNumber } from './tunnel-options';
import { attributeRef } from './attribute-ref';

/** The parts of the construct the outputs read (avoids a circular import of the class). */
export interface VpnOutputSource {
  readonly node: { readonly id: string };
  readonly amazonSideAsn: number;
  readonly routing: string;
  readonly customerGateways: CustomerGateway[];
  readonly connections: VpnConnection[];
}

/** What the outputs refer to: the construct's token-free references (see attributeRef). */
export interface OutputReferences {
  readonly vpnGatewayId: string;
  readonly alarmTopicArn?: string;
  readonly logGroupArn?: string;
}

/** Output names are `<prefix>_<what>`; the prefix is the construct id made identifier-safe. */
export function outputPrefix(constructId: string): string {
  return constructId.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** Tunnel attributes of the connection (known after apply), as Terraform references. */
function tunnelAttributes(connection: VpnConnection, n: TunnelNumber) {
  const attribute = (name: string) => attributeRef(connection, `tunnel${n}_${name}`);
  return {
    outside_address: attribute('address'),
    inside_cidr: attribute('inside_cidr'),
    cgw_inside_address: attribute('cgw_inside_address'),
    vgw_inside_address: attribute('vgw_inside_address'),
    bgp_asn: attribute('bgp_asn'),
    bgp_holdtime: attribute('bgp_holdtime'),
  };
}

export function addVpnOutputs(
  vpn: VpnOutputSource & import('constructs').Construct,
  props: RedundantVpnProps,
  refs: OutputReferences,
): void {
  const prefix = outputPrefix(vpn.node.id);
  const output = (id: string, value: unknown, description: string, sensitive = false) => {
    const o = new TerraformOutput(vpn, id, { value, description, sensitive });
    o.overrideLogicalId(`${prefix}_${id}`);
    return o;
  };

  output('vpn_gateway_id', refs.vpnGatewayId, 'Id of the virtual private gateway');
  if (refs.alarmTopicArn !== undefined) output('alarm_topic_arn', refs.alarmTopicArn, 'SNS topic the tunnel-state alarms notify (subscribe the on-call here)');
  if (refs.logGroupArn !== undefined) output('log_group_arn', refs.logGroupArn, 'CloudWatch log group of the tunnel (and BGP) logs');
  const keysInSecretsManager = props.presharedKeyStorage === PresharedKeyStorage.SECRETS_MANAGER;

  const handoffConnections: Record<string, unknown> = {};
  props.customerGateways.forEach((device, i) => {
    const connection = vpn.connections[i];
    const site = device.name;
    // One map per connection, not one output per value: cdktf pays about as much per output as
    // per resource (see `npm run bench`), and a 40-site config would otherwise print ~1,000 outputs.
    const summary = {
      connection_id: attributeRef(connection, 'id'),
      customer_gateway_id: attributeRef(vpn.customerGateways[i], 'id'),
      customer_gateway_ip: device.ipAddress,
      customer_gateway_asn: device.bgpAsn,
      // The secret's ARN is not a secret: it names where the keys are; reading them needs IAM access.
      ...(keysInSecretsManager ? { preshared_key_arn: attributeRef(connection, 'preshared_key_arn') } : {}),
      tunnels: TUNNEL_NUMBERS.map((n) => ({ tunnel: n, ...tunnelAttributes(connection, n) })),
    };
    output(`${site}_connection`, summary, `VPN connection of customer gateway ${site}: ids and, per tunnel, outside/inside addresses and BGP ASN (no secrets)`);
    const secrets: Record<string, string> = {
      customer_gateway_configuration: attributeRef(connection, 'customer_gateway_configuration'),
    };
    // With Secrets Manager storage the service no longer returns the keys (the provider reads a
    // redacted placeholder): the secret is the only source, so no key output that would mislead.
    if (!keysInSecretsManager) {
      for (const n of TUNNEL_NUMBERS) secrets[`tunnel${n}_preshared_key`] = attributeRef(connection, `tunnel${n}_preshared_key`);
    }
    output(`${site}_secrets`, secrets, `${site}: pre-shared keys and AWS's device configuration XML (sensitive)`, true);
    handoffConnections[site] = summary;
  });

  // One structured, secret-free map for the on-premises team and tools (vpn-device-config).
  output(
    'handoff',
    {
      vpn_gateway_id: refs.vpnGatewayId,
      amazon_side_asn: vpn.amazonSideAsn,
      routing: vpn.routing,
      static_routes: props.staticRoutes ?? [],
      connections: handoffConnections,
    },
    'Per connection and tunnel: outside IPs, inside addresses, ASNs (no secrets)',
  );
}
