/**
 * Rules for the operational props: alarms, logs, key storage. Values that are tokens
 * (resolved at apply) are not checked here; AWS checks them then. The key storage is the exception:
 * the construct decides at synth which outputs to write from it.
 */
import { LogOutputFormat, PresharedKeyStorage, RedundantVpnProps } from '../../model/props';
import { Reporter } from '../issues';
import { isToken, isWholeNumber } from '../values';

/** Set, and known now (not a string or number token). */
function isLiteral<T>(v: T | undefined): v is T {
  return v !== undefined && !isToken(v);
}

/** CloudWatch: Period × EvaluationPeriods can be at most one day (PutMetricAlarm). */
const MAX_ALARM_WINDOW_SECONDS = 86400;

/** Retention values CloudWatch Logs accepts (PutRetentionPolicy); 0 is Terraform's "never expire". */
export const LOG_RETENTION_DAYS = [0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;
const LOG_GROUP_ARN = /^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[A-Za-z0-9_\-/.#]{1,512}$/;
const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;

export function alarmSettings(props: RedundantVpnProps, r: Reporter): void {
  const m = props.monitoring;
  if (!m) return;
  const period = m.periodSeconds;
  if (isLiteral(period) && !(isWholeNumber(period) && period >= 60 && period % 60 === 0)) {
    // AWS/VPN metrics are standard resolution: 10 s and 30 s periods (high resolution) do not apply.
    r.error('monitoring.periodSeconds', period, 'not an alarm period for a standard-resolution metric', '60 or a multiple of 60 seconds');
  }
  for (const field of ['degradedEvaluationPeriods', 'outageEvaluationPeriods'] as const) {
    const n = m[field];
    if (!isLiteral(n)) continue;
    if (!(isWholeNumber(n) && n >= 1)) {
      r.error(`monitoring.${field}`, n, 'not a number of evaluation periods', 'a whole number of 1 or more');
    } else if (!isToken(period) && n * (isWholeNumber(period) && period > 0 ? period : 300) > MAX_ALARM_WINDOW_SECONDS) {
      r.error(`monitoring.${field}`, n, 'the alarm would look back more than one day', 'periodSeconds × evaluation periods ≤ 86400');
    }
  }
}

export function alarmTopic(props: RedundantVpnProps, r: Reporter): void {
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

export function logSettings(props: RedundantVpnProps, r: Reporter): void {
  const l = props.logging;
  if (!l) return;
  if (isLiteral(l.logGroupArn) && !LOG_GROUP_ARN.test(l.logGroupArn)) {
    r.error('logging.logGroupArn', l.logGroupArn, 'not a CloudWatch Logs log group ARN', 'arn:aws:logs:<region>:<account>:log-group:<name>, without a trailing ":*"');
  }
  if (isLiteral(l.retentionInDays) && !LOG_RETENTION_DAYS.includes(l.retentionInDays)) {
    r.error('logging.retentionInDays', l.retentionInDays, 'not a retention CloudWatch Logs accepts', `one of ${LOG_RETENTION_DAYS.join(', ')}`);
  }
  if (l.logGroupArn !== undefined) {
    for (const field of ['retentionInDays', 'kmsKeyArn'] as const) {
      if (l[field] !== undefined) {
        r.error(`logging.${field}`, l[field], 'applies only to a log group the construct creates', 'set it where the given log group is defined, or drop logGroupArn');
      }
    }
  }
  if (isLiteral(l.kmsKeyArn) && !KMS_KEY_ARN.test(l.kmsKeyArn)) {
    r.error('logging.kmsKeyArn', l.kmsKeyArn, 'CloudWatch Logs needs the full key ARN', 'arn:aws:kms:<region>:<account>:key/<key id> (not an alias or a bare key id)');
  }
  const formats: string[] = Object.values(LogOutputFormat);
  if (isLiteral(l.outputFormat) && !formats.includes(l.outputFormat)) {
    r.error('logging.outputFormat', l.outputFormat, 'unknown log format', `one of ${formats.join(', ')}`);
  }
}

/** A token is rejected too: the outputs written at synth depend on the storage (see outputs.ts). */
export function presharedKeyStorage(props: RedundantVpnProps, r: Reporter): void {
  const allowed: string[] = Object.values(PresharedKeyStorage);
  if (props.presharedKeyStorage !== undefined && !allowed.includes(props.presharedKeyStorage)) {
    r.error('presharedKeyStorage', props.presharedKeyStorage, 'unknown key storage', `one of ${allowed.join(', ')} (case-sensitive)`);
  }
}
