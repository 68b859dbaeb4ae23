/**
 * Precedence is stated once (the model's tunnelLayers): for random valid props, what validation
 * sees of every tunnel — each field's effective value, read through its layers — is exactly what
 * the construct synthesizes for that tunnel. Fixed seed, bounded runs.
 */
import fc from 'fast-check';
import { Testing, TerraformStack } from 'cdktf';
import { RedundantVpn, RedundantVpnProps, RoutingMode, TunnelOptions } from '../../src';
import { loggingLayer } from '../../src/model/logging-defaults';
import { TUNNEL_OPTION_NAMES } from '../../src/model/tunnel-option-fields';
import { mergeTunnelOptions, tunnelArguments } from '../../src/model/tunnel-options';
import { PROPS_FIELDS } from '../../src/validation/rules/shape';
import { EffectiveTunnel, tunnelView } from '../../src/validation/tunnels';
import { logGroup, validVpn } from '../support/arbitraries';

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/([a-z])(\d)/g, '$1$2');
function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [snake(k).replace(/^tunnel_(\d)/, 'tunnel$1'), snakeKeys(v)]));
}

/** A tunnel's options as validation reads them: every field through EffectiveTunnel.get / getLog. */
function validationView(tunnel: EffectiveTunnel): TunnelOptions {
  const view: Record<string, unknown> = {};
  for (const field of TUNNEL_OPTION_NAMES) {
    const given = tunnel.get(field);
    if (field !== 'logOptions' && given) view[field] = given.value;
  }
  const logs: Record<string, unknown> = {};
  for (const field of PROPS_FIELDS.logOptions) {
    const given = tunnel.getLog(field);
    if (given) logs[field] = given.value;
  }
  if (Object.keys(logs).length > 0) view.logOptions = logs;
  return view as TunnelOptions;
}

const logging = fc.constantFrom(undefined, { enabled: false }, { logGroupArn: logGroup }, { bgpLogs: false, outputFormat: 'text' }, { bgpLogs: true });
const props = fc.tuple(validVpn, logging).map(([vpn, l]) => ({ ...vpn, logging: l }) as unknown as RedundantVpnProps);

test('validation sees every tunnel exactly as the construct synthesizes it', () => {
  let tunnels = 0;
  fc.assert(
    fc.property(props, (p) => {
      const stack = new TerraformStack(Testing.app(), 's');
      new RedundantVpn(stack, 'vpn', p);
      const json = JSON.parse(Testing.synth(stack));
      const connections = Object.values(json.resource.aws_vpn_connection) as Record<string, unknown>[];
      const created = Object.keys(json.resource.aws_cloudwatch_log_group ?? {})[0];
      const group = p.logging?.logGroupArn ?? `\${aws_cloudwatch_log_group.${created}.arn}`;
      const base = loggingLayer(p.logging, p.routing ?? RoutingMode.DYNAMIC, group);
      for (const tunnel of tunnelView(p).tunnels) {
        const synthesized = Object.fromEntries(Object.entries(connections[tunnel.customerGatewayIndex]).filter(([k]) => k.startsWith(`tunnel${tunnel.tunnel}_`)));
        expect(synthesized).toEqual(snakeKeys(tunnelArguments(tunnel.tunnel, mergeTunnelOptions(base, validationView(tunnel)))));
        tunnels++;
      }
    }),
    { numRuns: 60, seed: 11 },
  );
  expect(tunnels).toBeGreaterThan(200);
});
