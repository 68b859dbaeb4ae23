/**
 * Adopting live resources: the construct's import blocks and its "no default over a live value"
 * rule, the validation of `adopt`, and `vpn-adopt` on describe outputs the AWS CLI printed (fixtures
 * under fixtures/adopt/, see their README). The real-provider proof is provider/adopt.test.ts.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { run as vpnAdopt } from '../src/adopt/cli';
import { adoptLive } from '../src/adopt/entry';
import { LiveInputs } from '../src/adopt/live';
import { loadConfigFile } from '../src/config/load-config';
import { AdoptedSiteSchema, AdoptedVpnSchema } from '../src/config/schema';
import { ADOPT_FIELDS } from '../src/validation/rules/adopt';
import { effectiveTunnelOptions } from '../src/model/tunnel-options';
import { CustomerGatewayProps, RedundantVpnProps, RoutingMode } from '../src';
import { validateVpnProps } from '../src/validation';
import { formatIssue } from '../src/validation/issues';
import { baseProps, Json, resources, synthVpn } from './support/synth';
import { tempFile } from './support/files';

const FIXTURES = join(__dirname, 'fixtures', 'adopt');
const fixture = (name: string): Json => JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
const liveInputs = (): LiveInputs => ({
  vpnConnections: fixture('describe-vpn-connections').VpnConnections,
  customerGateways: fixture('describe-customer-gateways').CustomerGateways,
  vpnGateways: fixture('describe-vpn-gateways').VpnGateways,
  routeTables: fixture('describe-route-tables').RouteTables,
});
const VGW = 'vgw-0123456789abcdef0';
const adoptedProps = (overrides: Partial<RedundantVpnProps> = {}): RedundantVpnProps =>
  baseProps({
    vpcId: undefined,
    vpnGatewayAttached: true,
    adopt: { vpnGatewayId: VGW, vpnGatewayTags: { Name: 'legacy-vgw' } },
    tunnelOptions: { ikeVersions: ['ikev2' as never], dpdTimeoutSeconds: 45 },
    customerGateways: [
      {
        name: 'dc1-edge-a',
        ipAddress: '198.51.100.10',
        bgpAsn: 65010,
        adopt: { customerGatewayId: 'cgw-0123456789abcdef0', customerGatewayTags: { Name: 'DC1 Edge A' }, vpnConnectionId: 'vpn-0123456789abcdef0', vpnConnectionTags: {} },
        tunnel1: { insideCidr: '169.254.44.0/30' },
        tunnel2: { insideCidr: '169.254.44.4/30' },
      },
      { name: 'dc1-edge-b', ipAddress: '198.51.100.20', bgpAsn: 65010 },
    ],
    ...overrides,
  });
const errorsOf = (props: unknown) => validateVpnProps(props as RedundantVpnProps).errors.map(formatIssue);

describe('construct: adopted resources', () => {
  const json = synthVpn(adoptedProps({ adopt: { vpnGatewayId: VGW, vpnGatewayTags: { Name: 'legacy-vgw' }, alarmTopicArn: 'arn:aws:sns:eu-west-1:111111111111:noc-vpn', logGroupName: '/legacy/vpn', alarms: true } }));
  const connection = (site: string) => Object.entries<Json>(json.resource.aws_vpn_connection).find(([k]) => k.includes(`VpnConnection-${site}_`))![1];

  test('one import block per adopted resource, to the address the construct declares', () => {
    const imports = (json.import as { to: string; id: string }[]).map((i) => [i.to.replace(/_[0-9A-F]{8}$/, ''), i.id]);
    expect(imports).toEqual([
      ['aws_vpn_gateway.vpn_VpnGateway', VGW],
      ['aws_cloudwatch_log_group.vpn_LogGroup', '/legacy/vpn'],
      ['aws_customer_gateway.vpn_CustomerGateway-dc1-edge-a', 'cgw-0123456789abcdef0'],
      ['aws_vpn_connection.vpn_VpnConnection-dc1-edge-a', 'vpn-0123456789abcdef0'],
      ['aws_sns_topic.vpn_AlarmTopic', 'arn:aws:sns:eu-west-1:111111111111:noc-vpn'],
      ['aws_cloudwatch_metric_alarm.vpn_Alarm-dc1-edge-a-degraded', 'vpn-dc1-edge-a-degraded'],
      ['aws_cloudwatch_metric_alarm.vpn_Alarm-dc1-edge-b-degraded', 'vpn-dc1-edge-b-degraded'],
      ['aws_cloudwatch_metric_alarm.vpn_Alarm-outage', 'vpn-outage'],
      ['aws_cloudwatch_composite_alarm.vpn_Alarm-degraded', 'vpn-degraded'],
    ]);
  });

  test('the adopted gateway is declared (managed, not only referenced) without an attachment when attached', () => {
    expect(resources(json, 'aws_vpn_gateway')).toEqual([{ amazon_side_asn: '64512', tags: { Name: 'legacy-vgw' } }]);
    expect(resources(json, 'aws_vpn_gateway_attachment')).toEqual([]);
  });

  test('adopted topic and log group keep their live names (a different name replaces them)', () => {
    expect(resources(json, 'aws_sns_topic')[0].name).toBe('noc-vpn');
    expect(resources(json, 'aws_cloudwatch_log_group')[0].name).toBe('/legacy/vpn');
  });

  test('an adopted connection gets neither the profile nor the logging default; a new one gets both', () => {
    const adopted = connection('dc1-edge-a');
    expect(Object.keys(adopted).filter((k) => k.startsWith('tunnel')).sort()).toEqual(['tunnel1_inside_cidr', 'tunnel2_inside_cidr']);
    const created = connection('dc1-edge-b');
    expect(created.tunnel1_ike_versions).toEqual(['ikev2']);
    expect(created.tunnel2_dpd_timeout_seconds).toBe(45);
    expect(created.tunnel1_log_options.cloudwatch_log_options.log_enabled).toBe(true);
  });

  test('adopted resources carry exactly their live tags; new ones the construct\'s', () => {
    expect(connection('dc1-edge-a').tags).toEqual({});
    expect(connection('dc1-edge-b').tags).toEqual({ Name: 'vpn-dc1-edge-b-vpn' });
    const cgws = Object.entries<Json>(json.resource.aws_customer_gateway);
    expect(cgws.find(([k]) => k.includes('dc1-edge-a'))![1].tags).toEqual({ Name: 'DC1 Edge A' });
    expect(cgws.find(([k]) => k.includes('dc1-edge-b'))![1].tags).toEqual({ Name: 'vpn-dc1-edge-b-cgw' });
  });

  test('vpn-device-config uses the same rule: an adopted device\'s tunnels ignore the profile', () => {
    const device = adoptedProps().customerGateways[0];
    expect(effectiveTunnelOptions({ dpdTimeoutSeconds: 45 }, device, 1)).toEqual({ insideCidr: '169.254.44.0/30' });
    const { adopt: _, ...notAdopted } = device;
    expect(effectiveTunnelOptions({ dpdTimeoutSeconds: 45 }, notAdopted, 1)).toEqual({ dpdTimeoutSeconds: 45, insideCidr: '169.254.44.0/30' });
  });

  test('without adopt nothing is imported', () => {
    expect(synthVpn(baseProps()).import).toBeUndefined();
  });
});

describe('validation of adopt', () => {
  test('the fields the rules know are the config schema\'s (one list each, pinned)', () => {
    expect(Object.keys(AdoptedVpnSchema.properties)).toEqual([...ADOPT_FIELDS.vpn]);
    expect(Object.keys(AdoptedSiteSchema.properties)).toEqual([...ADOPT_FIELDS.site]);
  });

  test('adopted props as vpn-adopt writes them are valid', () => {
    expect(errorsOf(adoptedProps())).toEqual([]);
  });

  test('ids of the wrong kind, unknown fields, a topic that is no SNS ARN, a bad log group name', () => {
    const props = adoptedProps({ adopt: { vpnGatewayId: 'vpn-0123456789abcdef0', alarmTopicArn: 'noc-vpn', logGroupName: 'a b', extra: 1 } as never });
    const gateways = props.customerGateways.map((c, i) => (i === 0 ? { ...c, adopt: { customerGatewayId: 'cgw-XYZ', vpnConnectionId: 'vpn-0123456789abcdef0', vpnConnectionTags: { 'aws:x': 'y' } } } : c));
    expect(errorsOf({ ...props, customerGateways: gateways })).toEqual([
      'adopt.extra: 1 — unknown field (one of vpnGatewayId, vpnGatewayTags, alarmTopicArn, logGroupName, alarms)',
      'adopt.vpnGatewayId: "vpn-0123456789abcdef0" — not a vgw- id ("vgw-" then 8 or 17 lowercase hex digits, e.g. "vgw-0a1b2c3d4e5f60718")',
      'adopt.alarmTopicArn: "noc-vpn" — not an SNS topic ARN (arn:aws:sns:<region>:<account>:<topic name>)',
      'adopt.logGroupName: "a b" — not a log group name (1–512 characters of A–Z a–z 0–9 . - _ / #)',
      'customerGateways[0].adopt.customerGatewayId: "cgw-XYZ" — not a cgw- id ("cgw-" then 8 or 17 lowercase hex digits, e.g. "cgw-0a1b2c3d4e5f60718")',
      'customerGateways[0].adopt.vpnConnectionTags.aws:x: "aws:x" — not a valid tag key (1–128 characters, not starting with "aws:")',
    ]);
  });

  test('an adopted connection without its customer gateway or gateway would move (both tunnels down): rejected', () => {
    const gateways: CustomerGatewayProps[] = [
      { name: 'a', ipAddress: '198.51.100.10', bgpAsn: 65010, adopt: { vpnConnectionId: 'vpn-0123456789abcdef0' } },
      { name: 'b', ipAddress: '198.51.100.20', bgpAsn: 65010 },
    ];
    expect(errorsOf(baseProps({ customerGateways: gateways }))).toEqual([
      expect.stringMatching(/^customerGateways\[0\]\.adopt\.vpnConnectionId: "vpn-0123456789abcdef0" — adopted without its customer gateway \(add adopt\.customerGatewayId/),
      expect.stringMatching(/^customerGateways\[0\]\.adopt\.vpnConnectionId: "vpn-0123456789abcdef0" — adopted without its gateway \(add adopt\.vpnGatewayId or vpnGatewayId/),
    ]);
  });

  test('one live resource adopted twice, a gateway adopted and referenced, adopting into something switched off', () => {
    const twice = adoptedProps();
    const gateways = [twice.customerGateways[0], { ...twice.customerGateways[1], adopt: { customerGatewayId: 'cgw-0123456789abcdef0' } }];
    expect(errorsOf({ ...twice, customerGateways: gateways })).toEqual([
      'customerGateways[1].adopt.customerGatewayId: "cgw-0123456789abcdef0" — already adopted by customerGateways[0] (each live resource is adopted by one device)',
    ]);
    expect(errorsOf(adoptedProps({ vpnGatewayId: VGW }))).toEqual([
      `adopt.vpnGatewayId: "${VGW}" — not with vpnGatewayId (either manage the live gateway (adopt.vpnGatewayId) or only reference it (vpnGatewayId))`,
    ]);
    expect(
      errorsOf(adoptedProps({ adopt: { vpnGatewayId: VGW, alarmTopicArn: 'arn:aws:sns:eu-west-1:111111111111:t', alarms: true, logGroupName: '/x' }, monitoring: { enabled: false }, logging: { logGroupArn: 'arn:aws:logs:eu-west-1:111111111111:log-group:/y' } })),
    ).toEqual([
      'adopt.alarmTopicArn: "arn:aws:sns:eu-west-1:111111111111:t" — alarms are off (monitoring.enabled: false) (turn alarms on, or remove adopt.alarmTopicArn)',
      'adopt.alarms: true — alarms are off (monitoring.enabled: false) (turn alarms on, or remove adopt.alarms)',
      'adopt.logGroupName: "/x" — not with logging.logGroupArn (adopt the group (managed here) or name it in logging (managed elsewhere), not both)',
    ]);
  });

  test('vpnGatewayAttached applies to an adopted gateway too', () => {
    expect(errorsOf(adoptedProps({ vpnGatewayAttached: undefined }))).toEqual([
      'vpcId: (missing) — required: the virtual private gateway must be attached to a VPC (the vpc- id; or import an attached gateway with vpnGatewayId and vpnGatewayAttached: true)',
    ]);
  });
});

describe('vpn-adopt: live describe outputs → config entry', () => {
  const result = adoptLive(liveInputs(), { region: 'eu-west-1', stackName: 'legacy' });
  const vpn = result.config.stacks[0].vpn;
  const [a, b] = vpn.customerGateways;
  const liveConnections = fixture('describe-vpn-connections').VpnConnections;

  test('tunnel 1 is the FIRST entry of Options.TunnelOptions (the provider\'s order), not the lower outside address', () => {
    const first = liveConnections[0].Options.TunnelOptions;
    // The fixture is built so that sorting by address would swap the tunnels.
    expect(first[0].OutsideIpAddress.localeCompare(first[1].OutsideIpAddress, 'en', { numeric: true })).toBe(1);
    expect(a.tunnel1!.insideCidr).toBe(first[0].TunnelInsideCidr);
    expect(a.tunnel2!.insideCidr).toBe(first[1].TunnelInsideCidr);
    const second = liveConnections[1].Options.TunnelOptions;
    expect([b.tunnel1!.insideCidr, b.tunnel2!.insideCidr]).toEqual([second[0].TunnelInsideCidr, second[1].TunnelInsideCidr]);
  });

  test('the whole entry: gateway adopted and attached, routing and routes, propagation, every live option', () => {
    expect(vpn).toEqual({
      adopt: { vpnGatewayId: 'vgw-c1c39d2d7734ad1cd', vpnGatewayTags: { Name: 'legacy-vgw', Team: 'network' } },
      vpnGatewayAttached: true,
      amazonSideAsn: 64620,
      routeTableIds: ['rtb-84a99fbcbcade22a5'],
      routing: RoutingMode.STATIC,
      staticRoutes: ['10.40.0.0/16', '10.50.0.0/16'],
      customerGateways: [
        {
          name: 'dc1-edge-a',
          ipAddress: '198.51.100.10',
          bgpAsn: 65010,
          deviceName: 'dc1-fw-a',
          adopt: {
            customerGatewayId: 'cgw-50fd799a31112bf84',
            customerGatewayTags: { Name: 'DC1 Edge A' },
            vpnConnectionId: 'vpn-7c20d5b27de525de7',
            vpnConnectionTags: { Name: 'dc1-primary', CostCenter: 'net-42' },
          },
          tunnelOptions: {
            phase1LifetimeSeconds: 14400,
            phase2LifetimeSeconds: 3600,
            rekeyMarginTimeSeconds: 540,
            rekeyFuzzPercentage: 100,
            replayWindowSize: 1024,
            dpdTimeoutSeconds: 40,
            dpdTimeoutAction: 'restart',
            startupAction: 'start',
            enableTunnelLifecycleControl: false,
            ikeVersions: ['ikev2'],
            phase1EncryptionAlgorithms: ['AES256'],
            phase1IntegrityAlgorithms: ['SHA2-256'],
            phase1DhGroupNumbers: [14, 20],
            phase2EncryptionAlgorithms: ['AES256'],
            phase2IntegrityAlgorithms: ['SHA2-256'],
            phase2DhGroupNumbers: [14],
          },
          // Logs on tunnel 1 only; a disabled kind is `false` alone (the provider reads no ARN or format for it).
          tunnel1: { insideCidr: '169.254.44.0/30', logOptions: { logEnabled: true, logGroupArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:/legacy/vpn', logOutputFormat: 'text' } },
          tunnel2: { insideCidr: '169.254.44.4/30', logOptions: { logEnabled: false } },
        },
        {
          // No DeviceName live: none written (one would replace the customer gateway).
          name: 'dc1-edge-b',
          ipAddress: '198.51.100.20',
          bgpAsn: 65010,
          adopt: { customerGatewayId: 'cgw-25787c698fcc004b4', customerGatewayTags: { Name: 'dc1-edge-b' }, vpnConnectionId: 'vpn-929e339d6c1b8b151', vpnConnectionTags: {} },
          tunnel1: { insideCidr: '169.254.45.0/30' },
          tunnel2: { insideCidr: '169.254.45.4/30' },
        },
      ],
      preventDestroy: true,
    });
  });

  test('notes say which tunnel is which and what the first apply adds', () => {
    expect(result.notes).toEqual(
      expect.arrayContaining([
        'dc1-edge-a: cgw-50fd799a31112bf84 + vpn-7c20d5b27de525de7, tunnel 1 = 52.18.20.200, tunnel 2 = 34.240.10.5 (the provider\'s order)',
        'vpn-929e339d6c1b8b151 lacks 10.50.0.0/16: the first apply adds them (the same prefixes on every connection)',
      ]),
    );
  });

  test('key storage as live: left out, so the provider keeps it (stating SecretsManager plans an update with 5.100), and noted', () => {
    expect(vpn).not.toHaveProperty('presharedKeyStorage');
    const inputs = liveInputs();
    const withArn = inputs.vpnConnections.map((c, i) => (i === 0 ? { ...c, PreSharedKeyArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:vpn-abc' } : c));
    const adopted = adoptLive({ ...inputs, vpnConnections: withArn }, { region: 'eu-west-1' });
    expect(adopted.config.stacks[0].vpn).not.toHaveProperty('presharedKeyStorage');
    expect(adopted.notes).toContain(
      'vpn-7c20d5b27de525de7 keep their keys in Secrets Manager: presharedKeyStorage is left out so the live storage stays (stating SecretsManager plans an update with provider 5.100); the hand-off then lists no secret ARN',
    );
  });

  test('a 4-byte ASN above 2147483647 comes from BgpAsnExtended', () => {
    const inputs = liveInputs();
    const gateways = inputs.customerGateways.map((g, i) => (i === 0 ? { ...g, BgpAsn: undefined, BgpAsnExtended: '4200000001' } : g));
    expect(adoptLive({ ...inputs, customerGateways: gateways }, { region: 'eu-west-1' }).config.stacks[0].vpn.customerGateways[0].bgpAsn).toBe(4200000001);
  });

  test('what cannot be one set is refused: mixed routing, a missing customer gateway, several gateways', () => {
    const inputs = liveInputs();
    const dynamic = inputs.vpnConnections.map((c, i) => (i === 1 ? { ...c, Options: { ...c.Options, StaticRoutesOnly: false } } : c));
    expect(() => adoptLive({ ...inputs, vpnConnections: dynamic }, { region: 'eu-west-1' })).toThrow('mix static and dynamic routing');
    expect(() => adoptLive({ ...inputs, customerGateways: [inputs.customerGateways[0]] }, { region: 'eu-west-1' })).toThrow(
      'vpn-929e339d6c1b8b151: its customer gateway cgw-25787c698fcc004b4 is not in the describe-customer-gateways input',
    );
    const second = { ...inputs.vpnGateways[0], VpnGatewayId: 'vgw-00000000000000001' };
    const moved = inputs.vpnConnections.map((c, i) => (i === 1 ? { ...c, VpnGatewayId: second.VpnGatewayId } : c));
    expect(() => adoptLive({ ...inputs, vpnGateways: [...inputs.vpnGateways, second], vpnConnections: moved }, { region: 'eu-west-1' })).toThrow('choose one with --vpn-gateway');
    expect(adoptLive({ ...inputs, vpnGateways: [...inputs.vpnGateways, second], vpnConnections: moved }, { region: 'eu-west-1', vpnGatewayId: second.VpnGatewayId }).notes).toContain(
      'only 1 connection on vgw-00000000000000001: the set needs two or more devices; add a new one before the first deploy',
    );
  });

  test('CLI: the written YAML is a config the app loads; no key or customer gateway configuration in it or in what it prints', () => {
    const out = tempFile('adopted.yaml', '');
    const printed: string[] = [];
    const code = vpnAdopt(
      ['--vpn-connections', join(FIXTURES, 'describe-vpn-connections.json'), '--customer-gateways', join(FIXTURES, 'describe-customer-gateways.json'), '--vpn-gateways', join(FIXTURES, 'describe-vpn-gateways.json'), '--region', 'eu-west-1', '--out', out],
      (s) => void printed.push(s),
      (s) => void printed.push(s),
    );
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const live = readFileSync(join(FIXTURES, 'describe-vpn-connections.json'), 'utf8');
    const secrets = [...live.matchAll(/"PreSharedKey": "([^"]+)"/g), ...live.matchAll(/<pre_shared_key>([^<]+)</g)].map((m) => m[1]);
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    for (const secret of secrets) {
      expect(text).not.toContain(secret);
      expect(printed.join('')).not.toContain(secret);
    }
    expect(text).not.toMatch(/vpn_connection id=|customer_gateway_configuration|CustomerGatewayConfiguration/i);
    const [spec] = loadConfigFile(out);
    expect(spec.name).toBe('vpn-vgw-c1c39d2d7734ad1cd');
    expect(spec.vpn.customerGateways.map((c) => c.adopt?.vpnConnectionId)).toEqual(['vpn-7c20d5b27de525de7', 'vpn-929e339d6c1b8b151']);
    expect(parse(text).stacks[0].vpn.routeTableIds).toBeUndefined(); // no --route-tables: propagation left unmanaged
  });

  test('CLI: JSON output, and errors that name the file and the problem, never the content', () => {
    const printed: string[] = [];
    const args = ['--customer-gateways', join(FIXTURES, 'describe-customer-gateways.json'), '--vpn-gateways', join(FIXTURES, 'describe-vpn-gateways.json'), '--region', 'eu-west-1'];
    expect(vpnAdopt(['--vpn-connections', join(FIXTURES, 'describe-vpn-connections.json'), ...args, '--format', 'json'], (s) => void printed.push(s), () => undefined)).toBe(0);
    expect(JSON.parse(printed.join('')).stacks[0].vpn.routing).toBe('static');

    const broken = tempFile('broken.json', '{"VpnConnections": [{"PreSharedKey": "SecretKey123456" ');
    const errors: string[] = [];
    expect(vpnAdopt(['--vpn-connections', broken, ...args], () => undefined, (s) => void errors.push(s))).toBe(1);
    expect(errors.join('')).toMatch(new RegExp(`^vpn-adopt: VPN connections ${broken.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON`));
    expect(errors.join('')).not.toContain('SecretKey123456');

    const wrong = tempFile('wrong.json', JSON.stringify({ Reservations: [] }));
    errors.length = 0;
    expect(vpnAdopt(['--vpn-connections', wrong, ...args], () => undefined, (s) => void errors.push(s))).toBe(1);
    expect(errors.join('')).toBe(`vpn-adopt: ${wrong}: no "VpnConnections" list (expected the JSON of \`aws ec2 describe-…\`)\n`);

    errors.length = 0;
    expect(vpnAdopt(args, () => undefined, (s) => void errors.push(s))).toBe(1);
    expect(errors[0]).toBe('vpn-adopt: --vpn-connections is required\n');
  });
});
