/**
 * The config reference (docs/configuration.md) lists every field the config schema has — no more, no
 * fewer — for the stack entry, `vpn` and `customerGateways[]`: a field added to the schema without its
 * documentation fails here. The tables stay hand-written (defaults and links are curated); this
 * keeps them complete.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { TObject } from '@sinclair/typebox';
import { CustomerGatewaySchema, StackSchema, VpnSchema } from '../src/config/schema';

const DOC = readFileSync(join(__dirname, '..', 'docs', 'configuration.md'), 'utf8');

/** The backticked field names in the first column of the table under `heading`. */
function documentedFields(heading: string): string[] {
  const start = DOC.indexOf(`\n## ${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const section = DOC.slice(start + 1).split(/\n## /)[0];
  const rows = section.split('\n').filter((l) => l.startsWith('| `'));
  return rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([A-Za-z0-9]+)`/g)].map((m) => m[1])).sort();
}

const schemaFields = (schema: TObject) => Object.keys(schema.properties).sort();

test.each([
  ['Stack entry', StackSchema],
  ['`vpn` (RedundantVpnProps)', VpnSchema],
  ['`customerGateways[]` (CustomerGatewayProps)', CustomerGatewaySchema],
])('docs/configuration.md "%s" documents exactly the schema\'s fields', (heading, schema) => {
  expect(documentedFields(heading)).toEqual(schemaFields(schema));
});
