/**
 * The hand-off and secrets outputs are synthesized as ONE Terraform expression string each
 * (src/internal/terraform-expression.ts), not as JSON objects. The real Terraform is the oracle
 * that this changes nothing a consumer sees. For the hand-off, the same stack is synthesized twice,
 * once as the construct writes it and once with a token in the record (a `vpcId` that resolves to
 * the same literal), which keeps the record a JSON object that cdktf resolves — the form it had
 * before. For the secrets, the JSON object is written here from their documented contract (per
 * device its key and device-configuration references). Both forms of each go into one
 * configuration as outputs side by side, and Terraform plans them:
 * - from nothing (a create plan: the references are unknown, the rest known), and
 * - against a deployed state (state-from-plan.ts: every value known, as after an apply).
 * The two outputs must plan to equal values, with equal unknown markers.
 */
import { Lazy, Testing } from 'cdktf';
import { PresharedKeyStorage, RedundantVpn, RedundantVpnProps } from '../../src';
import { DEFAULT_STACKS } from '../../src/app/default-config';
import { asTerraformExpression } from '../../src/internal/synth-speed';
import { stateFromCreatePlan } from './support/state-from-plan';
import { offlineProviderOverride, TerraformDir } from './support/terraform';

type Json = Record<string, any>;

const DEFAULT_PROPS = DEFAULT_STACKS[0].vpn as RedundantVpnProps;
const AS_OBJECT = 'vpn_handoff_as_object';
const SECRETS_AS_OBJECT = 'vpn_secrets_as_object';
/** Every character the writer escapes, and the literals it writes, in one value. */
const ESCAPES = { 'key "q"': 'quote " backslash \\ tab \t nl \n cr \r bs \b ff \f del \u007f é', n: [0, -1.5, 1e21, true, false, null], empty: {} };

function synth(props: RedundantVpnProps): Json {
  return JSON.parse(Testing.synthScope((scope) => void new RedundantVpn(scope, 'vpn', props)));
}

/** The stack as synthesized, plus the record in its JSON-object form as a second output. */
function bothForms(props: RedundantVpnProps): Json {
  const json = synth(props);
  const vpcId = props.vpcId;
  const asObject = synth({ ...props, vpcId: Lazy.stringValue({ produce: () => vpcId }) });
  expect(typeof json.output.vpn_handoff.value).toBe('string');
  expect(typeof asObject.output.vpn_handoff.value).toBe('object');
  // The token changes nothing else: the two stacks are the same but for the hand-off's form.
  expect({ ...asObject, output: { ...asObject.output, vpn_handoff: json.output.vpn_handoff } }).toEqual(json);
  json.output[AS_OBJECT] = { value: asObject.output.vpn_handoff.value };
  expect(typeof json.output.vpn_secrets.value).toBe('string');
  json.output[SECRETS_AS_OBJECT] = { value: secretsAsObject(json, props), sensitive: true };
  json.output.escapes = { value: asTerraformExpression(ESCAPES) };
  json.output.escapes_as_object = { value: ESCAPES };
  return json;
}

/** The secrets map as docs/outputs.md states it, per device (named by the connection's logical id): references, as JSON. */
function secretsAsObject(json: Json, props: RedundantVpnProps): Json {
  const keys = props.presharedKeyStorage !== PresharedKeyStorage.SECRETS_MANAGER;
  return Object.fromEntries(
    Object.keys(json.resource.aws_vpn_connection).map((id) => {
      const ref = (attribute: string) => `\${aws_vpn_connection.${id}.${attribute}}`;
      const device = /VpnConnection-(.+)_[0-9A-F]{8}$/.exec(id)![1];
      const values: Json = { customer_gateway_configuration: ref('customer_gateway_configuration') };
      if (keys) for (const n of [1, 2]) values[`tunnel${n}_preshared_key`] = ref(`tunnel${n}_preshared_key`);
      return [device, values];
    }),
  );
}

describe.each([
  ['the default app', DEFAULT_PROPS],
  ['keys in Secrets Manager, BGP, alarms and logs off', { ...DEFAULT_PROPS, routing: 'dynamic', staticRoutes: undefined, presharedKeyStorage: PresharedKeyStorage.SECRETS_MANAGER, monitoring: { enabled: false }, logging: { enabled: false } } as RedundantVpnProps],
])('%s: the expression and the JSON object plan to the same hand-off value', (_name, props) => {
  let tf: TerraformDir;
  let created: Json;
  let deployed: Json;

  beforeAll(() => {
    tf = new TerraformDir(undefined, 'vpn-handoff-expr-');
    tf.write(bothForms(props), offlineProviderOverride());
    tf.init();
    created = tf.plan();
    deployed = tf.plan(stateFromCreatePlan(created, tf.resourceSchemaVersions()));
  });

  afterAll(() => tf?.remove());

  test('create plan: the same value, the same members unknown until apply', () => {
    const change = (name: string) => created.output_changes[name];
    expect(change('vpn_handoff').after).toEqual(change(AS_OBJECT).after);
    expect(change('vpn_handoff').after_unknown).toEqual(change(AS_OBJECT).after_unknown);
    // Not vacuous: the crypto is known at plan time, the tunnel addresses are not.
    expect(change('vpn_handoff').after.connections['dc1-edge-a'].tunnels[0].phase1.lifetime_seconds).toBe(28800);
    expect(change('vpn_handoff').after_unknown.connections['dc1-edge-a'].tunnels[0].outside_address).toBe(true);
  });

  test('the secrets: the same (sensitive) value from both forms, in both plans', () => {
    expect(created.output_changes.vpn_secrets.after_unknown).toEqual(created.output_changes[SECRETS_AS_OBJECT].after_unknown);
    expect(created.output_changes.vpn_secrets.after_sensitive).toBe(true);
    const value = (name: string) => deployed.planned_values.outputs[name];
    expect(value('vpn_secrets')).toEqual(value(SECRETS_AS_OBJECT));
    expect(value('vpn_secrets').sensitive).toBe(true);
    // Not vacuous: the deployed state gives every device its configuration XML.
    expect(value('vpn_secrets').value['dc1-edge-b'].customer_gateway_configuration).toContain('<vpn_connection');
  });

  test("the writer's escapes and literals mean to Terraform what the JSON form means", () => {
    expect(typeof created.output_changes.escapes.after).toBe('object');
    expect(created.output_changes.escapes.after).toEqual(created.output_changes.escapes_as_object.after);
  });

  test('against a deployed state: the same, fully known value', () => {
    const value = (name: string) => deployed.planned_values.outputs[name].value;
    expect(value('vpn_handoff')).toEqual(value(AS_OBJECT));
    const tunnel = value('vpn_handoff').connections['dc1-edge-a'].tunnels[1];
    expect(tunnel.tunnel).toBe(2);
    expect(tunnel.outside_address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(value('vpn_handoff').vpn_gateway_id).toMatch(/^vgw-0/);
  });
});
