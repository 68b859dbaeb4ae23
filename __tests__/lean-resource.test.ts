import { Testing, TerraformStack, Token } from 'cdktf';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { VpnConnection, VpnConnectionConfig } from '@cdktf/provider-aws/lib/vpn-connection';
import { lean } from '../src/internal/synth-speed';
import { withoutUndefined } from '../src/internal/without-undefined';

describe('withoutUndefined', () => {
  const token = Token.asString({ resolve: () => 'x' });
  class Box {
    constructor(public readonly inner?: string) {}
  }
  const box = new Box(undefined);

  test.each<[string, unknown, unknown]>([
    ['drops undefined members', { a: 1, b: undefined }, { a: 1 }],
    ['deeply, in objects and in arrays', { a: { b: undefined, c: [{ d: undefined, e: 'x' }, undefined] } }, { a: { c: [{ e: 'x' }] } }],
    ['keeps null, false, 0 and the empty string', { a: null, b: false, c: 0, d: '' }, { a: null, b: false, c: 0, d: '' }],
    ['keeps empty objects and arrays (cdktf writes them)', { a: {}, b: [] }, { a: {}, b: [] }],
    ['keeps token strings as they are', { a: token }, { a: token }],
    ['returns primitives unchanged', 'text', 'text'],
  ])('%s', (_, input, expected) => {
    expect(withoutUndefined(input)).toEqual(expected);
  });

  test('leaves class instances (resolvables, tokens) alone, undefined members included', () => {
    const out = withoutUndefined({ box }) as { box: Box };
    expect(out.box).toBe(box);
    expect(Object.keys(out.box)).toEqual(['inner']);
  });
});

describe('lean(provider class)', () => {
  const LeanVpnConnection = lean(VpnConnection);
  const LeanAlarm = lean(CloudwatchMetricAlarm);

  const connection: VpnConnectionConfig = {
    type: 'ipsec.1',
    customerGatewayId: 'cgw-1',
    vpnGatewayId: 'vgw-1',
    staticRoutesOnly: false,
    tunnel1InsideCidr: '169.254.10.0/30',
    tunnel1IkeVersions: ['ikev2'],
    tunnel1Phase1DhGroupNumbers: [20],
    tunnel1LogOptions: { cloudwatchLogOptions: { logEnabled: true, logGroupArn: 'arn:aws:logs:eu-west-1:111111111111:log-group:vpn', logOutputFormat: 'json' } },
    tunnel2DpdTimeoutSeconds: 30,
    tags: { Name: 'edge-a' },
    lifecycle: { createBeforeDestroy: true },
  };
  const alarm = {
    alarmName: 'a',
    comparisonOperator: 'LessThanThreshold',
    threshold: 1,
    evaluationPeriods: 3,
    metricQuery: [
      { id: 't1', returnData: false, metric: { namespace: 'AWS/VPN', metricName: 'TunnelState', dimensions: { TunnelIpAddress: '${aws_vpn_connection.c.tunnel1_address}' }, period: 300, stat: 'Minimum' } },
      { id: 'state', expression: 'MIN(FILL([t1], 0))', returnData: true },
    ],
  };

  // The same resources through the provider classes and through their lean subclasses.
  const stack = new TerraformStack(Testing.app(), 'lean');
  const plain = { connection: new VpnConnection(stack, 'plain-connection', connection), alarm: new CloudwatchMetricAlarm(stack, 'plain-alarm', alarm) };
  const leaned = { connection: new LeanVpnConnection(stack, 'lean-connection', connection), alarm: new LeanAlarm(stack, 'lean-alarm', alarm) };
  const json = JSON.parse(Testing.synth(stack)).resource;
  const body = (type: string, id: string) => {
    const { '//': _metadata, ...rest } = json[type][id];
    return rest;
  };

  test('synthesizes exactly what the provider class synthesizes', () => {
    expect(body('aws_vpn_connection', 'lean-connection')).toEqual(body('aws_vpn_connection', 'plain-connection'));
    expect(body('aws_cloudwatch_metric_alarm', 'lean-alarm')).toEqual(body('aws_cloudwatch_metric_alarm', 'plain-alarm'));
    expect(body('aws_vpn_connection', 'lean-connection')).toMatchObject({ tunnel1_inside_cidr: '169.254.10.0/30', tunnel2_dpd_timeout_seconds: 30 });
  });

  test('its synthesized arguments hold no undefined member (what cdktf would resolve for nothing)', () => {
    const args = (resource: VpnConnection) => (resource as unknown as { synthesizeAttributes(): Record<string, unknown> }).synthesizeAttributes();
    expect(Object.values(args(plain.connection)).filter((v) => v === undefined).length).toBeGreaterThan(40);
    expect(JSON.stringify(args(leaned.connection), (_, v) => (v === undefined ? 'UNDEFINED' : v))).not.toContain('UNDEFINED');
  });

  test('is the provider class to users: instanceof, type and jsii type information', () => {
    expect(leaned.connection).toBeInstanceOf(VpnConnection);
    expect(leaned.connection.terraformResourceType).toBe('aws_vpn_connection');
    const rtti = Symbol.for('jsii.rtti');
    const fqn = (o: object) => (o.constructor as unknown as Record<symbol, { fqn: string }>)[rtti].fqn;
    expect(fqn(leaned.connection)).toBe(fqn(plain.connection));
    expect(leaned.connection.tunnel1Address).toMatch(/^\$\{TfToken\[/);
  });
});
