/**
 * Tunnel options: merge profile → connection → tunnel, then map to the provider's
 * `tunnelN_*` arguments of `aws_vpn_connection`.
 */
import type { VpnConnectionConfig } from '@cdktf/provider-aws/lib/vpn-connection';
import { withoutUndefined } from '../internal/without-undefined';
import { TunnelLogOptions, TunnelOptions } from './props';

/** The tunnel numbers AWS gives every VPN connection. */
export const TUNNEL_NUMBERS = [1, 2] as const;
export type TunnelNumber = (typeof TUNNEL_NUMBERS)[number];

/** The option layers of one device's connection: `tunnelOptions` for both tunnels, `tunnel1`/`tunnel2` for one. */
export interface DeviceTunnelLayers {
  readonly tunnelOptions?: TunnelOptions;
  readonly tunnel1?: TunnelOptions;
  readonly tunnel2?: TunnelOptions;
}

/**
 * The effective options of tunnel `n` of a device's connection: the construct-wide profile, then
 * the connection, then the single tunnel (the most specific wins, field by field). The one place
 * that states this precedence: the construct and `vpn-device-config` both use it, so what a device
 * is configured with is what the tunnel is deployed with. `base` is a layer below the profile
 * (the construct's default log options).
 */
export function effectiveTunnelOptions(
  profile: TunnelOptions | undefined,
  device: DeviceTunnelLayers | undefined,
  n: TunnelNumber,
  base?: TunnelOptions,
): TunnelOptions {
  return mergeTunnelOptions(base, profile, device?.tunnelOptions, n === 1 ? device?.tunnel1 : device?.tunnel2);
}

/**
 * Merges option layers field by field; a later layer wins where it defines a field.
 * `logOptions` merges one level deeper, so a tunnel can change only its log group.
 */
export function mergeTunnelOptions(...layers: (TunnelOptions | undefined)[]): TunnelOptions {
  const merged: Record<string, unknown> = {};
  let logOptions: TunnelLogOptions | undefined;
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      if (key === 'logOptions') logOptions = { ...logOptions, ...withoutUndefined(value as TunnelLogOptions) };
      else merged[key] = value;
    }
  }
  if (logOptions) merged.logOptions = logOptions;
  return merged as TunnelOptions;
}

/**
 * Every field of `TunnelOptions` but `logOptions`, each written as `tunnelN_<snake_case>`; the order
 * is the provider's. The validation's list of known tunnel option fields is this plus `logOptions`.
 */
export const SCALAR_OPTION_FIELDS = [
  'insideCidr',
  'insideIpv6Cidr',
  'presharedKey',
  'ikeVersions',
  'phase1EncryptionAlgorithms',
  'phase1IntegrityAlgorithms',
  'phase1DhGroupNumbers',
  'phase1LifetimeSeconds',
  'phase2EncryptionAlgorithms',
  'phase2IntegrityAlgorithms',
  'phase2DhGroupNumbers',
  'phase2LifetimeSeconds',
  'rekeyMarginTimeSeconds',
  'rekeyFuzzPercentage',
  'replayWindowSize',
  'dpdTimeoutSeconds',
  'dpdTimeoutAction',
  'startupAction',
  'enableTunnelLifecycleControl',
] as const satisfies readonly (keyof TunnelOptions)[];

/**
 * The `aws_vpn_connection` arguments for one tunnel, from its merged options
 * ({@link effectiveTunnelOptions}: their `logOptions` hold no undefined member). Unset options are
 * left out entirely (never written as 0 or empty) so AWS applies its defaults.
 */
export function tunnelArguments(tunnel: TunnelNumber, options: TunnelOptions): Partial<VpnConnectionConfig> {
  const args: Record<string, unknown> = {};
  const prefix = `tunnel${tunnel}`;
  for (const field of SCALAR_OPTION_FIELDS) {
    const value = options[field];
    if (value !== undefined) args[prefix + capitalize(field)] = value;
  }
  const logs = options.logOptions;
  if (logs && Object.keys(logs).length > 0) {
    args[`${prefix}LogOptions`] = { cloudwatchLogOptions: logs };
  }
  return args as Partial<VpnConnectionConfig>;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Every `tunnelN_*` argument name this library can write, in snake_case: what
 * `lifecycle.ignore_changes` lists to pin a connection's tunnel options.
 */
export function tunnelArgumentNames(): string[] {
  const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return TUNNEL_NUMBERS.flatMap((n) => [...SCALAR_OPTION_FIELDS.map((f) => `tunnel${n}_${snake(f)}`), `tunnel${n}_log_options`]);
}
