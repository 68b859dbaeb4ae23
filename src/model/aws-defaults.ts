/**
 * AWS's own values for VPN connections, stated once: what AWS applies when an option is unset, and
 * the Diffie-Hellman groups it allows (for DH groups the default is every allowed group). The
 * validation, the construct and `vpn-device-config` read them from here.
 *
 * Sources: EC2 API `VpnTunnelOptionsSpecification` (allowed values and defaults) and
 * `CreateVpnGateway` (Amazon-side ASN). Loads no cdktf module: the device-config CLI imports it.
 */
import { EncryptionAlgorithm, IkeVersion, IntegrityAlgorithm } from './props';

/** AWS's default Amazon-side ASN for a new virtual private gateway. */
export const DEFAULT_AMAZON_SIDE_ASN = 64512;

/** Phase 1 DH groups AWS allows (2, 14–24), and offers when `phase1DhGroupNumbers` is unset. */
export const PHASE1_DH_GROUPS = [2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24] as const;
/** Phase 2 DH groups AWS allows (2, 5, 14–24), and offers when `phase2DhGroupNumbers` is unset. */
export const PHASE2_DH_GROUPS = [2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24] as const;

/** Phase 1 lifetime when unset, in seconds (also the largest AWS allows). */
export const AWS_DEFAULT_PHASE1_LIFETIME = 28800;
/** Phase 2 lifetime when unset, in seconds (also the largest AWS allows). */
export const AWS_DEFAULT_PHASE2_LIFETIME = 3600;

/** AWS defaults for an unset tunnel option (EC2 `VpnTunnelOptionsSpecification`). */
export const AWS_DEFAULTS = {
  ikeVersions: [IkeVersion.IKEV1, IkeVersion.IKEV2],
  encryption: [EncryptionAlgorithm.AES128, EncryptionAlgorithm.AES256, EncryptionAlgorithm.AES128_GCM_16, EncryptionAlgorithm.AES256_GCM_16],
  integrity: [IntegrityAlgorithm.SHA1, IntegrityAlgorithm.SHA2_256, IntegrityAlgorithm.SHA2_384, IntegrityAlgorithm.SHA2_512],
  phase1DhGroups: PHASE1_DH_GROUPS,
  phase2DhGroups: PHASE2_DH_GROUPS,
  phase1LifetimeSeconds: AWS_DEFAULT_PHASE1_LIFETIME,
  phase2LifetimeSeconds: AWS_DEFAULT_PHASE2_LIFETIME,
  rekeyMarginTimeSeconds: 270,
  rekeyFuzzPercentage: 100,
  replayWindowSize: 1024,
  dpdTimeoutSeconds: 30,
} as const;
