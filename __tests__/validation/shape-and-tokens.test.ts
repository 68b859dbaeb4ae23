import { TerraformVariable, Testing, TerraformStack, Token } from 'cdktf';
import { RedundantVpn, VpnValidationError } from '../../src';
import { baseProps, errorsOf, withProfile, withTunnel, withGateway } from './support';

describe('props of the wrong shape are listed, never a crash', () => {
  test.each([[null], [undefined], [42], ['props'], [[]]])('%j as props', (props) => {
    expect(errorsOf(props)).toEqual([`$: ${props === undefined ? '(missing)' : JSON.stringify(props)} — not an object (RedundantVpnProps: { customerGateways: [...], ... })`]);
  });

  test('customer gateways that are not objects', () => {
    const props = baseProps();
    expect(errorsOf({ ...props, customerGateways: [props.customerGateways[0], null, 'dc2'] })).toEqual([
      'customerGateways[1]: null — not an object (e.g. { "name": "dc1-edge-a", "ipAddress": "203.0.113.10", "bgpAsn": 65010 })',
      'customerGateways[2]: "dc2" — not an object (e.g. { "name": "dc1-edge-a", "ipAddress": "203.0.113.10", "bgpAsn": 65010 })',
    ]);
    expect(errorsOf({ ...props, customerGateways: { a: 1 } })).toEqual([
      'customerGateways: {"a":1} — not a list (a list of two or more customer gateway objects)',
    ]);
  });

  test('tunnel options that are not objects, and unknown option names', () => {
    expect(errorsOf(withTunnel(1, 'fast' as never))).toEqual([
      'customerGateways[1].tunnel1: "fast" — not an object (tunnel options, e.g. { "insideCidr": "169.254.10.0/30" })',
    ]);
    expect(errorsOf(withProfile({ phase1Lifetime: 900 }))).toEqual(['tunnelOptions.phase1Lifetime: 900 — unknown field (check the spelling)']);
  });

  test('the construct throws VpnValidationError with the list', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    let error: unknown;
    try {
      new RedundantVpn(stack, 'vpn', { ...baseProps(), customerGateways: [null, 'x'] } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VpnValidationError);
    expect((error as VpnValidationError).issues.map((i) => i.path)).toEqual(['customerGateways[0]', 'customerGateways[1]']);
  });
});

describe('transit-gateway-only features are named as such', () => {
  test.each([
    ['enableAcceleration', true, 'accelerated VPN (AWS Global Accelerator)'],
    ['outsideIpAddressType', 'PrivateIpv4', 'private outside IP addresses (PrivateIpv4 over Direct Connect)'],
    ['tunnelBandwidth', 'large', 'large tunnel bandwidth'],
    ['vpnConcentratorId', 'vcn-0123', 'VPN concentrators'],
    ['tunnelInsideIpVersion', 'ipv6', 'IPv6 tunnels (tunnel inside IP version)'],
    ['transitGatewayId', 'tgw-0123', 'a transit gateway attachment'],
  ])('%s on the VPN', (field, value, feature) => {
    expect(errorsOf({ ...baseProps(), [field]: value })).toEqual([
      `${field}: ${JSON.stringify(value)} — transit gateway only: ${feature} is not available on a virtual private gateway (remove it; this library connects through a virtual private gateway)`,
    ]);
  });

  test('on a customer gateway or in tunnel options too', () => {
    expect(errorsOf(withGateway({ enableAcceleration: true }))).toEqual([
      'customerGateways[0].enableAcceleration: true — transit gateway only: accelerated VPN (AWS Global Accelerator) is not available on a virtual private gateway (remove it; this library connects through a virtual private gateway)',
    ]);
    expect(errorsOf(withTunnel(1, { tunnelBandwidth: 'large' }))).toEqual([
      'customerGateways[1].tunnel1.tunnelBandwidth: "large" — transit gateway only: large tunnel bandwidth is not available on a virtual private gateway (remove it; this library connects through a virtual private gateway)',
    ]);
  });
});

describe('unresolved tokens skip the value checks that need a literal', () => {
  const stack = new TerraformStack(Testing.app(), 'tokens');
  const psk = new TerraformVariable(stack, 'psk', { type: 'string', sensitive: true });
  const num = new TerraformVariable(stack, 'num', { type: 'number' });
  const list = new TerraformVariable(stack, 'list', { type: 'list(number)' });

  test('a pre-shared key from a sensitive variable: no error, no literal-key warning', () => {
    const props = withProfile({ presharedKey: psk.stringValue });
    expect(errorsOf(props)).toEqual([]);
    const vpn = new RedundantVpn(new TerraformStack(Testing.app(), 's'), 'vpn', props);
    expect(vpn.validationWarnings.map((w) => w.path)).not.toContain('tunnelOptions.presharedKey');
  });

  test('numbers, lists, ids, CIDRs and IPs as tokens', () => {
    const props = baseProps({
      vpcId: Token.asString(num.value),
      tunnelOptions: {
        phase1LifetimeSeconds: num.numberValue,
        phase2LifetimeSeconds: num.numberValue,
        rekeyMarginTimeSeconds: num.numberValue,
        phase1DhGroupNumbers: list.listValue as unknown as number[],
        phase2DhGroupNumbers: [num.numberValue],
        insideCidr: Token.asString(num.value),
      },
    });
    const gateways = props.customerGateways.map((c) => ({ ...c, ipAddress: Token.asString(num.value) }));
    expect(errorsOf({ ...props, customerGateways: gateways })).toEqual([]);
  });

  test('values that key construct ids or choose an attribute must be literals', () => {
    const token = Token.asString(num.value);
    const errors = errorsOf({ ...withGateway({ bgpAsn: num.numberValue }), staticRoutes: [token], routeTableIds: [token], amazonSideAsn: num.numberValue });
    expect(errors.map((e) => e.replace(/\$\{TfToken\[TOKEN\.\d+\]\}|-?\d\.\d+e\+\d+/g, '<token>'))).toEqual([
      'routeTableIds[0]: "<token>" — must be a literal: the id is part of a construct id ("rtb-" then 8 or 17 lowercase hex digits, e.g. "rtb-0a1b2c3d4e5f60718")',
      'customerGateways[0].bgpAsn: <token> — must be a literal: it decides between bgp_asn and bgp_asn_extended (1–4294967295 except 7224; 2147483648 and above go to bgp_asn_extended)',
      'amazonSideAsn: <token> — must be a literal: it is written as a decimal string and into the hand-off output (64512–65534 or 4200000000–4294967294)',
      'staticRoutes[0]: "<token>" — must be a literal: each prefix is part of a construct id (an IPv4 CIDR written out, e.g. "10.20.0.0/16")',
    ]);
  });

  test('a literal next to a token is still checked', () => {
    expect(errorsOf(withProfile({ presharedKey: psk.stringValue, phase1LifetimeSeconds: 100 }))).toEqual([
      'tunnelOptions.phase1LifetimeSeconds: 100 — out of range (900–28800 seconds)',
    ]);
  });
});
