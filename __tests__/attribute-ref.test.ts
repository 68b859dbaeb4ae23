import { Testing, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CustomerGateway } from '@cdktf/provider-aws/lib/customer-gateway';
import { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import { attributeRef } from '../src/internal/synth-speed';

describe('attributeRef: the string an attribute token resolves to, without the token', () => {
  // Each case becomes two outputs, the token and attributeRef's string; synthesized once.
  const stack = new TerraformStack(Testing.app(), 'refs');
  const nested = new Construct(stack, 'vpn');
  const cgw = new CustomerGateway(nested, 'CustomerGateway-a', { type: 'ipsec.1', bgpAsn: '65000', ipAddress: '198.51.100.10' });
  const connection = new VpnConnection(nested, 'Connection', { type: 'ipsec.1', customerGatewayId: cgw.id, vpnGatewayId: 'vgw-1' });
  const renamed = new CustomerGateway(nested, 'Renamed', { type: 'ipsec.1', bgpAsn: '65000', ipAddress: '198.51.100.20' });
  renamed.overrideLogicalId('edge_b');
  const cases: [string, string, string][] = [
    ['customer gateway id', cgw.id, attributeRef(cgw, 'id')],
    ['tunnel 1 outside address', connection.tunnel1Address, attributeRef(connection, 'tunnel1_address')],
    ['tunnel 2 pre-shared key', connection.tunnel2PresharedKey, attributeRef(connection, 'tunnel2_preshared_key')],
    ['id of a resource with an overridden logical id', renamed.id, attributeRef(renamed, 'id')],
  ];
  cases.forEach(([, token, ref], i) => {
    new TerraformOutput(stack, `token-${i}`, { value: token }).overrideLogicalId(`token_${i}`);
    new TerraformOutput(stack, `ref-${i}`, { value: ref }).overrideLogicalId(`ref_${i}`);
  });
  const output = JSON.parse(Testing.synth(stack)).output as Record<string, { value: string }>;

  test.each(cases.map(([name], i) => [name, i]))('%s', (_, i) => {
    expect(output[`ref_${i}`].value).toBe(output[`token_${i}`].value);
  });

  test('the reference names the type, the logical id (hashed or overridden) and the attribute', () => {
    expect(output.ref_0.value).toMatch(/^\$\{aws_customer_gateway\.vpn_CustomerGateway-a_[0-9A-F]{8}\.id\}$/);
    expect(output.ref_3.value).toBe('${aws_customer_gateway.edge_b.id}');
  });
});
