import { Testing } from 'cdktf';
import { RedundantVpn, RoutingMode } from '../src';
import { baseProps, CONNECTION, devices, handoffOf, Json, outputsOf, secretsOf, synthVpn } from './support/synth';

describe('outputs', () => {
  const json = synthVpn(baseProps());
  const outputs = outputsOf(json);
  const handoff = handoffOf(json);

  test('three outputs whatever the number of devices: the VGW id, one plain hand-off map, one sensitive secrets map', () => {
    expect(outputs.vpn_vpn_gateway_id.value).toBe('${aws_vpn_gateway.vpn_VpnGateway_06B02D04.id}');
    expect(Object.keys(outputs).sort()).toEqual(['vpn_handoff', 'vpn_secrets', 'vpn_vpn_gateway_id']);
    const six = synthVpn(baseProps({ customerGateways: devices(6) }));
    expect(Object.keys(six.output).sort()).toEqual(['vpn_handoff', 'vpn_secrets', 'vpn_vpn_gateway_id']);
  });

  test('pre-shared keys and the device configuration are in the sensitive secrets output, keyed by device, and only there', () => {
    const sensitive = Object.entries(outputs).filter(([, o]) => o.sensitive).map(([name]) => name);
    expect(sensitive).toEqual(['vpn_secrets']);
    const secrets = secretsOf(json) as Record<string, Record<string, string>>;
    expect(Object.keys(secrets)).toEqual(['dc1-edge-a', 'dc1-edge-b']);
    for (const site of ['dc1-edge-a', 'dc1-edge-b']) {
      expect(Object.keys(secrets[site]).sort()).toEqual(['customer_gateway_configuration', 'tunnel1_preshared_key', 'tunnel2_preshared_key']);
      expect(secrets[site].tunnel1_preshared_key).toMatch(new RegExp(`${CONNECTION(site).source}tunnel1_preshared_key\\}$`));
      expect(secrets[site].tunnel2_preshared_key).toMatch(new RegExp(`${CONNECTION(site).source}tunnel2_preshared_key\\}$`));
      expect(secrets[site].customer_gateway_configuration).toMatch(new RegExp(`${CONNECTION(site).source}customer_gateway_configuration\\}$`));
    }
  });

  test('the hand-off map: gateway, routing, tunnels per connection, alarm topic and log group, no secrets', () => {
    expect(handoff.vpn_gateway_id).toBe(outputs.vpn_vpn_gateway_id.value);
    expect(handoff.amazon_side_asn).toBe(64512);
    expect(handoff.routing).toBe('static');
    expect(handoff.static_routes).toEqual(['10.20.0.0/16', '10.30.0.0/16']);
    expect(Object.keys(handoff.connections)).toEqual(['dc1-edge-a', 'dc1-edge-b']);
    expect(handoff.alarm_topic_arn).toBe('${aws_sns_topic.vpn_AlarmTopic_BDB80371.arn}');
    expect(handoff.log_group_arn).toBe('${aws_cloudwatch_log_group.vpn_LogGroup_9B2F2D15.arn}');
    expect(handoff.connections['dc1-edge-a'].tunnels[1]).toMatchObject({
      tunnel: 2,
      outside_address: expect.stringContaining('.tunnel2_address}'),
      inside_cidr: expect.stringContaining('.tunnel2_inside_cidr}'),
      bgp_holdtime: expect.stringContaining('.tunnel2_bgp_holdtime}'),
    });
  });

  test('without alarms and logs the hand-off has no alarm_topic_arn or log_group_arn', () => {
    const off = synthVpn(baseProps({ monitoring: { enabled: false }, logging: { enabled: false } }));
    expect(Object.keys(off.output).sort()).toEqual(['vpn_handoff', 'vpn_secrets', 'vpn_vpn_gateway_id']);
    expect(Object.keys(handoffOf(off)).sort()).toEqual(['amazon_side_asn', 'connections', 'routing', 'static_routes', 'vpc_id', 'vpn_gateway_id']);
  });

  test('output names follow the construct id', () => {
    const json2 = JSON.parse(Testing.synthScope((scope) => void new RedundantVpn(scope, 'edge.vpn', baseProps())));
    expect(Object.keys(json2.output).sort()).toEqual(['edge_vpn_handoff', 'edge_vpn_secrets', 'edge_vpn_vpn_gateway_id']);
  });
});

/** What the hand-off promises, for static and for dynamic (BGP) routing alike. */
describe.each([
  ['static', baseProps()],
  ['dynamic', baseProps({ routing: RoutingMode.DYNAMIC, staticRoutes: undefined })],
])('the hand-off with %s routing', (_routing, props) => {
  const json = synthVpn(props);
  const outputs = outputsOf(json);
  const handoff = handoffOf(json);

  test('a plain output; the Amazon-side ASN; per connection: its id and customer gateway id', () => {
    expect(outputs.vpn_handoff.sensitive).toBe(false);
    expect(handoff.amazon_side_asn).toBe(64512);
    expect(handoff.connections['dc1-edge-a']).toMatchObject({
      connection_id: '${aws_vpn_connection.vpn_VpnConnection-dc1-edge-a_A8B137CE.id}',
      customer_gateway_id: '${aws_customer_gateway.vpn_CustomerGateway-dc1-edge-a_998A1479.id}',
      customer_gateway_ip: '198.51.100.10',
      customer_gateway_asn: 65010,
    });
    expect(handoff.connections['dc1-edge-b']).toMatchObject({
      customer_gateway_ip: '198.51.100.20',
      connection_id: expect.stringMatching(new RegExp(`${CONNECTION('dc1-edge-b').source}id\\}$`)),
    });
  });

  test.each(['dc1-edge-a', 'dc1-edge-b'])('per tunnel of %s: AWS-assigned addresses and BGP ASN as references, the synth-time crypto and timers, where the key is', (site) => {
    const tunnels = handoff.connections[site].tunnels as Record<string, unknown>[];
    expect(tunnels.map((t) => t.tunnel)).toEqual([1, 2]);
    tunnels.forEach((tunnel, i) => {
      const n = i + 1;
      expect(Object.keys(tunnel).sort()).toEqual([
        'bgp_asn', 'bgp_hold_seconds', 'bgp_holdtime', 'bgp_keepalive_seconds', 'cgw_inside_address', 'dpd_timeout_action', 'dpd_timeout_seconds',
        'ike_versions', 'inside_cidr', 'key_location', 'mss_bytes', 'mtu_bytes', 'outside_address', 'phase1', 'phase2', 'rekey_fuzz_percentage',
        'rekey_margin_seconds', 'replay_window_packets', 'startup_action', 'tunnel', 'vgw_inside_address',
      ]);
      expect(tunnel.key_location).toEqual({ sensitive_output: 'vpn_secrets', field: `${site}.tunnel${n}_preshared_key` });
      expect(tunnel).toMatchObject({ bgp_keepalive_seconds: 10, bgp_hold_seconds: 30 });
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

  test('no non-sensitive output references a key or the device configuration', () => {
    const plain = Object.entries(outputs).filter(([, o]) => !o.sensitive);
    // The check below covers the hand-off, the output that carries per-connection attributes.
    expect(plain.map(([name]) => name).sort()).toEqual(['vpn_handoff', 'vpn_vpn_gateway_id']);
    // The hand-off is synthesized as one expression: read back as JSON, its references are `${…}` again.
    const valueOf = (name: string, o: Json) => (name === 'vpn_handoff' ? handoff : o.value);
    for (const [name, o] of plain) {
      // A reference to a key or to the XML that embeds the keys (the hand-off names the key's output field only).
      expect(JSON.stringify(valueOf(name, o))).not.toMatch(/(preshared_key|customer_gateway_configuration)\}/);
    }
    // The regex is not blind to the hand-off: it names the key's output field as text, and the
    // connection's references are there in `${…}` form.
    expect(JSON.stringify(handoff)).toContain('"field":"dc1-edge-a.tunnel1_preshared_key"');
    expect(JSON.stringify(handoff)).toMatch(/tunnel1_address\}/);
  });
});
