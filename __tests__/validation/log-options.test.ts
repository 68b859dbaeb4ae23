import { RedundantVpnProps } from '../../src';
import { errorsOf as errorsOfProps, withProfile, withTunnel } from './support';

/** These rules judge the tunnel log options alone: the construct-wide default logging is switched off. */
const errorsOf = (props: RedundantVpnProps) => errorsOfProps({ ...props, logging: { enabled: false } });

const ARN = 'arn:aws:logs:eu-west-1:111111111111:log-group:vpn-tunnels';

describe('tunnel log options', () => {
  test.each([
    [{ logEnabled: true, logGroupArn: ARN }],
    [{ logEnabled: true, logGroupArn: `${ARN}:*`, logOutputFormat: 'text' }],
    [{ bgpLogEnabled: true, bgpLogGroupArn: ARN, bgpLogOutputFormat: 'json' }],
    [{ logEnabled: false }],
  ])('accepts %j', (logOptions) => {
    expect(errorsOf(withProfile({ logOptions }))).toEqual([]);
  });

  test('enabled needs a log group', () => {
    expect(errorsOf(withProfile({ logOptions: { logEnabled: true } }))).toEqual([
      'tunnelOptions.logOptions.logEnabled: true — tunnel activity logging enabled without a log group in every tunnel that uses tunnelOptions (set logGroupArn to a CloudWatch Logs log group ARN)',
    ]);
    expect(errorsOf(withTunnel(1, { logOptions: { bgpLogEnabled: true } }))).toEqual([
      'customerGateways[1].tunnel1.logOptions.bgpLogEnabled: true — BGP logging enabled without a log group in customerGateways[1] tunnel 1 (set bgpLogGroupArn to a CloudWatch Logs log group ARN)',
    ]);
  });

  test('a group or a format only with logging enabled', () => {
    expect(errorsOf(withProfile({ logOptions: { logGroupArn: ARN, logOutputFormat: 'json' } }))).toEqual([
      `tunnelOptions.logOptions.logGroupArn: "${ARN}" — set without tunnel activity logging enabled in every tunnel that uses tunnelOptions (set logEnabled: true, or remove it)`,
      'tunnelOptions.logOptions.logOutputFormat: "json" — set without tunnel activity logging enabled in every tunnel that uses tunnelOptions (set logEnabled: true, or remove it)',
    ]);
  });

  test('log options merge one level deeper: a tunnel enabling logging into the profile group still leaves the others without', () => {
    expect(errorsOf(withTunnel(2, { logOptions: { logEnabled: true } }, { logOptions: { logGroupArn: ARN } }))).toEqual([
      `tunnelOptions.logOptions.logGroupArn: "${ARN}" — set without tunnel activity logging enabled in every tunnel that uses tunnelOptions (set logEnabled: true, or remove it)`,
    ]);
  });

  test('one tunnel opts out of the profile logging with logEnabled: false', () => {
    expect(errorsOf(withTunnel(2, { logOptions: { logEnabled: false } }, { logOptions: { logEnabled: true, logGroupArn: ARN, logOutputFormat: 'text' } }))).toEqual([]);
  });

  test.each([
    ['logOutputFormat', 'JSON', 'not an allowed value (one of "json", "text"; case-sensitive)'],
    ['logGroupArn', 'vpn-tunnels', 'not a CloudWatch Logs log group ARN (arn:aws:logs:<region>:<account>:log-group:<name>)'],
    ['logGroupArn', 'arn:aws:s3:::bucket', 'not a CloudWatch Logs log group ARN (arn:aws:logs:<region>:<account>:log-group:<name>)'],
    ['logEnabled', 'yes', 'not a boolean (true or false)'],
  ])('%s = %j is rejected', (field, value, message) => {
    const errors = errorsOf(withProfile({ logOptions: { logEnabled: true, logGroupArn: ARN, [field]: value } }));
    expect(errors).toContain(`tunnelOptions.logOptions.${field}: ${JSON.stringify(value)} — ${message}`);
  });

  test('logOptions must be an object', () => {
    expect(errorsOf(withProfile({ logOptions: 'on' }))).toEqual([
      'tunnelOptions.logOptions: "on" — not an object (e.g. { "logEnabled": true, "logGroupArn": "arn:aws:logs:…:log-group:…" })',
    ]);
  });

  test('with the construct-wide logging on (the default), a tunnel may override only its format or group', () => {
    expect(errorsOfProps(withTunnel(2, { logOptions: { logOutputFormat: 'text' } }))).toEqual([]);
    // Static routing: the default logging has no BGP log group, so enabling BGP logs still needs one.
    expect(errorsOfProps(withTunnel(1, { logOptions: { bgpLogEnabled: true } }))).toHaveLength(1);
    expect(errorsOfProps(withProfile({ logOptions: { logGroupArn: ARN } }))).toEqual([]);
  });
});
