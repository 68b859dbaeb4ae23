/**
 * CloudWatch: an alarm's period × evaluation periods is at most one day (PutMetricAlarm,
 * EvaluationPeriods). Checked with the construct's default counts when only the period is given.
 */
import { baseProps, errorsOf } from './support';

test.each([
  [{ periodSeconds: 28800 }, []],
  [{ periodSeconds: 43200 }, ['monitoring.periodSeconds: 43200 — the degraded alarm would look back more than one day (periodSeconds × degradedEvaluationPeriods (default 3) ≤ 86400)']],
  [
    { periodSeconds: 86400 },
    [
      'monitoring.periodSeconds: 86400 — the degraded alarm would look back more than one day (periodSeconds × degradedEvaluationPeriods (default 3) ≤ 86400)',
      'monitoring.periodSeconds: 86400 — the outage alarm would look back more than one day (periodSeconds × outageEvaluationPeriods (default 2) ≤ 86400)',
    ],
  ],
  [{ periodSeconds: 86400, degradedEvaluationPeriods: 1, outageEvaluationPeriods: 1 }, []],
  [{ periodSeconds: 43200, degradedEvaluationPeriods: 2 }, []],
  [{ degradedEvaluationPeriods: 288 }, []],
  [{ degradedEvaluationPeriods: 289 }, ['monitoring.degradedEvaluationPeriods: 289 — the alarm would look back more than one day (periodSeconds × evaluation periods ≤ 86400)']],
])('%j', (monitoring, expected) => {
  expect(errorsOf(baseProps({ monitoring }))).toEqual(expected);
});
