import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { App } from 'cdktf';
import { buildApp } from '../../src/app/run';
import { providerSchema, schemaProblems } from '../support/provider-schema';
import { baseProps, Json, synthApp, synthVpn } from '../support/synth';

const ARN = 'arn:aws:logs:eu-west-1:111111111111:log-group:vpn';
const newApp = () => new App({ outdir: mkdtempSync(join(tmpdir(), 'out-')) });

/** Every tunnel option set, on profile, connection and tunnel. */
function everythingProps() {
  const props = baseProps({ tags: { Team: 'network' }, name: 'full' });
  return {
    ...props,
    tunnelOptions: {
      ikeVersions: ['ikev2'],
      phase1EncryptionAlgorithms: ['AES256-GCM-16', 'AES256'],
      phase1IntegrityAlgorithms: ['SHA2-384'],
      phase1DhGroupNumbers: [20, 21],
      phase1LifetimeSeconds: 28800,
      phase2EncryptionAlgorithms: ['AES256-GCM-16'],
      phase2IntegrityAlgorithms: ['SHA2-384'],
      phase2DhGroupNumbers: [20],
      phase2LifetimeSeconds: 3600,
      rekeyMarginTimeSeconds: 540,
      rekeyFuzzPercentage: 50,
      replayWindowSize: 2048,
      dpdTimeoutSeconds: 40,
      dpdTimeoutAction: 'restart',
      startupAction: 'start',
      enableTunnelLifecycleControl: true,
      logOptions: { logEnabled: true, logGroupArn: ARN, logOutputFormat: 'json', bgpLogEnabled: true, bgpLogGroupArn: ARN, bgpLogOutputFormat: 'text' },
    },
    customerGateways: [
      { ...props.customerGateways[0], deviceName: 'edge-a', certificateArn: 'arn:aws:acm:eu-west-1:111111111111:certificate/abc-123', tags: { Site: 'dc1' } },
      {
        ...props.customerGateways[1],
        bgpAsn: 4200000001,
        tunnelOptions: { presharedKey: 'Connection_key_1', insideCidr: '169.254.20.0/30' },
        tunnel2: { insideCidr: '169.254.20.4/30', presharedKey: 'Tunnel_key_2' },
      },
    ],
  } as Parameters<typeof synthVpn>[0];
}

describe('the provider schema comes from the installed @cdktf/provider-aws', () => {
  const schema = providerSchema();

  test('it is AWS provider 6.25 (the product pin) and knows our resource types', () => {
    // Under the cdktn compatibility run (scripts/cdktn-test.sh) the import below is rewritten to
    // @cdktn/provider-aws, which wraps a newer AWS provider: then the schema must match that one.
    const pkg = require(require.resolve('@cdktf/provider-aws/package.json')) as { name: string; cdktf?: { provider?: { version?: string } } };
    expect(schema.providerVersion).toBe(pkg.name === '@cdktf/provider-aws' ? '6.25.0' : pkg.cdktf?.provider?.version);
    expect(schema.resourceTypes.length).toBeGreaterThan(1000);
    expect(Object.keys(schema.resources)).toEqual(expect.arrayContaining(['aws_vpn_connection', 'aws_customer_gateway']));
  });

  test('snake_case names, required and types as the provider states them', () => {
    const connection = schema.resources.aws_vpn_connection.attributes;
    expect(connection.customer_gateway_id).toEqual({ required: true, type: { kind: 'string' } });
    expect(connection.type.required).toBe(true);
    expect(connection.tunnel1_phase1_dh_group_numbers).toEqual({ required: false, type: { kind: 'list', element: { kind: 'number' } } });
    expect(connection.tunnel2_inside_ipv6_cidr.required).toBe(false);
    expect(connection.tunnel1_log_options.type.kind).toBe('block');
    expect(schema.resources.aws_vpn_gateway_attachment.attributes.vpc_id.required).toBe(true);
  });

  test('the checker catches an unknown type, an unknown attribute, a missing required one and a wrong type', () => {
    expect(
      schemaProblems({
        resource: {
          aws_vpn_gatway: { a: {} },
          aws_vpn_connection: { c: { type: 'ipsec.1', static_routes_only: 'yes', tunnel1_dpd_timeout_secs: 30, tunnel1_ike_versions: 'ikev2' } },
        },
        data: { aws_nope: { a: {} } },
      }),
    ).toEqual([
      'resource.aws_vpn_gatway: unknown resource type',
      'resource.aws_vpn_connection.c.static_routes_only: "yes" is not a boolean',
      'resource.aws_vpn_connection.c.tunnel1_dpd_timeout_secs: unknown attribute',
      'resource.aws_vpn_connection.c.tunnel1_ike_versions: "ikev2" is not a list',
      'resource.aws_vpn_connection.c.customer_gateway_id: required attribute missing',
      'data.aws_nope: unknown data source',
    ]);
  });
});

describe('every synthesized stack conforms to the provider schema', () => {
  const stacks: [string, Json][] = [
    ...Object.entries(synthApp(buildApp({}, newApp))).map(([n, j]) => [`default app: ${n}`, j] as [string, Json]),
    ...Object.entries(synthApp(buildApp({ VPN_CONFIG: resolve(__dirname, '../fixtures/core-issue.json') }, newApp))).map(
      ([n, j]) => [`config fixture: ${n}`, j] as [string, Json],
    ),
    ['test props (static)', synthVpn(baseProps())],
    ['dynamic, imported attached gateway', synthVpn(baseProps({ routing: 'dynamic' as never, staticRoutes: undefined, vpcId: undefined, vpnGatewayId: 'vgw-0123456789abcdef0', vpnGatewayAttached: true }))],
    ['every option set', synthVpn(everythingProps())],
  ];

  test.each(stacks)('%s', (_name, json) => {
    expect(Object.keys(json.resource ?? {}).length).toBeGreaterThan(0);
    expect(schemaProblems(json)).toEqual([]);
  });
});
