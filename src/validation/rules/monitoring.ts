/**
 * Monitoring: the TunnelState alarms' period and evaluation periods, and the topic they notify.
 * Sources: CloudWatch `PutMetricAlarm` (period of a standard-resolution metric, Period ×
 * EvaluationPeriods at most one day), SNS topic ARN format, and the AWS docs on alarm actions to
 * encrypted topics (the AWS managed key `alias/aws/sns` cannot be used). Tokens (resolved at
 * apply) are not checked here; AWS checks them then.
 */
import { RuleContext } from '../rule';
import { DEFAULT_ALARM_PERIOD_SECONDS, DEFAULT_DEGRADED_EVALUATION_PERIODS, DEFAULT_OUTAGE_EVALUATION_PERIODS } from '../../model/monitoring-defaults';
import { isToken, isWholeNumber } from '../values';

/** Set, and known now (not a string or number token). */
function isLiteral<T>(v: T | undefined): v is T {
  return v !== undefined && !isToken(v);
}

/** CloudWatch: Period × EvaluationPeriods can be at most one day (PutMetricAlarm). */
const MAX_ALARM_WINDOW_SECONDS = 86400;

const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;

export function alarmSettings(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const m = props.monitoring;
  if (!m) return;
  const period = m.periodSeconds;
  if (isLiteral(period) && !(isWholeNumber(period) && period >= 60 && period % 60 === 0)) {
    // AWS/VPN metrics are standard resolution: 10 s and 30 s periods (high resolution) do not apply.
    r.error('monitoring.periodSeconds', period, 'not an alarm period for a standard-resolution metric', '60 or a multiple of 60 seconds');
  }
  const periodOrDefault = isWholeNumber(period) && period > 0 ? period : DEFAULT_ALARM_PERIOD_SECONDS;
  for (const [field, fallback] of [
    ['degradedEvaluationPeriods', DEFAULT_DEGRADED_EVALUATION_PERIODS],
    ['outageEvaluationPeriods', DEFAULT_OUTAGE_EVALUATION_PERIODS],
  ] as const) {
    const n = m[field];
    if (n === undefined) {
      // The default count with a long period given: reported at the period, the value the user set.
      if (isLiteral(period) && isWholeNumber(period) && fallback * period > MAX_ALARM_WINDOW_SECONDS) {
        r.error('monitoring.periodSeconds', period, `the ${field.replace('EvaluationPeriods', '')} alarm would look back more than one day`, `periodSeconds × ${field} (default ${fallback}) ≤ 86400`);
      }
      continue;
    }
    if (!isLiteral(n)) continue;
    if (!(isWholeNumber(n) && n >= 1)) {
      r.error(`monitoring.${field}`, n, 'not a number of evaluation periods', 'a whole number of 1 or more');
    } else if (!isToken(period) && n * periodOrDefault > MAX_ALARM_WINDOW_SECONDS) {
      r.error(`monitoring.${field}`, n, 'the alarm would look back more than one day', 'periodSeconds × evaluation periods ≤ 86400');
    }
  }
}

export function alarmTopic(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const m = props.monitoring;
  if (!m) return;
  if (isLiteral(m.alarmTopicArn) && !SNS_TOPIC_ARN.test(m.alarmTopicArn)) {
    r.error('monitoring.alarmTopicArn', m.alarmTopicArn, 'not an SNS topic ARN', 'arn:aws:sns:<region>:<account>:<topic>');
  }
  if (m.topicKmsMasterKeyId !== undefined && m.alarmTopicArn !== undefined) {
    r.error('monitoring.topicKmsMasterKeyId', m.topicKmsMasterKeyId, 'applies only to a topic the construct creates', 'encrypt the given topic where it is defined, or drop alarmTopicArn');
  }
  if (isLiteral(m.topicKmsMasterKeyId) && /^(arn:[^:]+:kms:[^:]*:\d*:)?alias\/aws\/sns$/.test(m.topicKmsMasterKeyId)) {
    r.error(
      'monitoring.topicKmsMasterKeyId',
      m.topicKmsMasterKeyId,
      'CloudWatch alarms cannot publish to a topic encrypted with the AWS managed key',
      'a customer managed key whose policy lets cloudwatch.amazonaws.com use kms:Decrypt and kms:GenerateDataKey*',
    );
  }
}
