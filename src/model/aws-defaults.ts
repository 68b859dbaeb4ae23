/**
 * AWS's own values for VPN connections: what AWS applies when an option is unset, and the
 * Diffie-Hellman groups it allows (for DH groups the default is every allowed group). The tunnel
 * option values are read from the field table (`tunnel-option-fields.ts`); the validation, the
 * construct and `vpn-device-config` read them from here.
 *
 * Sources: EC2 API `VpnTunnelOptionsSpecification` (allowed values and defaults) and
 * `CreateVpnGateway` (Amazon-side ASN). Loads no cdktf module: the device-config CLI imports it.
 */
import { TUNNEL_OPTION_FIELDS as F } from './tunnel-option-fields';

/** AWS's default Amazon-side ASN for a new virtual private gateway. */
export const DEFAULT_AMAZON_SIDE_ASN = 64512;

/** Phase 1 DH groups AWS allows (2, 14–24), and offers when `phase1DhGroupNumbers` is unset. */
export const PHASE1_DH_GROUPS = F.phase1DhGroupNumbers.values;
/** Phase 2 DH groups AWS allows (2, 5, 14–24), and offers when `phase2DhGroupNumbers` is unset. */
export const PHASE2_DH_GROUPS = F.phase2DhGroupNumbers.values;

/** Phase 1 lifetime when unset, in seconds (also the largest AWS allows). */
export const AWS_DEFAULT_PHASE1_LIFETIME = F.phase1LifetimeSeconds.awsDefault;
/** Phase 2 lifetime when unset, in seconds (also the largest AWS allows). */
export const AWS_DEFAULT_PHASE2_LIFETIME = F.phase2LifetimeSeconds.awsDefault;

/** AWS defaults for an unset tunnel option (EC2 `VpnTunnelOptionsSpecification`), by the names device-config reads. */
export const AWS_DEFAULTS = {
  ikeVersions: F.ikeVersions.awsDefault,
  encryption: F.phase1EncryptionAlgorithms.awsDefault,
  integrity: F.phase1IntegrityAlgorithms.awsDefault,
  phase1DhGroups: F.phase1DhGroupNumbers.awsDefault,
  phase2DhGroups: F.phase2DhGroupNumbers.awsDefault,
  phase1LifetimeSeconds: F.phase1LifetimeSeconds.awsDefault,
  phase2LifetimeSeconds: F.phase2LifetimeSeconds.awsDefault,
  rekeyMarginTimeSeconds: F.rekeyMarginTimeSeconds.awsDefault,
  rekeyFuzzPercentage: F.rekeyFuzzPercentage.awsDefault,
  replayWindowSize: F.replayWindowSize.awsDefault,
  dpdTimeoutSeconds: F.dpdTimeoutSeconds.awsDefault,
  dpdTimeoutAction: F.dpdTimeoutAction.awsDefault,
  startupAction: F.startupAction.awsDefault,
} as const;
