/**
 * What changing one argument does to traffic: the replacement rules, stated once, each with its
 * source. Advisory mode (two synth outputs, no plan) decides with this table; plan mode decides
 * from the plan (actions, `replace_paths`) and uses the table only to explain, because the rules
 * move between provider versions (`tunnelN_inside_cidr` is ForceNew up to 6.26 and updated in
 * place after it).
 *
 * Loads nothing but this file: the CLI and the tests import it.
 */

/** The effect class of one argument. */
export enum Effect {
  /** The resource is destroyed and created again (ForceNew). */
  REPLACE = 'replace',
  /** Modified in place with both tunnels of the connection down for a while. */
  BOTH_TUNNELS_DOWN = 'both-tunnels-down',
  /** Modified in place through ModifyVpnTunnelOptions for the tunnel the argument names: that tunnel renegotiates. */
  TUNNEL = 'tunnel',
  /** A connection-wide setting sent with ModifyVpnTunnelOptions for each tunnel in turn: both renegotiate. */
  EACH_TUNNEL = 'each-tunnel',
  /** Tags only: no effect on traffic. */
  TAGS = 'tags',
  /** Computed by AWS or the provider: never a cause, it follows from the arguments. */
  COMPUTED = 'computed',
  /** Attaches or detaches the gateway: the whole VPC loses (or gains) the VPN. */
  ATTACH = 'attach',
}

/** Where a rule comes from. */
export enum EffectSource {
  FORCE_NEW = 'provider schema: ForceNew (hashicorp/aws 5.100.0)',
  ASSUMED_FORCE_NEW = 'assumed ForceNew (the safe assumption): an argument of hashicorp/aws 6.x that 5.100.0 does not have, not measured here; plan mode follows the plan',
  MODIFY_VPN_CONNECTION = 'EC2 ModifyVpnConnection: moves the connection to another customer or target gateway; the connection is unavailable meanwhile',
  MODIFY_VPN_CONNECTION_OPTIONS = 'EC2 ModifyVpnConnectionOptions: the connection is temporarily unavailable while the network CIDRs change',
  MODIFY_VPN_TUNNEL_OPTIONS = 'EC2 ModifyVpnTunnelOptions: one tunnel per call, the tunnel renegotiates (the provider does tunnel 1, then tunnel 2, waiting only for the connection to be available)',
  MODIFY_VPN_TUNNEL_OPTIONS_EACH = 'EC2 ModifyVpnTunnelOptions (PreSharedKeyStorage is a parameter of each tunnel call): both tunnels, one after the other',
  TAGS = 'EC2 CreateTags/DeleteTags: no effect on traffic',
  COMPUTED = 'computed by AWS or the provider',
  ATTACH = 'EC2 AttachVpnGateway/DetachVpnGateway',
}

/** One row of the table. */
export interface EffectRule {
  /** Terraform resource type. */
  readonly resource: string;
  /** Argument name; `*` stands for the tunnel number (1 or 2). */
  readonly argument: string;
  readonly effect: Effect;
  readonly source: EffectSource;
  /**
   * Optional and computed: leaving it out of the configuration keeps the live value (no change).
   * Arguments without the flag go back to AWS's default when left out.
   */
  readonly keepsLiveWhenOmitted?: boolean;
  /** The AWS default the provider treats as "unset" (its DiffSuppressFunc): a live value equal to it is no change. */
  readonly awsDefault?: string | number;
  /** Required by the provider: cannot be left out. */
  readonly required?: boolean;
  /** What changes between provider versions, and where that is stated. */
  readonly note?: string;
}

const CONNECTION = 'aws_vpn_connection';
const CUSTOMER_GATEWAY = 'aws_customer_gateway';
const VPN_GATEWAY = 'aws_vpn_gateway';

const tunnel = (option: string, extra: Partial<EffectRule> = {}): EffectRule => ({
  resource: CONNECTION,
  argument: `tunnel*_${option}`,
  effect: Effect.TUNNEL,
  source: EffectSource.MODIFY_VPN_TUNNEL_OPTIONS,
  ...extra,
});
const forceNew = (resource: string, argument: string, extra: Partial<EffectRule> = {}): EffectRule => ({
  resource,
  argument,
  effect: Effect.REPLACE,
  source: EffectSource.FORCE_NEW,
  ...extra,
});
const KEEPS = { keepsLiveWhenOmitted: true } as const;
const REQUIRED = { required: true } as const;
const tags = (resource: string): EffectRule[] => [
  { resource, argument: 'tags', effect: Effect.TAGS, source: EffectSource.TAGS },
  { resource, argument: 'tags_all', effect: Effect.TAGS, source: EffectSource.TAGS, keepsLiveWhenOmitted: true },
];
const computed = (resource: string, ...args: string[]): EffectRule[] =>
  args.map((argument) => ({ resource, argument, effect: Effect.COMPUTED, source: EffectSource.COMPUTED, keepsLiveWhenOmitted: true }));

/** The table: argument → effect, with its source. */
export const EFFECT_RULES: readonly EffectRule[] = [
  // aws_vpn_connection
  forceNew(CONNECTION, 'type', REQUIRED),
  forceNew(CONNECTION, 'tunnel_bandwidth', { ...KEEPS, source: EffectSource.ASSUMED_FORCE_NEW }),
  forceNew(CONNECTION, 'vpn_concentrator_id', { source: EffectSource.ASSUMED_FORCE_NEW }),
  forceNew(CONNECTION, 'static_routes_only', KEEPS),
  forceNew(CONNECTION, 'enable_acceleration', KEEPS),
  forceNew(CONNECTION, 'tunnel_inside_ip_version', KEEPS),
  forceNew(CONNECTION, 'tunnel*_inside_cidr', { ...KEEPS, note: 'In place (ModifyVpnTunnelOptions) from a provider release after 6.26 (provider PR #45781): plan mode follows the plan' }),
  forceNew(CONNECTION, 'tunnel*_inside_ipv6_cidr', { ...KEEPS, note: 'As tunnel*_inside_cidr.' }),
  forceNew(CONNECTION, 'outside_ip_address_type', KEEPS),
  forceNew(CONNECTION, 'transport_transit_gateway_attachment_id'),
  { resource: CONNECTION, argument: 'customer_gateway_id', effect: Effect.BOTH_TUNNELS_DOWN, source: EffectSource.MODIFY_VPN_CONNECTION, required: true },
  { resource: CONNECTION, argument: 'vpn_gateway_id', effect: Effect.BOTH_TUNNELS_DOWN, source: EffectSource.MODIFY_VPN_CONNECTION },
  { resource: CONNECTION, argument: 'transit_gateway_id', effect: Effect.BOTH_TUNNELS_DOWN, source: EffectSource.MODIFY_VPN_CONNECTION },
  ...['local_ipv4_network_cidr', 'remote_ipv4_network_cidr', 'local_ipv6_network_cidr', 'remote_ipv6_network_cidr'].map(
    (argument): EffectRule => ({ resource: CONNECTION, argument, effect: Effect.BOTH_TUNNELS_DOWN, source: EffectSource.MODIFY_VPN_CONNECTION_OPTIONS, keepsLiveWhenOmitted: true }),
  ),
  { resource: CONNECTION, argument: 'preshared_key_storage', effect: Effect.EACH_TUNNEL, source: EffectSource.MODIFY_VPN_TUNNEL_OPTIONS_EACH, keepsLiveWhenOmitted: true },
  tunnel('preshared_key', { keepsLiveWhenOmitted: true }),
  tunnel('ike_versions'),
  tunnel('phase1_encryption_algorithms'),
  tunnel('phase1_integrity_algorithms'),
  tunnel('phase1_dh_group_numbers'),
  tunnel('phase1_lifetime_seconds', { awsDefault: 28800 }),
  tunnel('phase2_encryption_algorithms'),
  tunnel('phase2_integrity_algorithms'),
  tunnel('phase2_dh_group_numbers'),
  tunnel('phase2_lifetime_seconds', { awsDefault: 3600 }),
  tunnel('rekey_margin_time_seconds', { awsDefault: 270 }),
  tunnel('rekey_fuzz_percentage', { awsDefault: 100 }),
  tunnel('replay_window_size', { awsDefault: 1024 }),
  tunnel('dpd_timeout_seconds', { awsDefault: 30 }),
  tunnel('dpd_timeout_action', { awsDefault: 'clear' }),
  tunnel('startup_action', { awsDefault: 'add' }),
  tunnel('enable_tunnel_lifecycle_control'),
  tunnel('log_options', { keepsLiveWhenOmitted: true }),
  ...tags(CONNECTION),
  ...computed(
    CONNECTION,
    'id',
    'arn',
    'customer_gateway_configuration',
    'core_network_arn',
    'core_network_attachment_arn',
    'preshared_key_arn',
    'routes',
    'transit_gateway_attachment_id',
    'vgw_telemetry',
    'tunnel*_address',
    'tunnel*_bgp_asn',
    'tunnel*_bgp_holdtime',
    'tunnel*_cgw_inside_address',
    'tunnel*_vgw_inside_address',
  ),
  // aws_customer_gateway: every argument but tags is ForceNew.
  ...['ip_address', 'bgp_asn', 'bgp_asn_extended', 'device_name', 'certificate_arn'].map((a) => forceNew(CUSTOMER_GATEWAY, a)),
  forceNew(CUSTOMER_GATEWAY, 'type', REQUIRED),
  ...tags(CUSTOMER_GATEWAY),
  ...computed(CUSTOMER_GATEWAY, 'id', 'arn'),
  // aws_vpn_gateway
  forceNew(VPN_GATEWAY, 'amazon_side_asn', KEEPS),
  forceNew(VPN_GATEWAY, 'availability_zone'),
  { resource: VPN_GATEWAY, argument: 'vpc_id', effect: Effect.ATTACH, source: EffectSource.ATTACH, keepsLiveWhenOmitted: true },
  ...tags(VPN_GATEWAY),
  ...computed(VPN_GATEWAY, 'id', 'arn'),
  // attachment, routes, propagations: every argument is ForceNew.
  forceNew('aws_vpn_gateway_attachment', 'vpc_id', REQUIRED),
  forceNew('aws_vpn_gateway_attachment', 'vpn_gateway_id', REQUIRED),
  forceNew('aws_vpn_connection_route', 'destination_cidr_block', REQUIRED),
  forceNew('aws_vpn_connection_route', 'vpn_connection_id', REQUIRED),
  forceNew('aws_vpn_gateway_route_propagation', 'route_table_id', REQUIRED),
  forceNew('aws_vpn_gateway_route_propagation', 'vpn_gateway_id', REQUIRED),
  ...computed('aws_vpn_gateway_attachment', 'id'),
  ...computed('aws_vpn_connection_route', 'id'),
  ...computed('aws_vpn_gateway_route_propagation', 'id'),
  // Provider 6.x: every resource has its own `region`; another region is another resource.
  ...['aws_vpn_gateway', 'aws_vpn_gateway_attachment', CUSTOMER_GATEWAY, CONNECTION, 'aws_vpn_connection_route', 'aws_vpn_gateway_route_propagation'].map((resource) =>
    forceNew(resource, 'region', { ...KEEPS, source: EffectSource.ASSUMED_FORCE_NEW }),
  ),
];

/** The rule for `argument` of `resource` (`tunnel1_…`/`tunnel2_…` match the `tunnel*_…` row); undefined when the table has none. */
export function ruleFor(resource: string, argument: string): EffectRule | undefined {
  const generic = argument.replace(/^tunnel[12]_/, 'tunnel*_');
  return EFFECT_RULES.find((r) => r.resource === resource && (r.argument === argument || r.argument === generic));
}

/** The tunnel a `tunnelN_…` argument belongs to; undefined for connection-wide arguments. */
export function tunnelOf(argument: string): 1 | 2 | undefined {
  const m = /^tunnel([12])_/.exec(argument);
  return m ? (Number(m[1]) as 1 | 2) : undefined;
}

/** Arguments whose values are secret: never shown, only named. */
export function isSecretArgument(argument: string): boolean {
  return /preshared_key$|^customer_gateway_configuration$/.test(argument);
}
