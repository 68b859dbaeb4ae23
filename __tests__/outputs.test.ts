import { baseProps, synthVpn } from './support/synth';

describe('outputs', () => {
  const json = synthVpn(baseProps());
  const outputs = json.output as Record<string, { value: any; sensitive?: boolean }>;
  const CONNECTION = (site: string) => new RegExp(`^\\$\\{aws_vpn_connection\\.vpn_VpnConnection-${site}_[0-9A-F]{8}\\.`);

  test('the VGW id, and per connection one plain map and one sensitive map — nothing else', () => {
    expect(outputs.vpn_vpn_gateway_id.value).toBe('${aws_vpn_gateway.vpn_VpnGateway_06B02D04.id}');
    expect(Object.keys(outputs).sort()).toEqual([
      'vpn_alarm_topic_arn',
      'vpn_dc1-edge-a_connection',
      'vpn_dc1-edge-a_secrets',
      'vpn_dc1-edge-b_connection',
      'vpn_dc1-edge-b_secrets',
      'vpn_handoff',
      'vpn_log_group_arn',
      'vpn_vpn_gateway_id',
    ]);
  });

  test('per connection: its id and customer gateway id', () => {
    expect(outputs['vpn_dc1-edge-a_connection'].value).toMatchObject({
      connection_id: '${aws_vpn_connection.vpn_VpnConnection-dc1-edge-a_A8B137CE.id}',
      customer_gateway_id: '${aws_customer_gateway.vpn_CustomerGateway-dc1-edge-a_998A1479.id}',
      customer_gateway_ip: '198.51.100.10',
      customer_gateway_asn: 65010,
    });
    expect(outputs['vpn_dc1-edge-b_connection'].sensitive).toBe(false);
  });

  test.each(['dc1-edge-a', 'dc1-edge-b'])('per tunnel of %s: outside address, inside addresses, BGP ASN and hold time', (site) => {
    const tunnels = outputs[`vpn_${site}_connection`].value.tunnels as Record<string, unknown>[];
    expect(tunnels.map((t) => t.tunnel)).toEqual([1, 2]);
    tunnels.forEach((tunnel, i) => {
      const n = i + 1;
      for (const [field, attribute] of [
        ['outside_address', 'address'],
        ['inside_cidr', 'inside_cidr'],
        ['cgw_inside_address', 'cgw_inside_address'],
        ['vgw_inside_address', 'vgw_inside_address'],
        ['bgp_asn', 'bgp_asn'],
        ['bgp_holdtime', 'bgp_holdtime'],
      ]) {
        expect(tunnel[field]).toMatch(new RegExp(`${CONNECTION(site).source}tunnel${n}_${attribute}\\}$`));
      }
    });
  });

  test('pre-shared keys and the device configuration are in sensitive outputs, and only there', () => {
    const sensitive = Object.entries(outputs).filter(([, o]) => o.sensitive).map(([name]) => name).sort();
    expect(sensitive).toEqual(['vpn_dc1-edge-a_secrets', 'vpn_dc1-edge-b_secrets']);
    const secrets = outputs['vpn_dc1-edge-a_secrets'].value as Record<string, string>;
    expect(Object.keys(secrets).sort()).toEqual(['customer_gateway_configuration', 'tunnel1_preshared_key', 'tunnel2_preshared_key']);
    expect(secrets.tunnel2_preshared_key).toMatch(new RegExp(`${CONNECTION('dc1-edge-a').source}tunnel2_preshared_key\\}$`));
    expect(secrets.customer_gateway_configuration).toMatch(new RegExp(`${CONNECTION('dc1-edge-a').source}customer_gateway_configuration\\}$`));
  });

  test('no non-sensitive output references a key or the device configuration', () => {
    for (const o of Object.values(outputs).filter((o) => !o.sensitive)) {
      expect(JSON.stringify(o.value)).not.toMatch(/preshared_key|customer_gateway_configuration/);
    }
  });

  test('the hand-off map groups tunnels per connection, with no secrets', () => {
    const handoff = outputs.vpn_handoff.value;
    expect(handoff.amazon_side_asn).toBe(64512);
    expect(handoff.routing).toBe('static');
    expect(handoff.static_routes).toEqual(['10.20.0.0/16', '10.30.0.0/16']);
    expect(Object.keys(handoff.connections)).toEqual(['dc1-edge-a', 'dc1-edge-b']);
    expect(handoff.connections['dc1-edge-a']).toEqual(outputs['vpn_dc1-edge-a_connection'].value);
    expect(handoff.connections['dc1-edge-a'].tunnels[1]).toMatchObject({
      tunnel: 2,
      outside_address: expect.stringContaining('.tunnel2_address}'),
      inside_cidr: expect.stringContaining('.tunnel2_inside_cidr}'),
      bgp_holdtime: expect.stringContaining('.tunnel2_bgp_holdtime}'),
    });
  });
});
