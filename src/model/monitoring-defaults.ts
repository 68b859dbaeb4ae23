/**
 * The alarm settings the construct uses when `monitoring` leaves them unset: stated once, read by
 * the construct (src/construct/monitoring.ts) and by the validation (the one-day alarm window is
 * checked with them). Loads no cdktf module.
 */

/** Default alarm period: AWS/VPN publishes TunnelState at a low rate; 5 minutes always has data. */
export const DEFAULT_ALARM_PERIOD_SECONDS = 300;
/** Default: a tunnel must be down 3 periods in a row (15 min) — rides out rekeys and endpoint replacements. */
export const DEFAULT_DEGRADED_EVALUATION_PERIODS = 3;
/** Default: no tunnel up for 2 periods in a row (10 min) — one late datapoint alone never pages. */
export const DEFAULT_OUTAGE_EVALUATION_PERIODS = 2;
