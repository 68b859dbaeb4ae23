/**
 * The effective options of every tunnel, with where each value was GIVEN.
 *
 * Options merge field by field profile → connection → tunnel (see `effectiveTunnelOptions`), so a
 * rule checks each tunnel's effective options but reports the path of the layer that set the
 * offending value: `tunnelOptions.phase1LifetimeSeconds` when the profile set it,
 * `customerGateways[1].tunnel2.insideCidr` when one tunnel did. A value set once in the profile
 * is reported once, not once per tunnel (see {@link forEachGiven}).
 */
import { RedundantVpnProps } from '../model/props';
import { adoptsConnection } from '../model/adopt';
import { TUNNEL_NUMBERS, TunnelNumber } from '../model/tunnel-options';
import { isRecord } from './values';

/** One layer of tunnel options as written in the props. */
export interface OptionLayer {
  /** Path of the layer, e.g. `customerGateways[0].tunnel2`. */
  readonly path: string;
  /** 0 = construct-wide profile, 1 = connection, 2 = single tunnel: a higher depth wins. */
  readonly depth: number;
  /** The layer's value as given (may be anything when the props come from JSON). */
  readonly value: unknown;
}

/** A value of a tunnel's effective options and where it was given. */
export interface Given {
  readonly value: unknown;
  /** Path of the field as given, e.g. `tunnelOptions.phase2LifetimeSeconds`. */
  readonly path: string;
  /** Depth of the layer that gave it (see {@link OptionLayer.depth}). */
  readonly depth: number;
}

/** The effective options of one tunnel of one connection. */
export class EffectiveTunnel {
  /** Human label: `customerGateways[0] tunnel 2`. */
  public readonly label: string;

  constructor(
    public readonly customerGatewayIndex: number,
    public readonly tunnel: TunnelNumber,
    private readonly layers: readonly OptionLayer[],
  ) {
    this.label = `customerGateways[${customerGatewayIndex}] tunnel ${tunnel}`;
  }

  /** The effective value of a field and its origin; undefined when no layer sets it. */
  public get(field: string): Given | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      if (!isRecord(layer.value)) continue;
      const value = layer.value[field];
      if (value !== undefined) return { value, path: `${layer.path}.${field}`, depth: layer.depth };
    }
    return undefined;
  }

  /** A field of the merged `logOptions` (they merge one level deeper, field by field). */
  public getLog(field: string): Given | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      if (!isRecord(layer.value) || !isRecord(layer.value.logOptions)) continue;
      const value = layer.value.logOptions[field];
      if (value !== undefined) return { value, path: `${layer.path}.logOptions.${field}`, depth: layer.depth };
    }
    return undefined;
  }
}

interface Built {
  readonly layers: OptionLayer[];
  readonly tunnels: EffectiveTunnel[];
}

/**
 * The layers of the props being validated, built once per validation run (see {@link withTunnelLayers}).
 * Nothing outlives the run: props are mutable, and validating them again must see their current content.
 */
let current: { readonly props: RedundantVpnProps; built?: Built } | undefined;

/**
 * Runs `fn` (the rules of one validation run) with the tunnel layers of `props` built at most once
 * for all of them (on first use, so inside the rule that needs them and its error handling).
 */
export function withTunnelLayers<T>(props: RedundantVpnProps, fn: () => T): T {
  const outer = current;
  current = { props };
  try {
    return fn();
  } finally {
    current = outer;
  }
}

function build(props: RedundantVpnProps): Built {
  if (current?.props !== props) return buildLayers(props);
  current.built ??= buildLayers(props);
  return current.built;
}

function buildLayers(props: RedundantVpnProps): Built {
  const profile: OptionLayer = { path: 'tunnelOptions', depth: 0, value: props.tunnelOptions };
  const layers: OptionLayer[] = [profile];
  const tunnels: EffectiveTunnel[] = [];
  const gateways: unknown[] = Array.isArray(props.customerGateways) ? props.customerGateways : [];
  gateways.forEach((cgw, i) => {
    const record = isRecord(cgw) ? cgw : {};
    const connection: OptionLayer = { path: `customerGateways[${i}].tunnelOptions`, depth: 1, value: record.tunnelOptions };
    layers.push(connection);
    for (const n of TUNNEL_NUMBERS) {
      const own: OptionLayer = { path: `customerGateways[${i}].tunnel${n}`, depth: 2, value: record[`tunnel${n}`] };
      layers.push(own);
      // An adopted connection has only its own layers (see adoptsConnection).
      tunnels.push(new EffectiveTunnel(i, n, adoptsConnection(cgw) ? [connection, own] : [profile, connection, own]));
    }
  });
  return { layers, tunnels };
}

/** Every tunnel of every connection, with its effective options. */
export function effectiveTunnels(props: RedundantVpnProps): readonly EffectiveTunnel[] {
  return build(props).tunnels;
}

/** Every option layer as given (profile, each connection, each tunnel), set or not. */
export function optionLayers(props: RedundantVpnProps): readonly OptionLayer[] {
  return build(props).layers;
}

/**
 * Calls `check` once per distinct given value of `field` that some tunnel actually uses (a
 * profile value overridden in every tunnel never reaches AWS and is not checked).
 */
export function forEachGiven(
  props: RedundantVpnProps,
  field: string,
  check: (given: Given, tunnel: EffectiveTunnel) => void,
  log = false,
): void {
  const seen = new Set<string>();
  for (const tunnel of effectiveTunnels(props)) {
    const given = log ? tunnel.getLog(field) : tunnel.get(field);
    if (!given || seen.has(given.path)) continue;
    seen.add(given.path);
    check(given, tunnel);
  }
}

/** Where a value of a tunnel comes from, for messages: `28800 s (AWS default)` or `1000 s from tunnelOptions.phase1LifetimeSeconds`. */
export function originText(given: Given | undefined, fallback: string, unit = ''): string {
  if (!given) return `${fallback}${unit} (AWS default)`;
  return `${JSON.stringify(given.value)}${unit} from ${given.path}`;
}

/**
 * Where a cross-field issue applies, for messages: `every tunnel` when both values come from the
 * construct-wide profile (or AWS defaults), else the one tunnel.
 */
export function scopeText(tunnel: EffectiveTunnel, ...given: (Given | undefined)[]): string {
  return given.every((g) => !g || g.depth === 0) ? 'every tunnel that uses tunnelOptions' : tunnel.label;
}
