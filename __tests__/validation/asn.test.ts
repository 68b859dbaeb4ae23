import { RoutingMode } from '../../src';
import { baseProps, errorsOf, withGateway } from './support';

const CGW_ALLOWED = '(1–4294967295 except 7224; 2147483648 and above go to bgp_asn_extended)';

describe('customer gateway ASN: 1–4294967295, not 7224', () => {
  test.each([[1], [7223], [7225], [65010], [2147483647], [2147483648], [4294967295]])('accepts %d', (asn) => {
    expect(errorsOf(withGateway({ bgpAsn: asn }))).toEqual([]);
  });
  test.each([[0], [-1], [4294967296]])('rejects %d', (asn) => {
    expect(errorsOf(withGateway({ bgpAsn: asn }))).toEqual([`customerGateways[0].bgpAsn: ${asn} — out of range ${CGW_ALLOWED}`]);
  });
  test('rejects 7224 (reserved by AWS)', () => {
    expect(errorsOf(withGateway({ bgpAsn: 7224 }))).toEqual([
      'customerGateways[0].bgpAsn: 7224 — reserved by AWS (use your own ASN or a private one: 64512–65534 or 4200000000–4294967294)',
    ]);
  });
  test.each([[65010.5], ['65010']])('rejects a non-whole-number %j', (asn) => {
    expect(errorsOf(withGateway({ bgpAsn: asn }))).toEqual([`customerGateways[0].bgpAsn: ${JSON.stringify(asn)} — not a whole number ${CGW_ALLOWED}`]);
  });
  test('is required even for static routing', () => {
    expect(errorsOf(withGateway({ bgpAsn: undefined }))).toEqual([`customerGateways[0].bgpAsn: (missing) — required, even for static routing ${CGW_ALLOWED}`]);
  });
});

describe('Amazon-side ASN: 64512–65534 or 4200000000–4294967294', () => {
  test.each([[64512], [65534], [4200000000], [4294967294]])('accepts %d', (asn) => {
    expect(errorsOf(baseProps({ amazonSideAsn: asn }))).toEqual([]);
  });
  test.each([[64511], [65535], [4199999999], [4294967295], [7224]])('rejects %d for a new gateway', (asn) => {
    expect(errorsOf(baseProps({ amazonSideAsn: asn }))).toEqual([`amazonSideAsn: ${asn} — out of range (64512–65534 or 4200000000–4294967294)`]);
  });
  test.each([[7224], [9059], [10124], [17493]])('an imported gateway may state the legacy Amazon ASN %d', (asn) => {
    expect(errorsOf(baseProps({ amazonSideAsn: asn, vpnGatewayId: 'vgw-0123456789abcdef0' }))).toEqual([]);
  });
  test('an imported gateway still needs a valid ASN', () => {
    expect(errorsOf(baseProps({ amazonSideAsn: 100, vpnGatewayId: 'vgw-0123456789abcdef0' }))).toEqual([
      'amazonSideAsn: 100 — out of range (64512–65534 or 4200000000–4294967294, or a legacy Amazon ASN of an existing gateway: 7224, 9059, 10124, 17493)',
    ]);
  });
});

describe('with BGP, customer gateway ASNs differ from the Amazon side', () => {
  const dynamic = (amazonSideAsn: number | undefined, bgpAsn: number) =>
    ({ ...withGateway({ bgpAsn }), routing: RoutingMode.DYNAMIC, staticRoutes: undefined, amazonSideAsn });

  test('same as the stated Amazon-side ASN', () => {
    expect(errorsOf(dynamic(65000, 65000))).toEqual([
      "customerGateways[0].bgpAsn: 65000 — same ASN as the virtual private gateway's Amazon side (with BGP every customer gateway needs an ASN different from amazonSideAsn)",
    ]);
  });
  test('same as the default Amazon-side ASN 64512', () => {
    expect(errorsOf(dynamic(undefined, 64512))).toEqual([
      "customerGateways[0].bgpAsn: 64512 — same ASN as the virtual private gateway's Amazon side (default 64512) (with BGP every customer gateway needs an ASN different from amazonSideAsn)",
    ]);
  });
  test('one ASN off is fine; static routing does not care', () => {
    expect(errorsOf(dynamic(65000, 65001))).toEqual([]);
    expect(errorsOf({ ...withGateway({ bgpAsn: 64512 }), amazonSideAsn: 64512 })).toEqual([]);
  });
});
