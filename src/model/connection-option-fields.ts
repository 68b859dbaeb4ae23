/**
 * The connection-option field table: one row per field of {@link ConnectionOptions} (arguments of
 * `aws_vpn_connection` that apply to both tunnels), in the shape of the tunnel-option table. The
 * provider mapping, the config schema fragment, the CIDR rule and the docs table derive from it;
 * the `satisfies` clause makes a missing or extra row a compile error.
 *
 * Sources: provider 6.25 `aws_vpn_connection` (`local_ipv4_network_cidr`,
 * `remote_ipv4_network_cidr`: IsCIDRNetwork(0, 32), not RequiredWith transit_gateway_id, updated in
 * place through ModifyVpnConnectionOptions) and EC2 API `VpnConnectionOptionsSpecification`
 * (defaults). Loads no cdktf module.
 */
import type { VpnConnectionConfig } from '@cdktf/provider-aws/lib/vpn-connection';
import { ConnectionOptions } from './props';
import { FieldFor } from './tunnel-option-fields';

/** One row per field of `ConnectionOptions`, of the kind its type calls for. */
export type ConnectionOptionFieldTable = { readonly [K in keyof ConnectionOptions]-?: FieldFor<NonNullable<ConnectionOptions[K]>> };

export const CONNECTION_OPTION_FIELDS = {
  localIpv4NetworkCidr: {
    kind: 'cidr',
    argument: 'local_ipv4_network_cidr',
    doc: 'On-premises IPv4 CIDR allowed through the tunnels (traffic selector, customer gateway side)',
    allowedText: 'an IPv4 network CIDR, /0–/32, e.g. "10.20.0.0/16"',
    awsDefault: '0.0.0.0/0',
  },
  remoteIpv4NetworkCidr: {
    kind: 'cidr',
    argument: 'remote_ipv4_network_cidr',
    doc: 'AWS-side IPv4 CIDR allowed through the tunnels (traffic selector, AWS side)',
    allowedText: 'an IPv4 network CIDR, /0–/32, e.g. "10.0.0.0/16"',
    awsDefault: '0.0.0.0/0',
  },
} as const satisfies ConnectionOptionFieldTable;

/** The option names in table order. */
export const CONNECTION_OPTION_NAMES = Object.keys(CONNECTION_OPTION_FIELDS) as (keyof ConnectionOptions)[];

const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The `aws_vpn_connection` arguments of a connection's options; unset options are left out (AWS defaults). */
export function connectionArguments(options: ConnectionOptions): Partial<VpnConnectionConfig> {
  const args: Record<string, unknown> = {};
  for (const name of CONNECTION_OPTION_NAMES) {
    const value = options[name];
    if (value !== undefined) args[camel(CONNECTION_OPTION_FIELDS[name].argument)] = value;
  }
  return args as Partial<VpnConnectionConfig>;
}
