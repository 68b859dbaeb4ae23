/**
 * Tunnel options: the layers a tunnel's options come from (with their config paths), their merge,
 * and the mapping to the provider's `tunnelN_*` arguments of `aws_vpn_connection` (derived from
 * the field table, `tunnel-option-fields.ts`).
 */
import type { VpnConnectionConfig } from '@cdktf/provider-aws/lib/vpn-connection';
import { isPlainObject } from '../internal/plain-object';
import { adoptsConnection } from './adopt';
import { TunnelLogOptions, TunnelOptions } from './props';
import { TUNNEL_OPTION_FIELDS, TUNNEL_OPTION_NAMES } from './tunnel-option-fields';

/** The tunnel numbers AWS gives every VPN connection. */
export const TUNNEL_NUMBERS = [1, 2] as const;
export type TunnelNumber = (typeof TUNNEL_NUMBERS)[number];

/** The option layers of one device's connection: `tunnelOptions` for both tunnels, `tunnel1`/`tunnel2` for one. */
export interface DeviceTunnelLayers {
  readonly tunnelOptions?: TunnelOptions;
  readonly tunnel1?: TunnelOptions;
  readonly tunnel2?: TunnelOptions;
  /** Live resources the device takes over: an adopted connection has only its own layers. */
  readonly adopt?: { readonly vpnConnectionId?: string };
}

/**
 * Where a layer sits, lowest first: the construct's logging defaults, the construct-wide profile,
 * the connection, the single tunnel. A higher depth wins, field by field.
 */
export const LAYER_DEPTH = { logging: -1, profile: 0, connection: 1, tunnel: 2 } as const;

/** One layer of a tunnel's options, as given, and where it was given. */
export interface TunnelOptionLayer {
  /** Config path of the layer: `tunnelOptions`, `customerGateways[1].tunnelOptions`, `customerGateways[1].tunnel2`, or `logging`. */
  readonly path: string;
  /** See {@link LAYER_DEPTH}. */
  readonly depth: number;
  /** The layer as given: props from JSON may hold anything here, so it is not trusted to be TunnelOptions. */
  readonly value: unknown;
}

/** Where the layers of one tunnel come from. */
export interface TunnelLayerSource {
  /** The construct-wide profile (`tunnelOptions` of the props). */
  readonly profile?: unknown;
  /** The device entry (a `CustomerGatewayProps`, or anything when the props come from JSON). */
  readonly device?: unknown;
  /** Config path of the device entry, e.g. `customerGateways[1]`. */
  readonly devicePath?: string;
  /** The construct's logging defaults: the lowest layer, below the profile. */
  readonly base?: TunnelOptions;
}

/** The config path of the construct-wide profile. */
export const PROFILE_PATH = 'tunnelOptions';

/**
 * The layers of tunnel `n`, lowest first: logging defaults (when given), profile, connection,
 * tunnel. The one statement of the precedence: the construct, the validation and
 * `vpn-device-config` all merge through it, so what is validated and what a device is configured
 * with is what the tunnel is deployed with.
 */
export function tunnelLayers(source: TunnelLayerSource, n: TunnelNumber): TunnelOptionLayer[] {
  const device = isPlainObject(source.device) ? source.device : {};
  const devicePath = source.devicePath ?? 'customerGateway';
  const own: TunnelOptionLayer[] = [
    { path: `${devicePath}.tunnelOptions`, depth: LAYER_DEPTH.connection, value: device.tunnelOptions },
    { path: `${devicePath}.tunnel${n}`, depth: LAYER_DEPTH.tunnel, value: device[`tunnel${n}`] },
  ];
  // An adopted connection keeps its live options: neither the profile nor the logging defaults
  // may override them (see adoptsConnection), so its own layers are all it has.
  if (adoptsConnection(device)) return own;
  const layers: TunnelOptionLayer[] = [];
  if (source.base) layers.push({ path: 'logging', depth: LAYER_DEPTH.logging, value: source.base });
  layers.push({ path: PROFILE_PATH, depth: LAYER_DEPTH.profile, value: source.profile }, ...own);
  return layers;
}

/**
 * The effective options of tunnel `n` of a device's connection: {@link tunnelLayers} merged.
 * `base` is the construct's logging layer (below the profile).
 */
export function effectiveTunnelOptions(
  profile: TunnelOptions | undefined,
  device: DeviceTunnelLayers | undefined,
  n: TunnelNumber,
  base?: TunnelOptions,
): TunnelOptions {
  return mergeTunnelLayers(tunnelLayers({ profile, device, base }, n));
}

/** Merges layers (lowest first) field by field; layers that are not objects are skipped. */
export function mergeTunnelLayers(layers: readonly TunnelOptionLayer[]): TunnelOptions {
  return mergeTunnelOptions(...layers.map((l) => (isPlainObject(l.value) ? (l.value as TunnelOptions) : undefined)));
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
      if (key === 'logOptions') logOptions = { ...logOptions, ...definedMembers(value as TunnelLogOptions) };
      else merged[key] = value;
    }
  }
  if (logOptions) merged.logOptions = logOptions;
  return merged as TunnelOptions;
}

function definedMembers<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** `phase1_lifetime_seconds` → `Phase1LifetimeSeconds` (the cdktf config key after `tunnelN`). */
function pascal(snake: string): string {
  return snake.replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

const camel = (snake: string) => pascal(snake).replace(/^./, (c) => c.toLowerCase());

/**
 * The `aws_vpn_connection` arguments for one tunnel, from its merged options
 * ({@link effectiveTunnelOptions}: their `logOptions` hold no undefined member). Unset options are
 * left out entirely (never written as 0 or empty) so AWS applies its defaults.
 */
export function tunnelArguments(tunnel: TunnelNumber, options: TunnelOptions): Partial<VpnConnectionConfig> {
  const args: Record<string, unknown> = {};
  const prefix = `tunnel${tunnel}`;
  for (const name of TUNNEL_OPTION_NAMES) {
    const field = TUNNEL_OPTION_FIELDS[name];
    const value = options[name];
    if (value === undefined) continue;
    if (field.kind === 'nested') {
      if (Object.keys(value).length > 0) args[prefix + pascal(field.argument)] = { [camel(field.block)]: value };
    } else {
      args[prefix + pascal(field.argument)] = value;
    }
  }
  return args as Partial<VpnConnectionConfig>;
}

/**
 * Every `tunnelN_*` argument name this library can write, in snake_case: what
 * `lifecycle.ignore_changes` lists to pin a connection's tunnel options.
 */
export function tunnelArgumentNames(): string[] {
  return TUNNEL_NUMBERS.flatMap((n) => TUNNEL_OPTION_NAMES.map((name) => `tunnel${n}_${TUNNEL_OPTION_FIELDS[name].argument}`));
}
