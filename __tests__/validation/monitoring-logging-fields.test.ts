/** `monitoring` and `logging` reject unknown fields, like every other object of the props (and the config schema). */
import { RedundantVpnProps } from '../../src';
import { baseProps, errorsOf } from './support';

const props = (extra: Record<string, unknown>): RedundantVpnProps => baseProps(extra as Partial<RedundantVpnProps>);

describe('unknown fields under monitoring and logging', () => {
  it.each([
    [{ monitoring: { enable: false } }, 'monitoring.enable: false — unknown field (check the spelling)'],
    [{ monitoring: { enabled: true, period: 300 } }, 'monitoring.period: 300 — unknown field (check the spelling)'],
    [{ logging: { retentionDays: 30 } }, 'logging.retentionDays: 30 — unknown field (check the spelling)'],
    [{ logging: { enabled: true, bgpLog: true } }, 'logging.bgpLog: true — unknown field (check the spelling)'],
  ])('%j', (extra, message) => {
    expect(errorsOf(props(extra))).toEqual([message]);
  });

  it('every known field passes, and a field set to undefined is ignored', () => {
    expect(
      errorsOf(
        props({
          monitoring: { enabled: true, periodSeconds: 300, degradedEvaluationPeriods: 3, outageEvaluationPeriods: 2, other: undefined },
          logging: { enabled: true, retentionInDays: 90, outputFormat: 'json', bgpLogs: true, other: undefined },
        }),
      ),
    ).toEqual([]);
  });
});
