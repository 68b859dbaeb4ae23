/** The same promises through cdktf's own jest matchers (they compare snake_case keys of the synthesized JSON). */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { CustomerGateway } from '@cdktf/provider-aws/lib/customer-gateway';
import { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import { VpnConnectionRoute } from '@cdktf/provider-aws/lib/vpn-connection-route';
import { VpnGatewayRoutePropagation } from '@cdktf/provider-aws/lib/vpn-gateway-route-propagation';
import { RedundantVpn } from '../src';
import { baseProps } from './support/synth';

// The import brings the matchers' type declarations; setupJest registers them.
import 'cdktf/lib/testing/adapters/jest';

Testing.setupJest();

describe('cdktf matchers', () => {
  const synthesized = Testing.synthScope((scope) => {
    new RedundantVpn(scope, 'vpn', baseProps());
  });

  test('both customer gateways and both static connections exist', () => {
    expect(synthesized).toHaveResourceWithProperties(CustomerGateway, { type: 'ipsec.1', ip_address: '198.51.100.10', bgp_asn: '65010' });
    expect(synthesized).toHaveResourceWithProperties(CustomerGateway, { type: 'ipsec.1', ip_address: '198.51.100.20', bgp_asn: '65010' });
    expect(synthesized).toHaveResourceWithProperties(VpnConnection, { type: 'ipsec.1', static_routes_only: true });
    expect(synthesized).toHaveResourceWithProperties(VpnConnectionRoute, { destination_cidr_block: '10.30.0.0/16' });
    expect(synthesized).toHaveResourceWithProperties(VpnGatewayRoutePropagation, { route_table_id: 'rtb-0f1e2d3c4b5a69788' });
  });

  test('a full synth (with cdktf validations) writes the stack', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'full');
    new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    new RedundantVpn(stack, 'vpn', baseProps());
    const outdir = Testing.fullSynth(stack);
    const file = join(outdir, 'stacks', 'full', 'cdk.tf.json');
    expect(existsSync(file)).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).resource.aws_vpn_connection)).toHaveLength(2);
  });
});
