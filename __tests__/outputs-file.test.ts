import { findHandoffs } from '../src/handoff/outputs-file';
import { EDGE_A, fixtureHandoff } from './support/handoff-fixture';

const handoff = fixtureHandoff({ 'dc1-edge-a': EDGE_A, 'dc1-edge-b': EDGE_A });

describe('reading hand-offs from an outputs file', () => {
  test('the cdktf CLI form, nested by construct id, with the sensitive secrets map', () => {
    const found = findHandoffs({
      prod: {
        vpn: {
          handoff,
          secrets: {
            'dc1-edge-a': { tunnel1_preshared_key: 'abcdefgh1', tunnel2_preshared_key: 'abcdefgh2', customer_gateway_configuration: '<xml/>' },
            'dc1-edge-b': { tunnel2_preshared_key: 'bbbbbbbb2', customer_gateway_configuration: '<xml/>' },
          },
          vpn_gateway_id: 'x',
        },
      },
    });
    expect(found).toEqual([
      { stack: 'prod', vpn: 'vpn', handoff, presharedKeys: { 'dc1-edge-a_tunnel1': 'abcdefgh1', 'dc1-edge-a_tunnel2': 'abcdefgh2', 'dc1-edge-b_tunnel2': 'bbbbbbbb2' } },
    ]);
  });

  test('the flat terraform form with { value, sensitive } wrappers', () => {
    const found = findHandoffs({
      prod: {
        vpn_handoff: { value: handoff, type: 'object', sensitive: false },
        vpn_secrets: { value: { 'dc1-edge-a': { tunnel2_preshared_key: 'zyxwvuts2', customer_gateway_configuration: '<xml/>' } }, type: 'object', sensitive: true },
        // Another VPN's secrets in the same stack are not this VPN's keys.
        other_secrets: { value: { 'dc1-edge-a': { tunnel1_preshared_key: 'otherkey1' } }, type: 'object', sensitive: true },
      },
    });
    expect(found).toEqual([{ stack: 'prod', vpn: 'vpn', handoff, presharedKeys: { 'dc1-edge-a_tunnel2': 'zyxwvuts2' } }]);
  });

  test('two VPNs in one stack each get their own keys, in both forms', () => {
    const secrets = (key: string) => ({ 'dc1-edge-a': { tunnel1_preshared_key: key } });
    const flat = findHandoffs({
      prod: {
        a_handoff: { value: handoff, type: 'object', sensitive: false },
        a_secrets: { value: secrets('keyOfA_1'), type: 'object', sensitive: true },
        b_handoff: { value: handoff, type: 'object', sensitive: false },
        b_secrets: { value: secrets('keyOfB_1'), type: 'object', sensitive: true },
      },
    });
    const nested = findHandoffs({ prod: { a: { handoff, secrets: secrets('keyOfA_1') }, b: { handoff, secrets: secrets('keyOfB_1') } } });
    for (const found of [flat, nested]) {
      expect(found.map((f) => [f.vpn, f.presharedKeys])).toEqual([
        ['a', { 'dc1-edge-a_tunnel1': 'keyOfA_1' }],
        ['b', { 'dc1-edge-a_tunnel1': 'keyOfB_1' }],
      ]);
    }
  });

  test('without sensitive outputs: the hand-off, and no keys', () => {
    expect(findHandoffs({ prod: { vpn: { handoff } } })[0].presharedKeys).toEqual({});
    expect(findHandoffs({ prod: { vpn_handoff: { value: handoff, type: 'object', sensitive: false } } })[0].presharedKeys).toEqual({});
  });

  test('the old per-device secrets outputs are not read', () => {
    const found = findHandoffs({ prod: { vpn: { handoff, 'dc1-edge-a_secrets': { tunnel1_preshared_key: 'abcdefgh1' } } } });
    expect(found[0].presharedKeys).toEqual({});
  });

  test('a file without a hand-off says what is missing', () => {
    expect(() => findHandoffs({ prod: { other: 1 } }, 'out.json')).toThrow(
      'out.json: no RedundantVpn hand-off found (expected the file `cdktf output --outputs-file` wrote for a stack that uses RedundantVpn, a hand-off file, or the bare value of the handoff output)',
    );
    expect(() => findHandoffs([], 'out.json')).toThrow('out.json: expected a JSON object of stacks');
  });
});
