/**
 * The effect table is complete: every argument the provider has on the VPN resources (the schema of
 * the installed @cdktf/provider-aws, i.e. the provider version the library is built for) and every
 * tunnel argument the construct can pin has a rule — an argument without one would be reported as
 * "unclassified" (assumed to take both tunnels down).
 */
import { Effect, EFFECT_RULES, ruleFor } from '../src/impact/effects';
import { VPN_RESOURCE_TYPES } from '../src/impact/assemble';
import { tunnelArgumentNames } from '../src/model/tunnel-options';
import { providerSchema } from './support/provider-schema';

const TYPES = [...VPN_RESOURCE_TYPES];

test.each(TYPES)('every argument of %s in the provider schema has a rule', (type) => {
  const schema = providerSchema(TYPES).resources[type];
  expect(schema).toBeDefined();
  const missing = Object.keys(schema.attributes).filter((a) => a !== 'timeouts' && !ruleFor(type, a));
  expect(missing).toEqual([]);
});

test('every tunnel argument pinTunnelOptions holds back changes that tunnel only (in place) or replaces (inside CIDRs)', () => {
  const effects = Object.fromEntries(tunnelArgumentNames().map((a) => [a, ruleFor('aws_vpn_connection', a)?.effect]));
  const byEffect = (e: Effect) => Object.keys(effects).filter((a) => effects[a] === e).sort();
  expect(byEffect(Effect.REPLACE)).toEqual(['tunnel1_inside_cidr', 'tunnel1_inside_ipv6_cidr', 'tunnel2_inside_cidr', 'tunnel2_inside_ipv6_cidr']);
  expect(byEffect(Effect.TUNNEL)).toHaveLength(tunnelArgumentNames().length - 4);
});

test('one rule per argument', () => {
  const keys = EFFECT_RULES.map((r) => `${r.resource}.${r.argument}`);
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
});
