/**
 * Ready-made tunnel profiles. A profile is plain {@link TunnelOptions}: pass it as the construct-wide
 * `tunnelOptions` (or per connection) and override single fields on top.
 */
import {
  DpdTimeoutAction,
  EncryptionAlgorithm,
  IkeVersion,
  IntegrityAlgorithm,
  StartupAction,
  TunnelOptions,
} from './props';

/**
 * Diffie-Hellman groups of the strong profile, on both phases: 14 (MODP 2048, the widest-supported
 * group that is still acceptable) and the elliptic-curve groups 19–21. Groups 2 and 5 are too small;
 * 22–24 are MODP groups with small subgroups that RFC 8247 says not to use; 15–18 are slow MODP
 * groups that add nothing over 19–21.
 */
const STRONG_DH_GROUPS = [14, 19, 20, 21];

/** Factory of tunnel profiles (static methods: jsii-friendly, every call returns a fresh object). */
export class TunnelProfiles {
  /**
   * IKEv2 only; AES256-GCM-16 or AES256; SHA2-256/384/512; DH groups 14, 19, 20, 21 on both
   * phases; AWS initiates IKE (`startup_action = start`) and restarts it after a dead peer
   * detection timeout (`dpd_timeout_action = restart`), so a tunnel comes back without waiting for
   * the device. Lifetimes, rekey and DPD timers keep AWS's defaults.
   *
   * Not the default: applying it changes every tunnel in place (each goes down briefly) and a
   * device that cannot do IKEv2 or these groups loses its tunnels. Opt in with
   * `tunnelOptions: TunnelProfiles.strong()` once the devices are known to support it.
   */
  public static strong(): TunnelOptions {
    return {
      ikeVersions: [IkeVersion.IKEV2],
      phase1EncryptionAlgorithms: [EncryptionAlgorithm.AES256_GCM_16, EncryptionAlgorithm.AES256],
      phase1IntegrityAlgorithms: [IntegrityAlgorithm.SHA2_256, IntegrityAlgorithm.SHA2_384, IntegrityAlgorithm.SHA2_512],
      phase1DhGroupNumbers: [...STRONG_DH_GROUPS],
      phase2EncryptionAlgorithms: [EncryptionAlgorithm.AES256_GCM_16, EncryptionAlgorithm.AES256],
      phase2IntegrityAlgorithms: [IntegrityAlgorithm.SHA2_256, IntegrityAlgorithm.SHA2_384, IntegrityAlgorithm.SHA2_512],
      phase2DhGroupNumbers: [...STRONG_DH_GROUPS],
      startupAction: StartupAction.START,
      dpdTimeoutAction: DpdTimeoutAction.RESTART,
    };
  }

  private constructor() {}
}
