import { readFileSync } from 'fs';
import { join } from 'path';
import { Testing, TerraformOutput, TerraformStack, Token } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RedundantVpn, RoutingMode, IkeVersion, EncryptionAlgorithm, StartupAction, VpnValidationError } from '../src';
import { baseProps, expectCoreTopology, resources, synthVpn, withGateway } from './support/synth';

describe('static routing (the config of the core issue)', () => {
  const json = synthVpn(baseProps());

  test('builds exactly 1 VGW, 1 attachment, 2 CGWs, 2 connections, 4 routes, 2 propagations', () => {
    expectCoreTopology(json);
  });

  test('the VGW has no inline vpc_id; the attachment carries the VPC', () => {
    const [vgw] = resources(json, 'aws_vpn_gateway');
    expect(vgw.vpc_id).toBeUndefined();
    expect(vgw.amazon_side_asn).toBe('64512');
    const [attachment] = resources(json, 'aws_vpn_gateway_attachment');
    expect(attachment.vpc_id).toBe('vpc-0a1b2c3d4e5f60718');
    expect(attachment.vpn_gateway_id).toBe('${aws_vpn_gateway.vpn_VpnGateway_06B02D04.id}');
  });

  test('every connection is static, ipsec.1, on the VGW, with its own customer gateway', () => {
    const connections = json.resource.aws_vpn_connection;
    expect(connections['vpn_VpnConnection-dc1-edge-a_A8B137CE']).toMatchObject({
      type: 'ipsec.1',
      static_routes_only: true,
      vpn_gateway_id: '${aws_vpn_gateway.vpn_VpnGateway_06B02D04.id}',
      customer_gateway_id: '${aws_customer_gateway.vpn_CustomerGateway-dc1-edge-a_998A1479.id}',
    });
    expect(connections['vpn_VpnConnection-dc1-edge-b_36379A53']).toMatchObject({
      static_routes_only: true,
      customer_gateway_id: '${aws_customer_gateway.vpn_CustomerGateway-dc1-edge-b_4B35DB00.id}',
    });
  });

  test('the same prefixes are routed on every connection (either device can carry all traffic)', () => {
    const byConnection: Record<string, string[]> = {};
    for (const route of resources(json, 'aws_vpn_connection_route')) {
      (byConnection[route.vpn_connection_id] ??= []).push(route.destination_cidr_block);
    }
    expect(Object.keys(byConnection)).toHaveLength(2);
    for (const prefixes of Object.values(byConnection)) {
      expect(prefixes.sort()).toEqual(['10.20.0.0/16', '10.30.0.0/16']);
    }
  });

  test('customer gateways are ipsec.1 with the ASN as a canonical decimal string', () => {
    expect(resources(json, 'aws_customer_gateway')).toEqual([
      expect.objectContaining({ type: 'ipsec.1', ip_address: '198.51.100.10', bgp_asn: '65010' }),
      expect.objectContaining({ type: 'ipsec.1', ip_address: '198.51.100.20', bgp_asn: '65010' }),
    ]);
    for (const cgw of resources(json, 'aws_customer_gateway')) expect(cgw.bgp_asn_extended).toBeUndefined();
  });

  test('every propagation depends explicitly on the attachment', () => {
    const propagations = resources(json, 'aws_vpn_gateway_route_propagation');
    expect(propagations.map((p) => p.route_table_id).sort()).toEqual(['rtb-0a1b2c3d4e5f60718', 'rtb-0f1e2d3c4b5a69788']);
    for (const p of propagations) {
      expect(p.depends_on).toEqual(['aws_vpn_gateway_attachment.vpn_VpnGatewayAttachment_6CB8924F']);
      expect(p.vpn_gateway_id).toBe('${aws_vpn_gateway.vpn_VpnGateway_06B02D04.id}');
    }
  });

  test('unset tunnel options are omitted, never written as 0 or empty', () => {
    for (const connection of resources(json, 'aws_vpn_connection')) {
      // Log options are on by default; every other tunnel option stays unset.
      expect(Object.keys(connection).filter((k) => k.startsWith('tunnel') && !k.endsWith('_log_options'))).toEqual([]);
    }
  });

  test('construct ids are a contract: resource addresses derive from the customer gateway names', () => {
    expect(Object.keys(json.resource.aws_customer_gateway).sort()).toEqual([
      'vpn_CustomerGateway-dc1-edge-a_998A1479',
      'vpn_CustomerGateway-dc1-edge-b_4B35DB00',
    ]);
    expect(Object.keys(json.resource.aws_vpn_connection_route).sort()).toEqual([
      'vpn_Route-dc1-edge-a-10_20_0_0_16_B637FBD1',
      'vpn_Route-dc1-edge-a-10_30_0_0_16_20D4EAF2',
      'vpn_Route-dc1-edge-b-10_20_0_0_16_F7EB7526',
      'vpn_Route-dc1-edge-b-10_30_0_0_16_F82EEB2F',
    ]);
    expect(Object.keys(json.resource.aws_vpn_gateway_route_propagation).sort()).toEqual([
      'vpn_RoutePropagation-rtb-0a1b2c3d4e5f60718_56474D98',
      'vpn_RoutePropagation-rtb-0f1e2d3c4b5a69788_BE789054',
    ]);
  });

  test('reordering the customer gateways keeps every address (no replacement)', () => {
    const props = baseProps();
    const reordered = synthVpn({ ...props, customerGateways: [...props.customerGateways].reverse() });
    expect(Object.keys(reordered.resource.aws_vpn_connection).sort()).toEqual(Object.keys(json.resource.aws_vpn_connection).sort());
    expect(reordered.resource.aws_vpn_connection).toEqual(json.resource.aws_vpn_connection);
  });
});

describe('dynamic routing (BGP)', () => {
  const json = synthVpn(baseProps({ routing: RoutingMode.DYNAMIC, staticRoutes: undefined }));

  test('static_routes_only = false on every connection and no connection routes', () => {
    expect(resources(json, 'aws_vpn_connection').map((c) => c.static_routes_only)).toEqual([false, false]);
    expect(resources(json, 'aws_vpn_connection_route')).toHaveLength(0);
  });

  test('dynamic is the default routing mode', () => {
    const dflt = synthVpn(baseProps({ routing: undefined, staticRoutes: undefined }));
    expect(resources(dflt, 'aws_vpn_connection').map((c) => c.static_routes_only)).toEqual([false, false]);
  });
});

describe('virtual private gateway: created or imported', () => {
  test('an imported, not yet attached VGW gets an attachment and no aws_vpn_gateway', () => {
    const json = synthVpn(baseProps({ vpnGatewayId: 'vgw-0123456789abcdef0' }));
    expect(resources(json, 'aws_vpn_gateway')).toHaveLength(0);
    expect(resources(json, 'aws_vpn_gateway_attachment')).toEqual([
      expect.objectContaining({ vpc_id: 'vpc-0a1b2c3d4e5f60718', vpn_gateway_id: 'vgw-0123456789abcdef0' }),
    ]);
    for (const c of resources(json, 'aws_vpn_connection')) expect(c.vpn_gateway_id).toBe('vgw-0123456789abcdef0');
  });

  test('an imported, already attached VGW gets no second attachment; propagation has no dependency', () => {
    const json = synthVpn(baseProps({ vpcId: undefined, vpnGatewayId: 'vgw-0123456789abcdef0', vpnGatewayAttached: true }));
    expect(resources(json, 'aws_vpn_gateway')).toHaveLength(0);
    expect(resources(json, 'aws_vpn_gateway_attachment')).toHaveLength(0);
    const propagations = resources(json, 'aws_vpn_gateway_route_propagation');
    expect(propagations).toHaveLength(2);
    for (const p of propagations) {
      expect(p.vpn_gateway_id).toBe('vgw-0123456789abcdef0');
      expect(p.depends_on).toBeUndefined();
    }
  });

  test('the Amazon-side ASN defaults to 64512 and is configurable', () => {
    expect(resources(synthVpn(baseProps({ amazonSideAsn: undefined })), 'aws_vpn_gateway')[0].amazon_side_asn).toBe('64512');
    expect(resources(synthVpn(baseProps({ amazonSideAsn: 4200000000 })), 'aws_vpn_gateway')[0].amazon_side_asn).toBe('4200000000');
  });
});

describe('customer gateways', () => {
  test('three devices give three connections, each with every static route', () => {
    const props = baseProps();
    const json = synthVpn({
      ...props,
      customerGateways: [...props.customerGateways, { name: 'dc2-edge-a', ipAddress: '203.0.113.7', bgpAsn: 65020 }],
    });
    expect(resources(json, 'aws_customer_gateway')).toHaveLength(3);
    expect(resources(json, 'aws_vpn_connection')).toHaveLength(3);
    expect(resources(json, 'aws_vpn_connection_route')).toHaveLength(6);
  });

  test('an ASN of 2147483648 or more goes to bgp_asn_extended', () => {
    const props = baseProps();
    const json = synthVpn({
      ...props,
      customerGateways: [
        { name: 'a', ipAddress: '198.51.100.10', bgpAsn: 2147483647 },
        { name: 'b', ipAddress: '198.51.100.20', bgpAsn: 2147483648, deviceName: 'edge-b', certificateArn: 'arn:aws:acm:eu-west-1:111111111111:certificate/abc' },
      ],
    });
    const [a, b] = resources(json, 'aws_customer_gateway');
    expect(a).toMatchObject({ bgp_asn: '2147483647' });
    expect(a.bgp_asn_extended).toBeUndefined();
    expect(b).toMatchObject({ bgp_asn_extended: '2147483648', device_name: 'edge-b', certificate_arn: 'arn:aws:acm:eu-west-1:111111111111:certificate/abc' });
    expect(b.bgp_asn).toBeUndefined();
  });

  test('duplicate route table ids give one propagation each', () => {
    const json = synthVpn(baseProps({ routeTableIds: ['rtb-0a1b2c3d4e5f60718', 'rtb-0a1b2c3d4e5f60718'] }));
    expect(resources(json, 'aws_vpn_gateway_route_propagation')).toHaveLength(1);
  });
});

describe('tunnel options: profile → connection → tunnel, field by field', () => {
  const json = synthVpn(
    withGateway(
      {
        tunnelOptions: { phase1DhGroupNumbers: [21], insideCidr: '169.254.10.0/30' },
        tunnel2: { insideCidr: '169.254.11.0/30', dpdTimeoutSeconds: 45, enableTunnelLifecycleControl: true },
      },
      0,
      baseProps({
        tunnelOptions: {
          ikeVersions: [IkeVersion.IKEV2],
          phase1EncryptionAlgorithms: [EncryptionAlgorithm.AES256],
          phase1DhGroupNumbers: [20],
          dpdTimeoutSeconds: 30,
          startupAction: StartupAction.START,
        },
      }),
    ),
  );
  const [a, b] = resources(json, 'aws_vpn_connection');

  test('the profile applies to every tunnel', () => {
    for (const c of [a, b]) {
      expect(c.tunnel1_ike_versions).toEqual(['ikev2']);
      expect(c.tunnel2_ike_versions).toEqual(['ikev2']);
      expect(c.tunnel1_phase1_encryption_algorithms).toEqual(['AES256']);
      expect(c.tunnel2_startup_action).toBe('start');
    }
    expect(b.tunnel1_phase1_dh_group_numbers).toEqual([20]);
    expect(b.tunnel1_inside_cidr).toBeUndefined();
  });

  test('a connection overrides the profile for both its tunnels', () => {
    expect(a.tunnel1_phase1_dh_group_numbers).toEqual([21]);
    expect(a.tunnel2_phase1_dh_group_numbers).toEqual([21]);
    expect(a.tunnel1_inside_cidr).toBe('169.254.10.0/30');
  });

  test('a tunnel overrides its connection, only the fields it sets', () => {
    expect(a.tunnel2_inside_cidr).toBe('169.254.11.0/30');
    expect(a.tunnel2_dpd_timeout_seconds).toBe(45);
    expect(a.tunnel1_dpd_timeout_seconds).toBe(30);
    expect(a.tunnel2_enable_tunnel_lifecycle_control).toBe(true);
    expect(a.tunnel1_enable_tunnel_lifecycle_control).toBeUndefined();
    expect(a.tunnel2_ike_versions).toEqual(['ikev2']);
  });
});

describe('tags', () => {
  test('every taggable resource carries the user tags and a Name that says what it serves', () => {
    const json = synthVpn(baseProps({ name: 'prod', tags: { Team: 'network', Name: 'ignored' } }));
    expect(resources(json, 'aws_vpn_gateway')[0].tags).toEqual({ Team: 'network', Name: 'prod-vgw' });
    expect(resources(json, 'aws_customer_gateway').map((c) => c.tags)).toEqual([
      { Team: 'network', Name: 'prod-dc1-edge-a-cgw' },
      { Team: 'network', Name: 'prod-dc1-edge-b-cgw' },
    ]);
    expect(resources(json, 'aws_vpn_connection').map((c) => c.tags)).toEqual([
      { Team: 'network', Name: 'prod-dc1-edge-a-vpn' },
      { Team: 'network', Name: 'prod-dc1-edge-b-vpn' },
    ]);
  });
});

describe('public properties (escape hatches)', () => {
  test('expose the created resources', () => {
    const stack = Testing.stubVersion(Testing.app());
    const s = new TerraformStack(stack, 's');
    const vpn = new RedundantVpn(s, 'vpn', baseProps());
    expect(vpn.vpnGateway).toBeDefined();
    expect(vpn.attachment).toBeDefined();
    expect(vpn.customerGateways).toHaveLength(2);
    expect(vpn.connections).toHaveLength(2);
    expect(vpn.routes).toHaveLength(4);
    expect(vpn.propagations).toHaveLength(2);
    expect(vpn.connectionFor('dc1-edge-b')).toBe(vpn.connections[1]);
    expect(vpn.routing).toBe(RoutingMode.STATIC);
  });

  test('ids and ARNs are tokens another stack can use (cdktf wires the cross-stack reference)', () => {
    const app = Testing.app();
    const network = new TerraformStack(app, 'network');
    new AwsProvider(network, 'aws', { region: 'eu-west-1' });
    const vpn = new RedundantVpn(network, 'vpn', baseProps());
    const consumer = new TerraformStack(app, 'consumer');
    for (const [name, value] of Object.entries({ gateway: vpn.vpnGatewayId, topic: vpn.alarmTopicArn, logs: vpn.logGroupArn })) {
      expect(Token.isUnresolved(value)).toBe(true);
      new TerraformOutput(consumer, name, { value });
    }
    app.synth(); // the whole app: cdktf adds the cross-stack outputs and remote state while preparing
    const [target, source] = ['consumer', 'network'].map((name) => JSON.parse(readFileSync(join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8')));
    const outputs = source.output as Record<string, { value: string }>;
    const crossStack = Object.keys(outputs).filter((k) => k.startsWith('cross-stack-output-')).map((k) => outputs[k].value);
    expect(crossStack).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\{aws_vpn_gateway\.vpn_VpnGateway_[0-9A-F]{8}\.id\}$/),
        expect.stringMatching(/^\$\{aws_sns_topic\.vpn_AlarmTopic_[0-9A-F]{8}\.arn\}$/),
        expect.stringMatching(/^\$\{aws_cloudwatch_log_group\.vpn_LogGroup_[0-9A-F]{8}\.arn\}$/),
      ]),
    );
    expect(Object.values(target.output as Record<string, { value: string }>).map((o) => o.value)).toEqual(
      Array(3).fill(expect.stringMatching(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-network\.outputs\./)),
    );
  });

  test('an imported gateway id and a given topic and log group are returned as given', () => {
    const topic = 'arn:aws:sns:eu-west-1:111111111111:noc';
    const logs = 'arn:aws:logs:eu-west-1:111111111111:log-group:/network/vpn';
    const vpn = new RedundantVpn(new TerraformStack(Testing.app(), 's'), 'vpn', {
      ...baseProps({ vpnGatewayId: 'vgw-0123456789abcdef0', monitoring: { alarmTopicArn: topic }, logging: { logGroupArn: logs } }),
    });
    expect([vpn.vpnGatewayId, vpn.alarmTopicArn, vpn.logGroupArn]).toEqual(['vgw-0123456789abcdef0', topic, logs]);
    const off = new RedundantVpn(new TerraformStack(Testing.app(), 's'), 'vpn', baseProps({ monitoring: { enabled: false }, logging: { enabled: false } }));
    expect([off.alarmTopicArn, off.logGroupArn]).toEqual([undefined, undefined]);
  });
});

describe('redundancy is enforced', () => {
  test('one customer gateway is rejected as not redundant', () => {
    const props = baseProps();
    expect(() => synthVpn({ ...props, customerGateways: [props.customerGateways[0]] })).toThrow(VpnValidationError);
    expect(() => synthVpn({ ...props, customerGateways: [props.customerGateways[0]] })).toThrow(
      'customerGateways: "1 customer gateway" — not redundant: one customer gateway device is a single point of failure (give two or more on-premises devices, one VPN connection each)',
    );
  });
});

describe('gateway attachment needs', () => {
  test('a created gateway without vpcId is rejected', () => {
    expect(() => synthVpn(baseProps({ vpcId: undefined }))).toThrow(
      'vpcId: (missing) — required: the virtual private gateway must be attached to a VPC (the vpc- id; or import an attached gateway with vpnGatewayId and vpnGatewayAttached: true)',
    );
  });

  test('vpnGatewayAttached without an imported gateway is rejected', () => {
    expect(() => synthVpn(baseProps({ vpnGatewayAttached: true }))).toThrow(
      'vpnGatewayAttached: true — only applies to an imported gateway (set vpnGatewayId to the existing vgw- id, or remove vpnGatewayAttached)',
    );
  });
});
