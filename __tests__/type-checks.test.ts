/**
 * The jsii-visible surface: brand checks that work across copies of the library (where `instanceof`
 * fails) and the defaults as static members other languages can read.
 */
import { Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { RedundantVpn, VpnValidationError } from '../src';
import { baseProps, resources, synthVpn } from './support/synth';
import { thrown } from './support/thrown';

/** A second, separately loaded copy of the library: its classes are not ours. */
function otherCopy(): typeof import('../src') {
  let copy: typeof import('../src') | undefined;
  jest.isolateModules(() => {
    copy = require('../src');
  });
  return copy!;
}

describe('RedundantVpn.isRedundantVpn', () => {
  test('true for a RedundantVpn, also one from another copy of the library; false for anything else', () => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    const vpn = new RedundantVpn(stack, 'vpn', baseProps());
    const Other = otherCopy().RedundantVpn;
    const foreign = new Other(new TerraformStack(Testing.app(), 'other'), 'vpn', baseProps());
    expect(foreign instanceof RedundantVpn).toBe(false);
    expect([RedundantVpn.isRedundantVpn(vpn), RedundantVpn.isRedundantVpn(foreign), Other.isRedundantVpn(vpn)]).toEqual([true, true, true]);
    expect([new Construct(stack, 'plain'), {}, null, undefined, 'vpn'].map((x) => RedundantVpn.isRedundantVpn(x))).toEqual([false, false, false, false, false]);
  });
});

describe('RedundantVpn.isValidationError', () => {
  const invalid = () => new RedundantVpn(new TerraformStack(Testing.app(), 'stack'), 'vpn', baseProps({ customerGateways: [] }));

  test('true for the error invalid props throw, also from another copy of the library', () => {
    const error = thrown(invalid);
    expect(error).toBeInstanceOf(VpnValidationError);
    expect(RedundantVpn.isValidationError(error)).toBe(true);
    const other = otherCopy();
    const foreign = thrown(() => new other.RedundantVpn(new TerraformStack(Testing.app(), 's'), 'vpn', baseProps({ customerGateways: [] })));
    expect(foreign instanceof VpnValidationError).toBe(false);
    expect(RedundantVpn.isValidationError(foreign)).toBe(true);
  });

  test('false for other errors and values', () => {
    expect([new Error('x'), new TypeError('y'), { issues: [] }, null, undefined].map((x) => RedundantVpn.isValidationError(x))).toEqual([false, false, false, false, false]);
  });
});

describe('defaults as static members', () => {
  test('are the values the construct writes when the prop is unset', () => {
    const json = synthVpn(baseProps({ amazonSideAsn: undefined }));
    expect(resources(json, 'aws_vpn_gateway')[0].amazon_side_asn).toBe(String(RedundantVpn.DEFAULT_AMAZON_SIDE_ASN));
    expect(resources(json, 'aws_cloudwatch_log_group')[0].retention_in_days).toBe(RedundantVpn.DEFAULT_LOG_RETENTION_DAYS);
    const alarms = resources(json, 'aws_cloudwatch_metric_alarm');
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) {
      expect(alarm.metric_query.filter((q: any) => q.metric).every((q: any) => q.metric.period === RedundantVpn.DEFAULT_ALARM_PERIOD_SECONDS)).toBe(true);
    }
    expect([RedundantVpn.DEFAULT_AMAZON_SIDE_ASN, RedundantVpn.DEFAULT_LOG_RETENTION_DAYS, RedundantVpn.MAX_METRICS_PER_ALARM]).toEqual([64512, 90, 10]);
  });
});
