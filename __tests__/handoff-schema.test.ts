/** The hand-off contract: one TypeBox statement, the type, the runtime check and handoff.schema.json. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Value } from '@sinclair/typebox/value';
import { HANDOFF_SCHEMA_FILE, handoffSchemaText, StackHandoffDocumentSchema, VpnHandoffSchema } from '../src/model/handoff';
import { handoffOf, synthVpn, baseProps } from './support/synth';

describe('handoff.schema.json', () => {
  test('matches the TypeBox contract (run `npm run handoff -- --schema` after changing src/model/handoff.ts)', () => {
    expect(readFileSync(join(__dirname, '..', HANDOFF_SCHEMA_FILE), 'utf8')).toBe(handoffSchemaText());
  });

  test('describes a hand-off file: stack + vpns, closed objects', () => {
    const schema = JSON.parse(handoffSchemaText());
    expect(schema.required).toEqual(['stack', 'vpns']);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('the synthesized hand-off output conforms to the contract', () => {
  test('the output value (references are strings) passes the schema check', () => {
    const handoff = handoffOf(synthVpn(baseProps()));
    expect([...Value.Errors(VpnHandoffSchema, handoff)].map((e) => e.path)).toEqual([]);
    expect(Value.Check(StackHandoffDocumentSchema, { stack: 's', vpns: { vpn: handoff } })).toBe(true);
  });

  test('an extra or mistyped field is refused', () => {
    const handoff = handoffOf(synthVpn(baseProps())) as Record<string, any>;
    expect(Value.Check(VpnHandoffSchema, { ...handoff, tunnel1_preshared_key: 'x' })).toBe(false);
  });
});
