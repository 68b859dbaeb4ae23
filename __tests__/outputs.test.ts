import { baseProps, synthVpn } from './support/synth';

describe('outputs', () => {
  const json = synthVpn(baseProps());
  const outputs = json.output as Record<string, { value: unknown; sensitive?: boolean }>;

  test('the VGW id and, per connection, its id and customer gateway id', () => {
    expect(outputs.vpn_vpn_gateway_id.value).toBe('${aws_vpn_gateway.vpn_VpnGateway_06B02D04.id}');
    expect(outputs['vpn_dc1-edge-a_connection_id'].value).toBe('${aws_vpn_connection.vpn_VpnConnection-dc1-edge-a_A8B137CE.id}');
    expect(outputs['vpn_dc1-edge-b_customer_gateway_id'].value).toBe('${aws_customer_gateway.vpn_CustomerGateway-dc1-edge-b_4B35DB00.id}');
  });

  test.each(['dc1-edge-a', 'dc1-edge-b'])('per tunnel of %s: outside address, inside addresses, BGP ASN', (site) => {
    for (const n of [1, 2]) {
      for (const [suffix, attribute] of [
        ['outside_address', 'address'],
        ['cgw_inside_address', 'cgw_inside_address'],
        ['vgw_inside_address', 'vgw_inside_address'],
        ['bgp_asn', 'bgp_asn'],
      ]) {
        const output = outputs[`vpn_${site}_tunnel${n}_${suffix}`];
        expect(output.value).toMatch(new RegExp(`^\\$\\{aws_vpn_connection\\.vpn_VpnConnection-${site}_[0-9A-F]{8}\\.tunnel${n}_${attribute}\\}$`));
        expect(output.sensitive).toBe(false);
      }
    }
  });

  test('pre-shared keys and the device configuration are sensitive outputs, and only those', () => {
    const sensitive = Object.entries(outputs).filter(([, o]) => o.sensitive).map(([name]) => name).sort();
    expect(sensitive).toEqual([
      'vpn_dc1-edge-a_customer_gateway_configuration',
      'vpn_dc1-edge-a_tunnel1_preshared_key',
      'vpn_dc1-edge-a_tunnel2_preshared_key',
      'vpn_dc1-edge-b_customer_gateway_configuration',
      'vpn_dc1-edge-b_tunnel1_preshared_key',
      'vpn_dc1-edge-b_tunnel2_preshared_key',
    ]);
  });

  test('no non-sensitive output references a key or the device configuration', () => {
    for (const o of Object.values(outputs).filter((o) => !o.sensitive)) {
      expect(JSON.stringify(o.value)).not.toMatch(/preshared_key|customer_gateway_configuration/);
    }
  });

  test('the hand-off map groups tunnels per connection, with no secrets', () => {
    const handoff = outputs.vpn_handoff.value as any;
    expect(handoff.amazon_side_asn).toBe(64512);
    expect(handoff.routing).toBe('static');
    expect(Object.keys(handoff.connections)).toEqual(['dc1-edge-a', 'dc1-edge-b']);
    expect(handoff.connections['dc1-edge-a'].tunnels).toHaveLength(2);
    expect(handoff.connections['dc1-edge-a'].tunnels[1]).toMatchObject({
      tunnel: 2,
      outside_address: expect.stringContaining('.tunnel2_address}'),
      inside_cidr: expect.stringContaining('.tunnel2_inside_cidr}'),
      bgp_holdtime: expect.stringContaining('.tunnel2_bgp_holdtime}'),
    });
  });
});
