/**
 * One live tunnel (`Options.TunnelOptions[i]` of DescribeVpnConnections) as this library's
 * `TunnelOptions`: every option the provider reads back into state, with its live value, so the
 * first plan has nothing to change. Never the pre-shared key: it is left out, and the provider
 * (`tunnelN_preshared_key` is optional and computed) keeps the live key.
 */
import type { TunnelLogOptions, TunnelOptions } from '../model/props';
import type { LiveTunnelOption, ValueEntry } from './live';

type Scalar = Exclude<keyof LiveTunnelOption, 'LogOptions' | `${string}Algorithms` | `${string}Numbers` | 'IkeVersions' | 'OutsideIpAddress' | 'TunnelInsideIpv6Cidr'>;
type List = Extract<keyof LiveTunnelOption, `${string}Algorithms` | `${string}Numbers` | 'IkeVersions'>;

/** EC2 `TunnelOption` member → `TunnelOptions` field, for single values. `PreSharedKey` is deliberately absent. */
const SCALARS: readonly (readonly [Scalar, keyof TunnelOptions])[] = [
  ['TunnelInsideCidr', 'insideCidr'],
  ['Phase1LifetimeSeconds', 'phase1LifetimeSeconds'],
  ['Phase2LifetimeSeconds', 'phase2LifetimeSeconds'],
  ['RekeyMarginTimeSeconds', 'rekeyMarginTimeSeconds'],
  ['RekeyFuzzPercentage', 'rekeyFuzzPercentage'],
  ['ReplayWindowSize', 'replayWindowSize'],
  ['DpdTimeoutSeconds', 'dpdTimeoutSeconds'],
  ['DpdTimeoutAction', 'dpdTimeoutAction'],
  ['StartupAction', 'startupAction'],
  ['EnableTunnelLifecycleControl', 'enableTunnelLifecycleControl'],
];

/** EC2 `{ Value }` lists → `TunnelOptions` list fields. */
const LISTS: readonly (readonly [List, keyof TunnelOptions])[] = [
  ['IkeVersions', 'ikeVersions'],
  ['Phase1EncryptionAlgorithms', 'phase1EncryptionAlgorithms'],
  ['Phase1IntegrityAlgorithms', 'phase1IntegrityAlgorithms'],
  ['Phase1DHGroupNumbers', 'phase1DhGroupNumbers'],
  ['Phase2EncryptionAlgorithms', 'phase2EncryptionAlgorithms'],
  ['Phase2IntegrityAlgorithms', 'phase2IntegrityAlgorithms'],
  ['Phase2DHGroupNumbers', 'phase2DhGroupNumbers'],
];

/** The live options of one tunnel; members AWS did not return are left out (nothing to keep). */
export function liveTunnelOptions(live: LiveTunnelOption): TunnelOptions {
  const out: Record<string, unknown> = {};
  for (const [member, field] of SCALARS) if (live[member] !== undefined && live[member] !== null) out[field] = live[member];
  for (const [member, field] of LISTS) {
    const entries = (live[member] ?? []) as ValueEntry<string | number>[];
    // An empty list is what the provider reads for "not set": writing it would be a change.
    if (entries.length > 0) out[field] = entries.map((e) => e.Value);
  }
  const logs = liveLogOptions(live);
  if (logs) out.logOptions = logs;
  return out as TunnelOptions;
}

/**
 * The provider reads a log group ARN and format only for an enabled log kind (flattenCloudWatchLogOptions:
 * "No ARN or format if not enabled"), so a disabled kind is written as `false` alone.
 */
function liveLogOptions(live: LiveTunnelOption): TunnelLogOptions | undefined {
  const cw = live.LogOptions?.CloudWatchLogOptions;
  if (!cw) return undefined;
  const out: Record<string, unknown> = {};
  if (cw.LogEnabled !== undefined) {
    out.logEnabled = cw.LogEnabled;
    if (cw.LogEnabled) {
      if (cw.LogGroupArn) out.logGroupArn = cw.LogGroupArn;
      if (cw.LogOutputFormat) out.logOutputFormat = cw.LogOutputFormat;
    }
  }
  if (cw.BgpLogEnabled !== undefined) {
    out.bgpLogEnabled = cw.BgpLogEnabled;
    if (cw.BgpLogEnabled) {
      if (cw.BgpLogGroupArn) out.bgpLogGroupArn = cw.BgpLogGroupArn;
      if (cw.BgpLogOutputFormat) out.bgpLogOutputFormat = cw.BgpLogOutputFormat;
    }
  }
  return Object.keys(out).length > 0 ? (out as TunnelLogOptions) : undefined;
}

/**
 * Splits the two tunnels' options into what both share (the device's `tunnelOptions`) and what
 * each has of its own (`tunnel1`, `tunnel2`): the same effective options, written once where equal.
 */
export function splitShared(t1: TunnelOptions, t2: TunnelOptions): { shared: TunnelOptions; tunnel1: TunnelOptions; tunnel2: TunnelOptions } {
  const shared: Record<string, unknown> = {};
  const own1: Record<string, unknown> = { ...t1 };
  const own2: Record<string, unknown> = { ...t2 };
  for (const key of Object.keys(t1)) {
    const a = (t1 as Record<string, unknown>)[key];
    const b = (t2 as Record<string, unknown>)[key];
    if (b === undefined || JSON.stringify(a) !== JSON.stringify(b)) continue;
    shared[key] = a;
    delete own1[key];
    delete own2[key];
  }
  return { shared: shared as TunnelOptions, tunnel1: own1 as TunnelOptions, tunnel2: own2 as TunnelOptions };
}
