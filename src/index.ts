// Public API of the library: re-exports only.
export * from './model/props';
export { RedundantVpn, DEFAULT_AMAZON_SIDE_ASN } from './construct/redundant-vpn';
export { AcknowledgedWarning, VpnValidationError, ValidationIssue } from './validation/issues';
export { TunnelProfiles } from './model/profiles';
export { MAX_METRICS_PER_ALARM, DEFAULT_ALARM_PERIOD_SECONDS, DEFAULT_DEGRADED_EVALUATION_PERIODS, DEFAULT_OUTAGE_EVALUATION_PERIODS } from './construct/monitoring';
export { DEFAULT_LOG_RETENTION_DAYS } from './construct/logging';
export { VpnValidationResult } from './validation';
