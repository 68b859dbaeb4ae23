import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parseConfig } from '../../src/config/load-config';
import { CustomerGatewaySchema, LoggingSchema, MonitoringSchema, TunnelLogOptionsSchema, TunnelOptionsSchema, VpnSchema } from '../../src/config/schema';
import { VpnValidationError } from '../../src';
import { PROPS_FIELDS } from '../../src/validation/rules/shape';
import { thrown } from '../support/thrown';

const fixture = () => JSON.parse(readFileSync(resolve(__dirname, '../fixtures/core-issue.json'), 'utf8'));

function configErrors(config: unknown): string[] {
  const e = thrown(() => parseConfig(config, 'config.json'), 'expected the config to be rejected');
  expect(e).toBeInstanceOf(VpnValidationError);
  return (e as VpnValidationError).issues.map((i) => `${i.path}: ${i.message}`);
}

describe('config file: transit-gateway-only fields get a specific message', () => {
  test.each([
    ['vpn', 'enableAcceleration', true, 'accelerated VPN (AWS Global Accelerator)'],
    ['vpn', 'transitGatewayId', 'tgw-0123456789abcdef0', 'a transit gateway attachment'],
    ['gateway', 'outsideIpAddressType', 'PrivateIpv4', 'private outside IP addresses (PrivateIpv4 over Direct Connect)'],
    ['tunnel', 'tunnelBandwidth', 'large', 'large tunnel bandwidth'],
    ['vpn', 'vpnConcentratorId', 'vcn-0123', 'VPN concentrators'],
    ['vpn', 'tunnelInsideIpVersion', 'ipv6', 'IPv6 tunnels (tunnel inside IP version)'],
  ])('%s.%s', (where, field, value, feature) => {
    const config = fixture();
    const vpn = config.stacks[0].vpn;
    const target = where === 'vpn' ? vpn : where === 'gateway' ? vpn.customerGateways[0] : (vpn.customerGateways[0].tunnel1 = {});
    target[field] = value;
    const path = where === 'vpn' ? 'stacks[0].vpn' : where === 'gateway' ? 'stacks[0].vpn.customerGateways[0]' : 'stacks[0].vpn.customerGateways[0].tunnel1';
    expect(configErrors(config)).toEqual([
      `${path}.${field}: ${JSON.stringify(value)} — transit gateway only: ${feature} is not available on a virtual private gateway (remove it; this library connects through a virtual private gateway)`,
    ]);
  });

  test('insideIpv6Cidr is in the schema but always rejected with its reason', () => {
    const config = fixture();
    config.stacks[1].vpn.customerGateways[1].tunnel1.insideIpv6Cidr = 'fd00::/126';
    expect(configErrors(config)).toEqual([
      'stacks[1].vpn.customerGateways[1].tunnel1.insideIpv6Cidr: "fd00::/126" — transit gateway only: a virtual private gateway has no IPv6 tunnels (remove it; IPv6 inside CIDRs need a transit gateway or Cloud WAN VPN)',
    ]);
  });

  test('AWS rule errors carry the full config path', () => {
    const config = fixture();
    config.stacks[0].vpn.customerGateways[1].tunnel2 = { insideCidr: '169.254.1.0/30' };
    expect(configErrors(config)).toEqual([
      'stacks[0].vpn.customerGateways[1].tunnel2.insideCidr: "169.254.1.0/30" — reserved by AWS (choose a /30 in 169.254.0.0/16 other than 169.254.0.0–5.0/30 and 169.254.169.252/30)',
    ]);
  });
});

describe('the library shape rules know exactly the fields of the config schema', () => {
  test.each([
    ['vpn', VpnSchema],
    ['customerGateway', CustomerGatewaySchema],
    ['tunnelOptions', TunnelOptionsSchema],
    ['logOptions', TunnelLogOptionsSchema],
    ['monitoring', MonitoringSchema],
    ['logging', LoggingSchema],
  ] as const)('%s', (name, schema) => {
    expect([...PROPS_FIELDS[name]].sort()).toEqual(Object.keys(schema.properties).sort());
  });
});
