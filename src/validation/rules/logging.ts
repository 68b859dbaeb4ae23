/**
 * Logging: the construct-wide log group settings. Sources: CloudWatch Logs `PutRetentionPolicy`
 * (retention values), log group and KMS key ARN formats (CloudWatch Logs needs the full key ARN),
 * provider `log_output_format` StringInSlice. Tokens (resolved at apply) are not checked here.
 */
import { LogOutputFormat } from '../../model/props';
import { RuleContext } from '../rule';
import { isToken } from '../values';

/** Set, and known now (not a string or number token). */
function isLiteral<T>(v: T | undefined): v is T {
  return v !== undefined && !isToken(v);
}

/** Retention values CloudWatch Logs accepts (PutRetentionPolicy); 0 is Terraform's "never expire". */
export const LOG_RETENTION_DAYS = [0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

const LOG_GROUP_ARN = /^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[A-Za-z0-9_\-/.#]{1,512}$/;
const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;

export function logSettings(ctx: RuleContext): void {
  const { props, report: r } = ctx;
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
