// Public API of the library: re-exports only.
export * from './props';
export { RedundantVpn, DEFAULT_AMAZON_SIDE_ASN } from './redundant-vpn';
export { VpnValidationError, ValidationIssue } from './validation/issues';
export { TunnelProfiles } from './profiles';
export { MAX_METRICS_PER_ALARM, DEFAULT_ALARM_PERIOD_SECONDS, DEFAULT_DEGRADED_EVALUATION_PERIODS, DEFAULT_OUTAGE_EVALUATION_PERIODS } from './monitoring';
export { DEFAULT_LOG_RETENTION_DAYS } from './logging';
export { VpnValidationResult } from './validation';
