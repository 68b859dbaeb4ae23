// Public API of the library: re-exports only.
export * from './model/props';
export { AdoptedSite, AdoptedVpn } from './model/adopt';
export { RedundantVpn } from './construct/redundant-vpn';
export { AcknowledgedWarning, VpnValidationError, ValidationIssue } from './validation/issues';
export { TunnelProfiles } from './model/profiles';
export { VpnValidationResult } from './validation';
