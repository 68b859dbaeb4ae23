/**
 * The tunnel-option field table is complete (a compile-time check), matches the provider's
 * `tunnelN_*` arguments, and the mapping, the config schema and the AWS defaults derive from it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { TunnelOptions } from '../src';
import { TunnelOptionsSchema } from '../src/config/schema';
import { AWS_DEFAULTS } from '../src/model/aws-defaults';
import { CONNECTION_OPTION_FIELDS, CONNECTION_OPTION_NAMES } from '../src/model/connection-option-fields';
import { TUNNEL_OPTION_FIELDS, TUNNEL_OPTION_NAMES, TunnelOptionField, TunnelOptionFieldTable } from '../src/model/tunnel-option-fields';
import { tunnelArgumentNames, tunnelArguments } from '../src/model/tunnel-options';
import { providerSchema } from './support/provider-schema';

describe('the field table', () => {
  test('a missing row, an extra row or a row of the wrong kind does not compile', () => {
    const { logOptions: _dropped, ...withoutLogOptions } = TUNNEL_OPTION_FIELDS;
    // @ts-expect-error: every field of TunnelOptions needs a row
    const missing: TunnelOptionFieldTable = withoutLogOptions;
    const extra: TunnelOptionFieldTable = {
      ...TUNNEL_OPTION_FIELDS,
      // @ts-expect-error: a row without a TunnelOptions field
      tunnelColour: { kind: 'string', argument: 'colour', doc: 'x', allowedText: 'x', awsDefault: 'x' },
    };
    const wrongKind: TunnelOptionFieldTable = {
      ...TUNNEL_OPTION_FIELDS,
      // @ts-expect-error: a number field needs a number row
      phase1LifetimeSeconds: TUNNEL_OPTION_FIELDS.ikeVersions,
    };
    expect([missing, extra, wrongKind].every((t) => typeof t === 'object')).toBe(true);
  });

  test('its arguments are exactly the tunnel arguments the provider 6.25 accepts', () => {
    const attributes = Object.keys(providerSchema().resources.aws_vpn_connection.attributes);
    for (const n of [1, 2]) {
      const provider = attributes.filter((a) => a.startsWith(`tunnel${n}_`)).sort();
      expect(TUNNEL_OPTION_NAMES.map((name) => `tunnel${n}_${TUNNEL_OPTION_FIELDS[name].argument}`).sort()).toEqual(provider);
    }
    expect(tunnelArgumentNames()).toHaveLength(2 * TUNNEL_OPTION_NAMES.length);
  });

  test('the config schema has one property per row, typed by its kind', () => {
    const properties = TunnelOptionsSchema.properties as Record<string, { type?: string; description?: string }>;
    expect(Object.keys(properties)).toEqual(TUNNEL_OPTION_NAMES);
    expect(properties.phase1LifetimeSeconds).toMatchObject({ type: 'integer', description: 'Phase 1 (IKE SA) lifetime (900–28800 seconds)' });
    expect(properties.phase2DhGroupNumbers).toMatchObject({ type: 'array', description: 'Phase 2 Diffie-Hellman group numbers (phase 2 allows 2, 5, 14–24)' });
    expect(properties.enableTunnelLifecycleControl.type).toBe('boolean');
  });

  test('AWS_DEFAULTS are the table defaults', () => {
    expect(AWS_DEFAULTS.replayWindowSize).toBe(1024);
    expect(AWS_DEFAULTS.rekeyMarginTimeSeconds).toBe(TUNNEL_OPTION_FIELDS.rekeyMarginTimeSeconds.awsDefault);
    expect(AWS_DEFAULTS.ikeVersions).toEqual(['ikev1', 'ikev2']);
  });
});

describe('tunnelArguments', () => {
  test('maps each set option to tunnelN_<argument> in camelCase, log options into their block', () => {
    const options = { phase1LifetimeSeconds: 3600, ikeVersions: ['ikev2'], logOptions: { logEnabled: false } } as TunnelOptions;
    expect(tunnelArguments(2, options)).toEqual({
      tunnel2IkeVersions: ['ikev2'],
      tunnel2Phase1LifetimeSeconds: 3600,
      tunnel2LogOptions: { cloudwatchLogOptions: { logEnabled: false } },
    });
  });

  test('writes nothing for unset options or empty log options', () => {
    expect(tunnelArguments(1, { logOptions: {} })).toEqual({});
  });
});

describe('the TSDoc of TunnelOptions and ConnectionOptions (what API.md shows) agrees with the tables', () => {
  const source = readFileSync(join(__dirname, '..', 'src', 'model', 'props.ts'), 'utf8');
  /** The doc comment right above `readonly <field>?:` inside `interface <name>`. */
  const docOf = (iface: string, field: string): string => {
    const body = source.slice(source.indexOf(`export interface ${iface} `));
    const at = body.indexOf(`  readonly ${field}?:`);
    return body.slice(body.lastIndexOf('/**', at), at);
  };

  test.each(TUNNEL_OPTION_NAMES)('%s', (name) => {
    const row: TunnelOptionField = TUNNEL_OPTION_FIELDS[name];
    const doc = docOf('TunnelOptions', name);
    expect(doc).toMatch(/@default - /);
    if (row.kind === 'number') {
      expect(doc).toContain(row.max === undefined ? `${row.min} or more` : `${row.min}–${row.max}`);
      expect(doc).toContain(`@default - AWS default (${row.awsDefault})`);
    }
    if (row.kind === 'enum' || row.kind === 'boolean') expect(doc).toContain(`@default - AWS default (${row.awsDefault})`);
    if (row.replacesConnection) expect(doc).toMatch(/replaces the connection|always rejected/);
  });

  test.each(CONNECTION_OPTION_NAMES)('%s', (name) => {
    expect(docOf('ConnectionOptions', name)).toContain(`@default - AWS default (${CONNECTION_OPTION_FIELDS[name].awsDefault})`);
  });
});
