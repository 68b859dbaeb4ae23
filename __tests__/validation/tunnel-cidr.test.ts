import { errorsOf, withGateway, withProfile, withTunnel, baseProps } from './support';

const ALLOWED = '(choose a /30 in 169.254.0.0/16 other than 169.254.0.0–5.0/30 and 169.254.169.252/30)';
const PATH = 'customerGateways[1].tunnel2.insideCidr';

describe('tunnel inside CIDR: a canonical, unreserved /30 in 169.254.0.0/16', () => {
  test.each([
    ['169.254.6.0/30'], // first /30 after the reserved block
    ['169.254.5.4/30'], // right after 169.254.5.0/30
    ['169.254.169.248/30'], // right before 169.254.169.252/30
    ['169.254.255.252/30'], // last /30 of the range
    ['169.254.10.0/30'],
  ])('accepts %s', (cidr) => {
    expect(errorsOf(withTunnel(2, { insideCidr: cidr }))).toEqual([]);
  });

  test.each([
    ['169.254.0.0/30', 'reserved by AWS'],
    ['169.254.1.0/30', 'reserved by AWS'],
    ['169.254.5.0/30', 'reserved by AWS'],
    ['169.254.169.252/30', 'reserved by AWS'],
    ['169.253.255.252/30', 'outside 169.254.0.0/16'],
    ['169.255.0.0/30', 'outside 169.254.0.0/16'],
  ])('rejects %s: %s', (cidr, rule) => {
    expect(errorsOf(withTunnel(2, { insideCidr: cidr }))).toEqual([`${PATH}: "${cidr}" — ${rule} ${ALLOWED}`]);
  });

  test.each([
    ['169.254.999.0/30', 'not a canonical IPv4 CIDR (a dotted quad without leading zeros or spaces, then /30, e.g. "169.254.10.0/30")'],
    ['169.254.010.0/30', 'not a canonical IPv4 CIDR (a dotted quad without leading zeros or spaces, then /30, e.g. "169.254.10.0/30")'],
    [' 169.254.10.0/30', 'not a canonical IPv4 CIDR (a dotted quad without leading zeros or spaces, then /30, e.g. "169.254.10.0/30")'],
    ['169.254.10.0/030', 'not a canonical IPv4 CIDR (a dotted quad without leading zeros or spaces, then /30, e.g. "169.254.10.0/30")'],
    ['169.254.10.0', 'not a canonical IPv4 CIDR (a dotted quad without leading zeros or spaces, then /30, e.g. "169.254.10.0/30")'],
    ['169.254.10.0/29', 'a /29, not a /30 (a tunnel inside CIDR is exactly 4 addresses: /30)'],
    ['169.254.10.0/31', 'a /31, not a /30 (a tunnel inside CIDR is exactly 4 addresses: /30)'],
    ['169.254.10.1/30', 'host bits set (the /30 network address is "169.254.10.0/30")'],
    ['169.254.10.3/30', 'host bits set (the /30 network address is "169.254.10.0/30")'],
  ])('rejects %j', (cidr, message) => {
    expect(errorsOf(withTunnel(2, { insideCidr: cidr }))).toEqual([`${PATH}: ${JSON.stringify(cidr)} — ${message}`]);
  });

  test('a wrong type is reported, never a crash', () => {
    expect(errorsOf(withTunnel(2, { insideCidr: 169254 }))).toEqual([`${PATH}: 169254 — not a string (a /30 CIDR, e.g. "169.254.10.0/30")`]);
  });

  test('the error example of the issue, word for word', () => {
    expect(errorsOf(withTunnel(2, { insideCidr: '169.254.1.0/30' }))).toEqual([
      'customerGateways[1].tunnel2.insideCidr: "169.254.1.0/30" — reserved by AWS (choose a /30 in 169.254.0.0/16 other than 169.254.0.0–5.0/30 and 169.254.169.252/30)',
    ]);
  });
});

describe('inside CIDRs are distinct across all connections of the gateway', () => {
  test('two tunnels of different connections with the same /30', () => {
    const json = withGateway({ tunnel2: { insideCidr: '169.254.10.0/30' } }, 1, withGateway({ tunnel1: { insideCidr: '169.254.10.0/30' } }));
    expect(errorsOf(json)).toEqual([
      'customerGateways[1].tunnel2.insideCidr: "169.254.10.0/30" — customerGateways[1] tunnel 2 uses the same inside CIDR as customerGateways[0] tunnel 1 (every tunnel on a virtual private gateway needs its own /30)',
    ]);
  });

  test('a profile CIDR gives every tunnel the same /30: reported once, at the profile', () => {
    expect(errorsOf(withProfile({ insideCidr: '169.254.10.0/30' }))).toEqual([
      'tunnelOptions.insideCidr: "169.254.10.0/30" — customerGateways[0] tunnel 2 uses the same inside CIDR as customerGateways[0] tunnel 1 (every tunnel on a virtual private gateway needs its own /30)',
    ]);
  });

  test('adjacent /30s are distinct', () => {
    const props = baseProps();
    const gateways = props.customerGateways.map((c, i) => ({
      ...c,
      tunnel1: { insideCidr: `169.254.${10 + i}.0/30` },
      tunnel2: { insideCidr: `169.254.${10 + i}.4/30` },
    }));
    expect(errorsOf({ ...props, customerGateways: gateways })).toEqual([]);
  });
});

describe('IPv6 inside CIDRs are transit-gateway only', () => {
  test.each([['tunnelOptions', withProfile({ insideIpv6Cidr: 'fd00::/126' })], ['customerGateways[1].tunnel1', withTunnel(1, { insideIpv6Cidr: 'fd00::/126' })]])(
    'rejected at %s, even when well-formed',
    (path, props) => {
      expect(errorsOf(props)).toEqual([
        `${path}.insideIpv6Cidr: "fd00::/126" — transit gateway only: a virtual private gateway has no IPv6 tunnels (remove it; IPv6 inside CIDRs need a transit gateway or Cloud WAN VPN)`,
      ]);
    },
  );
});
