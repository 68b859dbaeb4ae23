/** The generated tables of docs/ (`npm run docs:tables`) must be current. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { fillRegions, generatedDocs, tunnelOptionsTable } from '../scripts/doc-tables';
import { TUNNEL_OPTION_NAMES } from '../src/model/tunnel-option-fields';
import { ALL_RULES } from '../src/validation';

describe.each(Object.entries(generatedDocs()))('docs/%s', (page, text) => {
  test('its generated tables match what npm run docs:tables renders', () => {
    expect(readFileSync(join(__dirname, '..', 'docs', page), 'utf8')).toBe(text);
  });
});

test('the options table has one row per tunnel option, with its provider argument', () => {
  const rows = tunnelOptionsTable().split('\n').slice(2);
  expect(rows.map((r) => r.split(' | ')[0].replace(/^\| `|`$/g, ''))).toEqual(TUNNEL_OPTION_NAMES);
  expect(rows.find((r) => r.startsWith('| `phase2LifetimeSeconds`'))).toBe(
    '| `phase2LifetimeSeconds` | `tunnelN_phase2_lifetime_seconds` | number | 900–3600 seconds, less than the phase 1 lifetime | 3600 seconds | in place | Phase 2 (IPsec SA) lifetime |',
  );
});

test('the rules table lists every rule once', () => {
  const validation = readFileSync(join(__dirname, '..', 'docs', 'validation.md'), 'utf8');
  for (const rule of ALL_RULES) expect(validation.split(`| \`${rule.id}\` | ${rule.level} |`)).toHaveLength(2);
});

test('a page without the markers of a region is an error, not a silently skipped table', () => {
  expect(() => fillRegions('# Page\n', { rules: () => 'x' }, 'page.md')).toThrow('docs/page.md: markers of the generated region "rules" missing');
  const open = '<!-- generated:rules (npm run docs:tables; do not edit by hand) -->';
  expect(fillRegions(`a\n${open}\nold\n<!-- /generated:rules -->\nb\n`, { rules: () => 'new' }, 'p.md')).toBe(`a\n${open}\nnew\n<!-- /generated:rules -->\nb\n`);
});
