/** The reference tables in docs/ are generated (`npm run docs:tables`) and must be current. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { generatedDocs, tunnelOptionsTable } from '../scripts/doc-tables';
import { TUNNEL_OPTION_NAMES } from '../src/model/tunnel-option-fields';

describe.each(Object.entries(generatedDocs()))('docs/%s', (file, text) => {
  test('matches what npm run docs:tables generates', () => {
    expect(readFileSync(join(__dirname, '..', 'docs', file), 'utf8')).toBe(text);
  });
});

test('the options table has one row per tunnel option, with its provider argument', () => {
  const rows = tunnelOptionsTable().split('\n').slice(2);
  expect(rows.map((r) => r.split(' | ')[0].replace(/^\| `|`$/g, ''))).toEqual(TUNNEL_OPTION_NAMES);
  expect(rows.find((r) => r.startsWith('| `phase2LifetimeSeconds`'))).toBe(
    '| `phase2LifetimeSeconds` | `tunnelN_phase2_lifetime_seconds` | number | 900–3600 seconds, less than the phase 1 lifetime | 3600 seconds | in place | Phase 2 (IPsec SA) lifetime |',
  );
});
