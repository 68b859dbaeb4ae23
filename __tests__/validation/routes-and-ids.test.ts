import { RoutingMode } from '../../src';
import { baseProps, errorsOf, withGateway } from './support';

describe('static routes', () => {
  test.each([[['0.0.0.0/0']], [['10.20.0.0/16', '10.30.0.0/16']], [['192.0.2.1/32']], [['10.0.0.0/8', '10.0.0.0/9']]])('accepts %j', (routes) => {
    expect(errorsOf(baseProps({ staticRoutes: routes }))).toEqual([]);
  });

  test.each([
    ['10.20.0.0', 'not a canonical IPv4 CIDR (a dotted quad without leading zeros or spaces, then /0–/32, e.g. "10.20.0.0/16")'],
    ['10.20.0.0/33', 'not a canonical IPv4 CIDR (a dotted quad without leading zeros or spaces, then /0–/32, e.g. "10.20.0.0/16")'],
    ['010.20.0.0/16', 'not a canonical IPv4 CIDR (a dotted quad without leading zeros or spaces, then /0–/32, e.g. "10.20.0.0/16")'],
    ['10.20.0.0/16 ', 'not a canonical IPv4 CIDR (a dotted quad without leading zeros or spaces, then /0–/32, e.g. "10.20.0.0/16")'],
    ['10.20.1.0/16', 'host bits set (the network address is "10.20.0.0/16")'],
  ])('rejects %j', (prefix, message) => {
    expect(errorsOf(baseProps({ staticRoutes: ['10.30.0.0/16', prefix] }))).toEqual([`staticRoutes[1]: ${JSON.stringify(prefix)} — ${message}`]);
  });

  test('duplicates', () => {
    expect(errorsOf(baseProps({ staticRoutes: ['10.30.0.0/16', '10.20.0.0/16', '10.30.0.0/16'] }))).toEqual([
      'staticRoutes[2]: "10.30.0.0/16" — duplicate of staticRoutes[0] (list each prefix once)',
    ]);
  });

  test('static routing needs a prefix; dynamic routing takes none', () => {
    expect(errorsOf(baseProps({ staticRoutes: [] }))).toEqual([
      'staticRoutes: [] — static routing needs at least one prefix (the on-premises IPv4 CIDRs, the same for every device)',
    ]);
    expect(errorsOf(baseProps({ routing: RoutingMode.DYNAMIC }))).toEqual([
      'staticRoutes: ["10.20.0.0/16","10.30.0.0/16"] — dynamic routing takes no static prefixes (advertise them over BGP from every device, or set routing to static)',
    ]);
  });

  test('not a list', () => {
    expect(errorsOf({ ...baseProps(), staticRoutes: '10.20.0.0/16' })).toEqual([
      'staticRoutes: "10.20.0.0/16" — not a list (a list of on-premises IPv4 CIDRs, e.g. ["10.20.0.0/16"])',
    ]);
  });
});

describe('AWS ids', () => {
  test.each([
    ['vpcId', 'vpc-0a1b2c3d', null],
    ['vpcId', 'vpc-0a1b2c3d4e5f60718', null],
    ['vpcId', 'vpc-0A1B2C3D', 'not a vpc- id ("vpc-" then 8 or 17 lowercase hex digits, e.g. "vpc-0a1b2c3d4e5f60718")'],
    ['vpcId', 'vpc-0a1b2c3d4', 'not a vpc- id ("vpc-" then 8 or 17 lowercase hex digits, e.g. "vpc-0a1b2c3d4e5f60718")'],
    ['vpcId', 'subnet-0a1b2c3d', 'not a vpc- id ("vpc-" then 8 or 17 lowercase hex digits, e.g. "vpc-0a1b2c3d4e5f60718")'],
  ])('%s %j', (field, value, message) => {
    expect(errorsOf(baseProps({ [field]: value }))).toEqual(message ? [`${field}: ${JSON.stringify(value)} — ${message}`] : []);
  });

  test('vpnGatewayId and routeTableIds', () => {
    expect(errorsOf(baseProps({ vpnGatewayId: 'vgw-0123456789abcdef0' }))).toEqual([]);
    expect(errorsOf(baseProps({ vpnGatewayId: 'vgw-123' }))).toEqual([
      'vpnGatewayId: "vgw-123" — not a vgw- id ("vgw-" then 8 or 17 lowercase hex digits, e.g. "vgw-0a1b2c3d4e5f60718")',
    ]);
    expect(errorsOf(baseProps({ routeTableIds: ['', 'rtb-0a1b2c3d', 'rtb-xyz'] }))).toEqual([
      'routeTableIds[0]: "" — empty ("rtb-" then 8 or 17 lowercase hex digits, e.g. "rtb-0a1b2c3d4e5f60718")',
      'routeTableIds[2]: "rtb-xyz" — not a rtb- id ("rtb-" then 8 or 17 lowercase hex digits, e.g. "rtb-0a1b2c3d4e5f60718")',
    ]);
  });

  test('a VPC is required whenever an attachment is created', () => {
    expect(errorsOf(baseProps({ vpcId: undefined }))).toEqual([
      'vpcId: (missing) — required: the virtual private gateway must be attached to a VPC (the vpc- id; or import an attached gateway with vpnGatewayId and vpnGatewayAttached: true)',
    ]);
    expect(errorsOf(baseProps({ vpcId: undefined, vpnGatewayId: 'vgw-0123456789abcdef0', vpnGatewayAttached: true }))).toEqual([]);
    expect(errorsOf(baseProps({ vpnGatewayAttached: true }))).toEqual([
      'vpnGatewayAttached: true — only applies to an imported gateway (set vpnGatewayId to the existing vgw- id, or remove vpnGatewayAttached)',
    ]);
  });

  test('device name and certificate ARN', () => {
    expect(errorsOf(withGateway({ deviceName: 'x'.repeat(255), certificateArn: 'arn:aws:acm:eu-west-1:111111111111:certificate/0a1b-2c3d' }))).toEqual([]);
    expect(errorsOf(withGateway({ deviceName: 'x'.repeat(256), certificateArn: 'arn:aws:iam::111111111111:role/x' }))).toEqual([
      `customerGateways[0].deviceName: "${'x'.repeat(119)}… — not a device name (a string of 1–255 characters)`,
      'customerGateways[0].certificateArn: "arn:aws:iam::111111111111:role/x" — not an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<id>)',
    ]);
  });

  test('tags', () => {
    expect(errorsOf(baseProps({ tags: { Team: 'network', Empty: '' } }))).toEqual([]);
    expect(errorsOf({ ...baseProps(), tags: { 'aws:owner': 'x', Count: 3 } })).toEqual([
      'tags.aws:owner: "aws:owner" — not a valid tag key (1–128 characters, not starting with "aws:")',
      'tags.Count: 3 — not a valid tag value (a string of up to 256 characters)',
    ]);
  });
});
