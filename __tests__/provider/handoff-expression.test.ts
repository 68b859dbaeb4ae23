/**
 * The hand-off output is synthesized as ONE Terraform expression string
 * (src/internal/terraform-expression.ts), not as a JSON object. The real Terraform is the oracle
 * that this changes nothing a consumer sees: the same stack is synthesized twice, once as the
 * construct writes it and once with a token in the record (a `vpcId` that resolves to the same
 * literal), which keeps the record a JSON object that cdktf resolves — the form it had before. Both
 * values go into one configuration as two outputs, and Terraform plans them:
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
  json.output.escapes = { value: asTerraformExpression(ESCAPES) };
  json.output.escapes_as_object = { value: ESCAPES };
  return json;
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
