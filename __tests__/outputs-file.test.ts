import { findHandoffs } from '../src/handoff/outputs-file';
import { EDGE_A, fixtureHandoff } from './support/handoff-fixture';

const handoff = fixtureHandoff({ 'dc1-edge-a': EDGE_A });

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
