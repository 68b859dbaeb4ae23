/**
 * Terraform outputs of a RedundantVpn, three whatever the number of devices:
 * - `<prefix>_vpn_gateway_id`: the virtual private gateway id;
 * - `<prefix>_handoff`: one structured, secret-free map for the next pipeline step and the
 *   on-premises team (gateway, routing, per connection ids and tunnel addresses, alarm topic and
 *   log group ARNs);
 * - `<prefix>_secrets` (sensitive): per device, the pre-shared keys and the device configuration
 *   that embeds them. Secrets are never in a plain output.
 */
import { TerraformOutput } from 'cdktf';
import type { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import type { CustomerGateway } from '@cdktf/provider-aws/lib/customer-gateway';
import type { ConnectionHandoff, KeyLocation, TunnelHandoff, VpnHandoff } from '../model/handoff';
import { PresharedKeyStorage, RedundantVpnProps } from '../model/props';
import { TUNNEL_NUMBERS, TunnelNumber } from '../model/tunnel-options';
import { asTerraformExpression, attributeRef } from '../internal/synth-speed';
import { tunnelCryptoRecord, tunnelOptionsOf } from '../handoff/tunnel-crypto';

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
    tunnel: n,
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
  const keysInSecretsManager = props.presharedKeyStorage === PresharedKeyStorage.SECRETS_MANAGER;

  // Three outputs whatever the number of devices, not one per value or per connection: cdktf pays
  // about as much per output as per resource (see `npm run bench`).
  const connections: Record<string, ConnectionHandoff> = {};
  const secrets: Record<string, Record<string, string>> = {};
  const staticRoutes = props.staticRoutes ?? [];
  const vpcId = typeof props.vpcId === 'string' ? { vpc_id: props.vpcId } : {};
  props.customerGateways.forEach((device, i) => {
    const connection = vpn.connections[i];
    // The secret's ARN is not a secret: it names where the keys are; reading them needs IAM access.
    const keyArn = keysInSecretsManager ? attributeRef(connection, 'preshared_key_arn') : undefined;
    const keyLocation = (n: TunnelNumber): KeyLocation =>
      keyArn !== undefined ? { secrets_manager_arn: keyArn } : { sensitive_output: `${prefix}_secrets`, field: `${device.name}.tunnel${n}_preshared_key` };
    const tunnels = TUNNEL_NUMBERS.map(
      (n): TunnelHandoff => ({
        ...tunnelAttributes(connection, n),
        // Known at synth: what the tunnel is deployed with, after precedence and AWS's defaults.
        ...tunnelCryptoRecord(tunnelOptionsOf(props.tunnelOptions, device, n)),
        key_location: keyLocation(n),
      }),
    );
    connections[device.name] = {
      connection_id: attributeRef(connection, 'id'),
      customer_gateway_id: attributeRef(vpn.customerGateways[i], 'id'),
      customer_gateway_ip: device.ipAddress,
      customer_gateway_asn: device.bgpAsn,
      routing: vpn.routing,
      static_routes: staticRoutes,
      ...vpcId,
      ...(keyArn !== undefined ? { preshared_key_arn: keyArn } : {}),
      tunnels,
    };
    const deviceSecrets: Record<string, string> = {
      customer_gateway_configuration: attributeRef(connection, 'customer_gateway_configuration'),
    };
    // With Secrets Manager storage the service no longer returns the keys (the provider reads a
    // redacted placeholder): the secret is the only source, so no key output that would mislead.
    if (!keysInSecretsManager) {
      for (const n of TUNNEL_NUMBERS) deviceSecrets[`tunnel${n}_preshared_key`] = attributeRef(connection, `tunnel${n}_preshared_key`);
    }
    secrets[device.name] = deviceSecrets;
  });

  output('vpn_gateway_id', refs.vpnGatewayId, 'Id of the virtual private gateway');
  // One structured, secret-free map for the on-premises team and tools (vpn-device-config).
  const handoff = {
    vpn_gateway_id: refs.vpnGatewayId,
    amazon_side_asn: vpn.amazonSideAsn,
    routing: vpn.routing,
    static_routes: staticRoutes,
    ...vpcId,
    connections,
    ...(refs.alarmTopicArn !== undefined ? { alarm_topic_arn: refs.alarmTopicArn } : {}),
    ...(refs.logGroupArn !== undefined ? { log_group_arn: refs.logGroupArn } : {}),
  } satisfies VpnHandoff;
  // One expression string, not a JSON object: cdktf would resolve its ~180 keys and values per
  // connection one by one (src/internal/terraform-expression.ts); Terraform evaluates both alike.
  output(
    'handoff',
    asTerraformExpression(handoff),
    'Gateway id, Amazon-side ASN, routing; per connection its ids, routing and per tunnel outside/inside addresses, BGP ASN and timers, the effective crypto, MTU/MSS and where the key is; the alarm topic and log group ARNs (no secrets)',
  );
  // Also one expression: references only, but one per key and device configuration, per device.
  output('secrets', asTerraformExpression(secrets), "Per customer gateway device: pre-shared keys and AWS's device configuration XML (sensitive)", true);
}
