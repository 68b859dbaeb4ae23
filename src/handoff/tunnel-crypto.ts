/**
 * What a tunnel is deployed with, as the device team needs it: the options after precedence
 * (profile → connection → tunnel), AWS's defaults filled in where unset, AWS's BGP timers and the
 * MTU/MSS for the algorithms AWS may negotiate. The construct writes it into the hand-off at synth
 * (it is all known then); `vpn-device-config` reads it back as tunnel options.
 */
import { AWS_DEFAULTS } from '../model/aws-defaults';
import type { TunnelHandoff } from '../model/handoff';
import { DpdTimeoutAction, EncryptionAlgorithm, IkeVersion, IntegrityAlgorithm, StartupAction, TunnelOptions } from '../model/props';
import { DeviceTunnelLayers, effectiveTunnelOptions, TunnelNumber } from '../model/tunnel-options';
import { recommendedMtu } from './mtu';

/** AWS's BGP timers on its side of every tunnel (not settable): keepalive 10 s, hold 30 s. */
export const AWS_BGP_TIMERS = { keepaliveSeconds: 10, holdSeconds: 30 } as const;
/** AWS's DPD timeout action when `dpdTimeoutAction` is unset (from the option field table). */
export const AWS_DEFAULT_DPD_TIMEOUT_ACTION: DpdTimeoutAction = AWS_DEFAULTS.dpdTimeoutAction;
/** AWS's startup action when `startupAction` is unset: the device initiates (from the option field table). */
export const AWS_DEFAULT_STARTUP_ACTION: StartupAction = AWS_DEFAULTS.startupAction;

/**
 * The merged options of tunnel `n` of a device. The one call into the precedence of the model, so
 * the tools and the hand-off follow it however it is expressed there.
 */
export function tunnelOptionsOf(profile: TunnelOptions | undefined, device: DeviceTunnelLayers | undefined, n: TunnelNumber): TunnelOptions {
  return effectiveTunnelOptions(profile, device, n);
}

/** The static (synth-time) part of a tunnel's hand-off record. */
export type TunnelCryptoRecord = Required<
  Pick<
    TunnelHandoff,
    | 'bgp_keepalive_seconds'
    | 'bgp_hold_seconds'
    | 'ike_versions'
    | 'phase1'
    | 'phase2'
    | 'rekey_margin_seconds'
    | 'rekey_fuzz_percentage'
    | 'replay_window_packets'
    | 'dpd_timeout_seconds'
    | 'dpd_timeout_action'
    | 'startup_action'
    | 'mtu_bytes'
    | 'mss_bytes'
  >
>;

/** The tunnel's effective crypto and timers: its options, AWS's defaults where unset. */
export function tunnelCryptoRecord(o: TunnelOptions): TunnelCryptoRecord {
  const phase2Encryption = [...(o.phase2EncryptionAlgorithms ?? AWS_DEFAULTS.encryption)];
  const phase2Integrity = [...(o.phase2IntegrityAlgorithms ?? AWS_DEFAULTS.integrity)];
  const mtu = recommendedMtu(phase2Encryption, phase2Integrity);
  return {
    bgp_keepalive_seconds: AWS_BGP_TIMERS.keepaliveSeconds,
    bgp_hold_seconds: AWS_BGP_TIMERS.holdSeconds,
    ike_versions: [...(o.ikeVersions ?? AWS_DEFAULTS.ikeVersions)],
    phase1: {
      encryption: [...(o.phase1EncryptionAlgorithms ?? AWS_DEFAULTS.encryption)],
      integrity: [...(o.phase1IntegrityAlgorithms ?? AWS_DEFAULTS.integrity)],
      dh_groups: [...(o.phase1DhGroupNumbers ?? AWS_DEFAULTS.phase1DhGroups)],
      lifetime_seconds: o.phase1LifetimeSeconds ?? AWS_DEFAULTS.phase1LifetimeSeconds,
    },
    phase2: {
      encryption: phase2Encryption,
      integrity: phase2Integrity,
      dh_groups: [...(o.phase2DhGroupNumbers ?? AWS_DEFAULTS.phase2DhGroups)],
      lifetime_seconds: o.phase2LifetimeSeconds ?? AWS_DEFAULTS.phase2LifetimeSeconds,
    },
    rekey_margin_seconds: o.rekeyMarginTimeSeconds ?? AWS_DEFAULTS.rekeyMarginTimeSeconds,
    rekey_fuzz_percentage: o.rekeyFuzzPercentage ?? AWS_DEFAULTS.rekeyFuzzPercentage,
    replay_window_packets: o.replayWindowSize ?? AWS_DEFAULTS.replayWindowSize,
    dpd_timeout_seconds: o.dpdTimeoutSeconds ?? AWS_DEFAULTS.dpdTimeoutSeconds,
    dpd_timeout_action: o.dpdTimeoutAction ?? AWS_DEFAULT_DPD_TIMEOUT_ACTION,
    startup_action: o.startupAction ?? AWS_DEFAULT_STARTUP_ACTION,
    mtu_bytes: mtu.mtuBytes,
    mss_bytes: mtu.mssBytes,
  };
}

/**
 * Tunnel options back from a hand-off record (for `vpn-device-config`); `undefined` when the
 * record predates the crypto fields (the tool then needs `--config`, or uses AWS's defaults).
 */
export function optionsFromRecord(t: TunnelHandoff): TunnelOptions | undefined {
  if (!t.phase1 || !t.phase2) return undefined;
  return {
    ikeVersions: t.ike_versions as IkeVersion[] | undefined,
    phase1EncryptionAlgorithms: t.phase1.encryption as EncryptionAlgorithm[],
    phase1IntegrityAlgorithms: t.phase1.integrity as IntegrityAlgorithm[],
    phase1DhGroupNumbers: t.phase1.dh_groups,
    phase1LifetimeSeconds: t.phase1.lifetime_seconds,
    phase2EncryptionAlgorithms: t.phase2.encryption as EncryptionAlgorithm[],
    phase2IntegrityAlgorithms: t.phase2.integrity as IntegrityAlgorithm[],
    phase2DhGroupNumbers: t.phase2.dh_groups,
    phase2LifetimeSeconds: t.phase2.lifetime_seconds,
    rekeyMarginTimeSeconds: t.rekey_margin_seconds,
    rekeyFuzzPercentage: t.rekey_fuzz_percentage,
    replayWindowSize: t.replay_window_packets,
    dpdTimeoutSeconds: t.dpd_timeout_seconds,
    dpdTimeoutAction: t.dpd_timeout_action as DpdTimeoutAction | undefined,
    startupAction: t.startup_action as StartupAction | undefined,
  };
}
