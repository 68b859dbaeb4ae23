/**
 * The effective options of every tunnel, with where each value was GIVEN.
 *
 * The layers of each tunnel come from the model's `tunnelLayers` (the one statement of the
 * precedence profile → connection → tunnel), so a rule checks each tunnel's effective options but
 * reports the path of the layer that set the offending value: `tunnelOptions.phase1LifetimeSeconds`
 * when the profile set it, `customerGateways[1].tunnel2.insideCidr` when one tunnel did. A value
 * set once in the profile is reported once, not once per tunnel (see {@link forEachGiven}).
 *
 * The construct's logging layer is not among them: rules judge what the props say, and read what
 * the logging turns on from {@link RuleContext.inheritedLogs}.
 */
import { RedundantVpnProps } from '../model/props';
import { LAYER_DEPTH, PROFILE_PATH, TUNNEL_NUMBERS, TunnelNumber, TunnelOptionLayer, tunnelLayers } from '../model/tunnel-options';
import type { RuleContext } from './rule';
import { isRecord } from './values';

/** One layer of tunnel options as written in the props. */
export type OptionLayer = TunnelOptionLayer;

/** A value of a tunnel's effective options and where it was given. */
export interface Given {
  readonly value: unknown;
  /** Path of the field as given, e.g. `tunnelOptions.phase2LifetimeSeconds`. */
  readonly path: string;
  /** Depth of the layer that gave it (see `LAYER_DEPTH`). */
  readonly depth: number;
}

/** The effective options of one tunnel of one connection. */
export class EffectiveTunnel {
  /** Human label: `customerGateways[0] tunnel 2`. */
  public readonly label: string;

  constructor(
    public readonly customerGatewayIndex: number,
    public readonly tunnel: TunnelNumber,
    /** Lowest first, as `tunnelLayers` gives them. */
    public readonly layers: readonly OptionLayer[],
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

/** The tunnels of the props and every distinct layer (profile first, then each connection's): built once per validation run. */
export function tunnelView(props: RedundantVpnProps): { tunnels: EffectiveTunnel[]; layers: OptionLayer[] } {
  const tunnels: EffectiveTunnel[] = [];
  const layers = new Map<string, OptionLayer>([[PROFILE_PATH, { path: PROFILE_PATH, depth: LAYER_DEPTH.profile, value: props.tunnelOptions }]]);
  const gateways: unknown[] = Array.isArray(props.customerGateways) ? props.customerGateways : [];
  gateways.forEach((device, i) => {
    for (const n of TUNNEL_NUMBERS) {
      const own = tunnelLayers({ profile: props.tunnelOptions, device, devicePath: `customerGateways[${i}]` }, n);
      for (const layer of own) if (!layers.has(layer.path)) layers.set(layer.path, layer);
      tunnels.push(new EffectiveTunnel(i, n, own));
    }
  });
  return { tunnels, layers: [...layers.values()] };
}

/**
 * The tunnels of `props`, computed afresh (no state kept): for a plain `(props, report)` rule
 * function joined through `ruleFromFunction`. A rule in the list reads `ctx.tunnels` instead, built
 * once per run.
 */
export function effectiveTunnels(props: RedundantVpnProps): readonly EffectiveTunnel[] {
  return tunnelView(props).tunnels;
}

/** Every option layer of `props`, computed afresh (see {@link effectiveTunnels}); rules read `ctx.layers`. */
export function optionLayers(props: RedundantVpnProps): readonly OptionLayer[] {
  return tunnelView(props).layers;
}

/**
 * Calls `check` once per distinct given value of `field` that some tunnel actually uses (a
 * profile value overridden in every tunnel never reaches AWS and is not checked).
 */
export function forEachGiven(
  ctx: Pick<RuleContext, 'tunnels'>,
  field: string,
  check: (given: Given, tunnel: EffectiveTunnel) => void,
  log = false,
): void {
  const seen = new Set<string>();
  for (const tunnel of ctx.tunnels) {
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
  return given.every((g) => !g || g.depth === LAYER_DEPTH.profile) ? 'every tunnel that uses tunnelOptions' : tunnel.label;
}
