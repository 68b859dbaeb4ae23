/**
 * The connection options (localIpv4NetworkCidr, remoteIpv4NetworkCidr) judged by the real provider:
 * every value the library accepts, `terraform validate` accepts; every value it rejects, the
 * provider rejects too (IsCIDRNetwork(0, 32)), except the ones listed as stricter, with the AWS
 * rule that rejects them at apply. One Terraform run for all values.
 */
import { Testing, TerraformStack } from 'cdktf';
import { RedundantVpn } from '../../src';
import { CONNECTION_OPTION_FIELDS, CONNECTION_OPTION_NAMES } from '../../src/model/connection-option-fields';
import { baseProps, devices } from '../support/synth';
import { offlineProviderOverride, TerraformDir } from './support/terraform';

/**
 * Rejected here, accepted by the provider's validator: IsCIDRNetwork(0, 32) only bounds the prefix
 * length, so an IPv6 CIDR of /32 or shorter passes it, but the EC2 API's Local/RemoteIpv4NetworkCidr
 * is an IPv4 CIDR (VpnConnectionOptionsSpecification): AWS would fail the apply.
 */
const STRICTER = ['fd00::/8'];

const VALUES = ['0.0.0.0/0', '10.20.0.0/16', '192.168.10.0/24', '198.51.100.7/32', '10.20.0.1/16', '10.20.0.0', '10.20.0.0/33', '010.20.0.0/16', 'fd00::/8', ' 10.0.0.0/8', ''];

test('library and provider give the same verdict on every value, for every CIDR connection option', () => {
  const cases = CONNECTION_OPTION_NAMES.flatMap((field) => VALUES.map((value) => ({ field, value })));
  // One valid stack with a connection per case; each case's value is then written into its connection.
  const stack = new TerraformStack(Testing.app(), 'options');
  new RedundantVpn(stack, 'vpn', { ...baseProps(), customerGateways: devices(cases.length).map((d, i) => ({ ...d, ipAddress: `198.51.${100 + Math.floor(i / 200)}.${(i % 200) + 10}` })) });
  const json = JSON.parse(Testing.synth(stack));
  const names = Object.keys(json.resource.aws_vpn_connection);
  cases.forEach((c, i) => (json.resource.aws_vpn_connection[names[i]][CONNECTION_OPTION_FIELDS[c.field].argument] = c.value));

  const tf = new TerraformDir();
  try {
    tf.write(json, offlineProviderOverride());
    tf.init();
    const result = tf.validate();
    const rejected = new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.address));
    const verdicts = cases.map((c, i) => {
      const provider = !rejected.has(`aws_vpn_connection.${names[i]}`);
      const library = RedundantVpn.validate({ ...baseProps(), customerGateways: baseProps().customerGateways.map((g, j) => (j === 0 ? { ...g, [c.field]: c.value } : g)) }).errors.length === 0;
      return { ...c, provider, library };
    });
    const differing = verdicts.filter((v) => v.provider !== v.library);
    expect(differing).toEqual(cases.filter((c) => STRICTER.includes(c.value)).map((c) => ({ ...c, provider: true, library: false })));
    // Both verdicts occur: the comparison cannot pass vacuously.
    expect(verdicts.filter((v) => v.library).length).toBe(4 * CONNECTION_OPTION_NAMES.length);
    expect(verdicts.filter((v) => !v.provider).length).toBeGreaterThan(5 * CONNECTION_OPTION_NAMES.length);
  } finally {
    tf.remove();
  }
});

test('a changed connection option is an in-place update of the connection, not a replacement', () => {
  const connection = { customer_gateway_id: 'cgw-0123456789abcdef0', vpn_gateway_id: 'vgw-0123456789abcdef0', type: 'ipsec.1', static_routes_only: true };
  const tf = new TerraformDir();
  try {
    for (const field of CONNECTION_OPTION_NAMES) {
      const argument = CONNECTION_OPTION_FIELDS[field].argument;
      tf.write({ resource: { aws_vpn_connection: { c: { ...connection, [argument]: '10.30.0.0/16' } } } }, offlineProviderOverride());
      if (field === CONNECTION_OPTION_NAMES[0]) tf.init();
      const state = {
        version: 4,
        terraform_version: '1.11.4',
        serial: 1,
        lineage: 'connection-options',
        outputs: {},
        resources: [
          {
            mode: 'managed',
            type: 'aws_vpn_connection',
            name: 'c',
            provider: 'provider["registry.terraform.io/hashicorp/aws"]',
            instances: [{ schema_version: 0, attributes: { id: 'vpn-0123456789abcdef0', ...connection, [argument]: '10.20.0.0/16' } }],
          },
        ],
      };
      const plan = tf.plan(state);
      const change = plan.resource_changes.find((c: { address: string }) => c.address === 'aws_vpn_connection.c').change;
      expect([field, change.actions]).toEqual([field, ['update']]);
      expect(change.after[argument]).toBe('10.30.0.0/16');
    }
  } finally {
    tf.remove();
  }
});
