/** Batching stacks for one `terraform validate`: names prefixed per stack, every reference rewritten, owners known. */
import { batchStacks, resourceCount } from './provider/support/batch';

const stack = {
  '//': { metadata: { stackName: 'a' } },
  terraform: { backend: { s3: { bucket: 'b' } } },
  provider: { aws: [{ region: 'eu-west-1', assume_role: [{ role_arn: 'arn:aws:iam::111111111111:role/x' }] }] },
  variable: { psk: { type: 'string', sensitive: true } },
  resource: {
    aws_vpn_gateway: { vpn_VpnGateway_1: { amazon_side_asn: '64512' } },
    aws_vpn_gateway_attachment: { vpn_VpnGatewayAttachment_2: { vpn_gateway_id: '${aws_vpn_gateway.vpn_VpnGateway_1.id}', vpc_id: 'vpc-0a1b2c3d' } },
    aws_vpn_connection: {
      'vpn_VpnConnection-dc1-edge-a_3': {
        vpn_gateway_id: '${aws_vpn_gateway.vpn_VpnGateway_1.id}',
        tunnel1_preshared_key: '${var.psk}',
        tags: { Name: 'x.aws_vpn_gateway.vpn_VpnGateway_1 stays' },
      },
    },
    aws_vpn_gateway_route_propagation: { vpn_RoutePropagation_4: { depends_on: ['aws_vpn_gateway_attachment.vpn_VpnGatewayAttachment_2'], route_table_id: 'rtb-0a1b2c3d' } },
  },
  output: { vpn_handoff: { value: { id: '${aws_vpn_connection.vpn_VpnConnection-dc1-edge-a_3.id}', both: '${aws_vpn_gateway.vpn_VpnGateway_1.id}-${var.psk}' } } },
};

test('two copies of a stack: prefixed apart, references and depends_on rewritten, provider and backend left out', () => {
  const { json, ownerOf } = batchStacks([
    { key: 'first', json: stack },
    { key: 'second', json: stack },
  ]);
  expect(Object.keys(json).sort()).toEqual(['output', 'resource', 'variable']);
  expect(resourceCount(json)).toBe(8);
  expect(Object.keys(json.variable)).toEqual(['s0_psk', 's1_psk']);
  const connection = json.resource.aws_vpn_connection['s1_vpn_VpnConnection-dc1-edge-a_3'];
  expect(connection).toEqual({
    vpn_gateway_id: '${aws_vpn_gateway.s1_vpn_VpnGateway_1.id}',
    tunnel1_preshared_key: '${var.s1_psk}',
    // Not a reference: preceded by a name and a dot.
    tags: { Name: 'x.aws_vpn_gateway.vpn_VpnGateway_1 stays' },
  });
  expect(json.resource.aws_vpn_gateway_route_propagation.s0_vpn_RoutePropagation_4.depends_on).toEqual(['aws_vpn_gateway_attachment.s0_vpn_VpnGatewayAttachment_2']);
  expect(json.output.s1_vpn_handoff.value).toEqual({ id: '${aws_vpn_connection.s1_vpn_VpnConnection-dc1-edge-a_3.id}', both: '${aws_vpn_gateway.s1_vpn_VpnGateway_1.id}-${var.s1_psk}' });
  expect(ownerOf.get('aws_vpn_connection.s0_vpn_VpnConnection-dc1-edge-a_3')).toBe('first');
  expect(ownerOf.get('aws_vpn_gateway.s1_vpn_VpnGateway_1')).toBe('second');
  expect(ownerOf.size).toBe(8);
});

test('a block it cannot rename is refused, not merged blindly', () => {
  expect(() => batchStacks([{ key: 'm', json: { ...stack, module: { x: {} } } }])).toThrow('stack m: cannot batch top-level block(s) module');
});
