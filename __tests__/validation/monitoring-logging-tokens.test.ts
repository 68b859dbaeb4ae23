/** Monitoring, logging and key-storage props given as tokens (known only at apply) are left to AWS, like every other rule does. */
import { Lazy } from 'cdktf';
import { RedundantVpnProps } from '../../src';
import { baseProps, errorsOf } from './support';

const lazyNumber = (): number => Lazy.numberValue({ produce: () => 300 });
const lazyString = (): string => Lazy.stringValue({ produce: () => 'from-apply' });
const withSettings = (extra: Partial<RedundantVpnProps>): RedundantVpnProps => baseProps(extra);

describe('monitoring, logging and key-storage props given as tokens', () => {
  it.each([
    ['monitoring.periodSeconds', { monitoring: { periodSeconds: lazyNumber() } }],
    ['monitoring.degradedEvaluationPeriods', { monitoring: { degradedEvaluationPeriods: lazyNumber() } }],
    ['monitoring.outageEvaluationPeriods', { monitoring: { outageEvaluationPeriods: lazyNumber() } }],
    ['periodSeconds and evaluation periods', { monitoring: { periodSeconds: lazyNumber(), outageEvaluationPeriods: 1000 } }],
    ['monitoring.alarmTopicArn', { monitoring: { alarmTopicArn: lazyString() } }],
    ['monitoring.topicKmsMasterKeyId', { monitoring: { topicKmsMasterKeyId: lazyString() } }],
    ['logging.retentionInDays', { logging: { retentionInDays: lazyNumber() } }],
    ['logging.logGroupArn', { logging: { logGroupArn: lazyString() } }],
    ['logging.kmsKeyArn', { logging: { kmsKeyArn: lazyString() } }],
    ['logging.outputFormat', { logging: { outputFormat: lazyString() } }],
  ] as [string, Partial<RedundantVpnProps>][])('%s: no error', (_, extra) => {
    expect(errorsOf(withSettings(extra))).toEqual([]);
  });

  it('a literal evaluation period still counts against a literal period', () => {
    expect(errorsOf(withSettings({ monitoring: { periodSeconds: 3600, outageEvaluationPeriods: 25 } }))).toEqual([
      'monitoring.outageEvaluationPeriods: 25 — the alarm would look back more than one day (periodSeconds × evaluation periods ≤ 86400)',
    ]);
  });

  it.each([
    ['monitoring.periodSeconds', { monitoring: { periodSeconds: 90 } }, 'monitoring.periodSeconds: 90 — not an alarm period for a standard-resolution metric (60 or a multiple of 60 seconds)'],
    ['logging.retentionInDays', { logging: { retentionInDays: 2 } }, 'logging.retentionInDays: 2 — not a retention CloudWatch Logs accepts (one of 0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)'],
    ['logging.outputFormat', { logging: { outputFormat: 'xml' } }, 'logging.outputFormat: "xml" — unknown log format (one of json, text)'],
  ] as [string, Partial<RedundantVpnProps>, string][])('%s: a literal value keeps its message', (_, extra, message) => {
    expect(errorsOf(withSettings(extra))).toEqual([message]);
  });

  it('presharedKeyStorage stays a literal: the outputs written at synth depend on it', () => {
    const errors = errorsOf(withSettings({ presharedKeyStorage: lazyString() as RedundantVpnProps['presharedKeyStorage'] }));
    expect(errors).toEqual([expect.stringMatching(/^presharedKeyStorage: /)]);
  });
});
