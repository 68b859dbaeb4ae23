import { baseProps, errorsOf, withGateway } from './support';

const ALLOWED = "(the public, static IPv4 address of the device's outside interface; private outside IPs need a transit gateway)";

describe('customer gateway IP: a public dotted-quad IPv4', () => {
  test.each([
    ['1.0.0.1'], ['9.255.255.255'], ['11.0.0.0'], ['100.63.255.255'], ['100.128.0.0'], ['126.255.255.255'], ['128.0.0.1'],
    ['169.253.255.255'], ['169.255.0.0'], ['172.15.255.255'], ['172.32.0.0'], ['192.167.255.255'], ['192.169.0.0'],
    ['192.0.2.10'], ['198.51.100.10'], ['203.0.113.10'], ['223.255.255.255'],
  ])('accepts %s', (ip) => {
    expect(errorsOf(withGateway({ ipAddress: ip }))).toEqual([]);
  });

  test.each([
    ['0.0.0.0', '"this network" (0.0.0.0/8)'],
    ['0.255.255.255', '"this network" (0.0.0.0/8)'],
    ['10.0.0.1', 'private (RFC 1918)'],
    ['172.16.0.1', 'private (RFC 1918)'],
    ['172.31.255.255', 'private (RFC 1918)'],
    ['192.168.1.1', 'private (RFC 1918)'],
    ['100.64.0.0', 'shared address space (100.64.0.0/10, carrier-grade NAT)'],
    ['100.127.255.255', 'shared address space (100.64.0.0/10, carrier-grade NAT)'],
    ['127.0.0.1', 'loopback'],
    ['169.254.10.1', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.255', 'multicast'],
    ['240.0.0.1', 'reserved (240.0.0.0/4)'],
    ['255.255.255.254', 'reserved (240.0.0.0/4)'],
    ['255.255.255.255', 'broadcast'],
  ])('rejects %s: %s', (ip, name) => {
    expect(errorsOf(withGateway({ ipAddress: ip }))).toEqual([`customerGateways[0].ipAddress: "${ip}" — not publicly routable: ${name} ${ALLOWED}`]);
  });

  test.each([['203.0.113.010'], ['203.0.113'], ['203.0.113.256'], [' 203.0.113.10'], ['203.0.113.10/32'], ['2001:db8::1'], [''], [203]])('rejects the malformed %j', (ip) => {
    expect(errorsOf(withGateway({ ipAddress: ip }))).toEqual([
      `customerGateways[0].ipAddress: ${JSON.stringify(ip)} — not a dotted-quad IPv4 address (the public, static IPv4 address of the device's outside interface, e.g. "203.0.113.10" (no leading zeros or spaces))`,
    ]);
  });
});

describe('customer gateways are distinct', () => {
  test('same IP and ASN: AWS would return the existing gateway', () => {
    expect(errorsOf(withGateway({ ipAddress: '198.51.100.20' }))).toEqual([
      'customerGateways[1].ipAddress: "198.51.100.20" — same IP address, ASN and device name as customerGateways[0]: AWS would return that gateway instead of creating a second one (one entry per device; a second device has its own public IP)',
    ]);
  });
  test('same IP with a different ASN: one device, not redundant', () => {
    expect(errorsOf(withGateway({ ipAddress: '198.51.100.20', bgpAsn: 65011 }))).toEqual([
      'customerGateways[1].ipAddress: "198.51.100.20" — same public IP address as customerGateways[0]: one device, not redundant (a different ASN or device name does not make a second device) (one entry per device; a second device has its own public IP)',
    ]);
  });
  test('same IP with different device names: still one device', () => {
    const props = baseProps();
    const named = props.customerGateways.map((c, i) => ({ ...c, ipAddress: '198.51.100.20', deviceName: `edge-${i}` }));
    expect(errorsOf({ ...props, customerGateways: named })).toEqual([
      'customerGateways[1].ipAddress: "198.51.100.20" — same public IP address as customerGateways[0]: one device, not redundant (a different ASN or device name does not make a second device) (one entry per device; a second device has its own public IP)',
    ]);
  });
  test('three gateways, the third on the first one\'s IP: reported at the third, naming the first', () => {
    const props = baseProps();
    const gateways = [...props.customerGateways, { name: 'dc1-edge-c', ipAddress: '198.51.100.10', bgpAsn: 65020 }];
    expect(errorsOf({ ...props, customerGateways: gateways })).toEqual([
      'customerGateways[2].ipAddress: "198.51.100.10" — same public IP address as customerGateways[0]: one device, not redundant (a different ASN or device name does not make a second device) (one entry per device; a second device has its own public IP)',
    ]);
  });
});

describe('at least two customer gateways', () => {
  test.each([[0], [1]])('%d is not redundant', (n) => {
    const props = baseProps();
    expect(errorsOf({ ...props, customerGateways: props.customerGateways.slice(0, n) })).toEqual([
      `customerGateways: "${n} customer gateway${n === 1 ? '' : 's'}" — not redundant: one customer gateway device is a single point of failure (give two or more on-premises devices, one VPN connection each)`,
    ]);
  });
});
