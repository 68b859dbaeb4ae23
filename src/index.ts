// Public API of the library: re-exports only.
export * from './props';
export { RedundantVpn, DEFAULT_AMAZON_SIDE_ASN } from './redundant-vpn';
export { VpnValidationError, ValidationIssue } from './validation/issues';
export * from './device-config';
