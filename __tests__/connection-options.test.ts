/**
 * Connection options (arguments of aws_vpn_connection for both tunnels), from their field table:
 * written only when set, checked against the provider's rule, accepted from a config file.
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { CustomerGatewaySchema } from '../src/config/schema';
import { parseConfig } from '../src/config/load-config';
import { CONNECTION_OPTION_FIELDS, CONNECTION_OPTION_NAMES, ConnectionOptionFieldTable, connectionArguments } from '../src/model/connection-option-fields';
import { providerSchema, schemaProblems } from './support/provider-schema';
import { baseProps, resources, synthVpn, withGateway } from './support/synth';
import { errorsOf } from './validation/support';

describe('the connection-option table', () => {
  test('a missing row does not compile', () => {
    // @ts-expect-error: every field of ConnectionOptions needs a row
    const missing: ConnectionOptionFieldTable = {};
    expect(missing).toEqual({});
  });

  test('its arguments are connection arguments the provider 6.25 accepts', () => {
    const attributes = providerSchema().resources.aws_vpn_connection.attributes;
    for (const name of CONNECTION_OPTION_NAMES) expect(attributes[CONNECTION_OPTION_FIELDS[name].argument]).toEqual({ required: false, type: { kind: 'string' } });
  });

  test('the config schema and connectionArguments derive from it', () => {
    expect(Object.keys(CustomerGatewaySchema.properties)).toEqual(expect.arrayContaining(CONNECTION_OPTION_NAMES));
    expect(connectionArguments({})).toEqual({});
    expect(connectionArguments({ localIpv4NetworkCidr: '10.20.0.0/16' })).toEqual({ localIpv4NetworkCidr: '10.20.0.0/16' });
  });
});

describe('localIpv4NetworkCidr', () => {
  test('is written on that connection only, and the stack conforms to the provider schema', () => {
    const json = synthVpn(withGateway({ localIpv4NetworkCidr: '10.20.0.0/16' }, 1));
    const [a, b] = resources(json, 'aws_vpn_connection');
    expect(a.local_ipv4_network_cidr).toBeUndefined();
    expect(b.local_ipv4_network_cidr).toBe('10.20.0.0/16');
    expect(schemaProblems(json)).toEqual([]);
  });

  test('unset: not written (AWS keeps 0.0.0.0/0)', () => {
    expect(resources(synthVpn(baseProps()), 'aws_vpn_connection').map((c) => c.local_ipv4_network_cidr)).toEqual([undefined, undefined]);
  });

  test.each([
    ['10.20.0.1/16', 'host bits set (the network address is "10.20.0.0/16")'],
    ['10.20.0.0', 'not a canonical IPv4 CIDR (an IPv4 network CIDR, /0–/32, e.g. "10.20.0.0/16", written without leading zeros or spaces)'],
    ['010.20.0.0/16', 'not a canonical IPv4 CIDR (an IPv4 network CIDR, /0–/32, e.g. "10.20.0.0/16", written without leading zeros or spaces)'],
    ['fd00::/8', 'not a canonical IPv4 CIDR (an IPv4 network CIDR, /0–/32, e.g. "10.20.0.0/16", written without leading zeros or spaces)'],
  ])('rejects %j', (value, rule) => {
    expect(errorsOf(withGateway({ localIpv4NetworkCidr: value }))).toEqual([`customerGateways[0].localIpv4NetworkCidr: ${JSON.stringify(value)} — ${rule}`]);
  });

  test.each([['0.0.0.0/0'], ['192.168.0.0/16'], ['198.51.100.7/32']])('accepts %j', (value) => {
    expect(errorsOf(withGateway({ localIpv4NetworkCidr: value }))).toEqual([]);
  });

  test('from a config file', () => {
    const config = JSON.parse(readFileSync(resolve(__dirname, 'fixtures/core-issue.json'), 'utf8'));
    config.stacks[0].vpn.customerGateways[0].localIpv4NetworkCidr = '10.20.0.0/16';
    expect(parseConfig(config, 'c.json')[0].vpn.customerGateways[0].localIpv4NetworkCidr).toBe('10.20.0.0/16');
  });
});

describe('remoteIpv4NetworkCidr (added with props.ts and the table only)', () => {
  test('is written when set, checked like the other CIDR options, and conforms to the provider schema', () => {
    const json = synthVpn(withGateway({ remoteIpv4NetworkCidr: '10.0.0.0/16', localIpv4NetworkCidr: '10.20.0.0/16' }));
    expect(resources(json, 'aws_vpn_connection')[0]).toMatchObject({ remote_ipv4_network_cidr: '10.0.0.0/16', local_ipv4_network_cidr: '10.20.0.0/16' });
    expect(schemaProblems(json)).toEqual([]);
    expect(errorsOf(withGateway({ remoteIpv4NetworkCidr: '10.0.0.1/16' }, 1))).toEqual([
      'customerGateways[1].remoteIpv4NetworkCidr: "10.0.0.1/16" — host bits set (the network address is "10.0.0.0/16")',
    ]);
  });
});
