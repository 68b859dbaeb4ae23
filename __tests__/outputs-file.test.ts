import { findHandoffs } from '../src/handoff/outputs-file';

const handoff = {
  vpn_gateway_id: 'vgw-0123456789abcdef0',
  amazon_side_asn: 64512,
  routing: 'dynamic',
  static_routes: [],
  connections: {
    'dc1-edge-a': {
      connection_id: 'vpn-0aaa',
      customer_gateway_id: 'cgw-0aaa',
      customer_gateway_ip: '198.51.100.10',
      customer_gateway_asn: 65010,
      tunnels: [
        { tunnel: 1, outside_address: '192.0.2.1', inside_cidr: '169.254.10.0/30', cgw_inside_address: '169.254.10.2', vgw_inside_address: '169.254.10.1', bgp_asn: '64512', bgp_holdtime: 30 },
        { tunnel: 2, outside_address: '192.0.2.2', inside_cidr: '169.254.11.0/30', cgw_inside_address: '169.254.11.2', vgw_inside_address: '169.254.11.1', bgp_asn: '64512', bgp_holdtime: 30 },
      ],
    },
  },
};

describe('reading hand-offs from an outputs file', () => {
  test('the cdktf CLI form, nested by construct id, with sensitive outputs', () => {
    const found = findHandoffs({ prod: { vpn: { handoff, 'dc1-edge-a_secrets': { tunnel1_preshared_key: 'abcdefgh1', customer_gateway_configuration: '<xml/>' }, vpn_gateway_id: 'x' } } });
    expect(found).toEqual([{ stack: 'prod', vpn: 'vpn', handoff, presharedKeys: { 'dc1-edge-a_tunnel1': 'abcdefgh1' } }]);
  });

  test('the flat terraform form with { value, sensitive } wrappers', () => {
    const found = findHandoffs({
      prod: {
        vpn_handoff: { value: handoff, type: 'object', sensitive: false },
        'vpn_dc1-edge-a_secrets': { value: { tunnel2_preshared_key: 'zyxwvuts2' }, type: 'object', sensitive: true },
      },
    });
    expect(found).toEqual([{ stack: 'prod', vpn: 'vpn', handoff, presharedKeys: { 'dc1-edge-a_tunnel2': 'zyxwvuts2' } }]);
  });

  test('a file without a hand-off says what is missing', () => {
    expect(() => findHandoffs({ prod: { other: 1 } }, 'out.json')).toThrow(
      'out.json: no RedundantVpn "handoff" output found (was it written by `cdktf output --outputs-file` for a stack that uses RedundantVpn?)',
    );
    expect(() => findHandoffs([], 'out.json')).toThrow('out.json: expected a JSON object of stacks');
  });
});
