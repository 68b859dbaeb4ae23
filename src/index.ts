// Public API of the library: re-exports only.
export * from './model/props';
export { RedundantVpn } from './construct/redundant-vpn';
export { VpnValidationError, ValidationIssue } from './validation/issues';
export { TunnelProfiles } from './model/profiles';
export { VpnValidationResult } from './validation';
