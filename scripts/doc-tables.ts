/**
 * `npm run docs:tables`: the generated tables of the reference docs, rendered from the tables they
 * document — tunnel and connection options from the field tables, rules from the rule list. Each
 * is written between `<!-- generated:<name> -->` and `<!-- /generated:<name> -->` in its page, so the
 * prose around it stays hand-written. A test fails when a committed page differs from what this
 * renders.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { CONFIG_RULE_IDS } from '../src/config/stack-rules';
import { CONNECTION_OPTION_FIELDS, CONNECTION_OPTION_NAMES } from '../src/model/connection-option-fields';
import { allowedText, awsDefaultText, TUNNEL_OPTION_FIELDS, TUNNEL_OPTION_NAMES, TunnelOptionField } from '../src/model/tunnel-option-fields';
import { ALL_RULES, PROPS_OBJECT_RULE_ID } from '../src/validation';

/** `|` would end a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

const OPTION_HEADER = ['| Option | Provider argument | Kind | Allowed | AWS default | On change | What it does |', '| --- | --- | --- | --- | --- | --- | --- |'];

function optionRow(name: string, argument: string, f: TunnelOptionField): string {
  const change = 'replacesConnection' in f && f.replacesConnection ? 'replaces the connection' : 'in place';
  return `| \`${name}\` | \`${argument}\` | ${f.kind} | ${cell(allowedText(f))} | ${cell(awsDefaultText(f))} | ${change} | ${cell(f.doc)} |`;
}

/** One row per tunnel option, in the provider's argument order. */
export function tunnelOptionsTable(): string {
  return [...OPTION_HEADER, ...TUNNEL_OPTION_NAMES.map((n) => optionRow(n, `tunnelN_${TUNNEL_OPTION_FIELDS[n].argument}`, TUNNEL_OPTION_FIELDS[n]))].join('\n');
}

/** One row per connection option (both tunnels of one connection). */
export function connectionOptionsTable(): string {
  return [...OPTION_HEADER, ...CONNECTION_OPTION_NAMES.map((n) => optionRow(n, CONNECTION_OPTION_FIELDS[n].argument, CONNECTION_OPTION_FIELDS[n]))].join('\n');
}

/** The validation rules in run order (errors, then warnings), and the ids of the config file's own checks. */
export function rulesTable(): string {
  return [
    '| Id | Level | What it checks | Source |',
    '| --- | --- | --- | --- |',
    ...ALL_RULES.map((r) => `| \`${r.id}\` | ${r.level} | ${cell(r.what)} | ${cell(r.source)} |`),
    '',
    `Config files: ${Object.values(CONFIG_RULE_IDS).map((id) => `\`${id}\``).join(', ')} (file, schema, stack level). Props that are not an object: \`${PROPS_OBJECT_RULE_ID}\`.`,
  ].join('\n');
}

/** Page → region name → generated content. */
export const GENERATED: Readonly<Record<string, Readonly<Record<string, () => string>>>> = {
  'tunnel-options.md': { 'tunnel-options': tunnelOptionsTable, 'connection-options': connectionOptionsTable },
  'validation.md': { rules: rulesTable },
};

/** `text` with every region of `regions` replaced by its content; throws when a region's markers are missing. */
export function fillRegions(text: string, regions: Readonly<Record<string, () => string>>, page: string): string {
  let out = text;
  for (const [name, render] of Object.entries(regions)) {
    const open = `<!-- generated:${name} (npm run docs:tables; do not edit by hand) -->`;
    const close = `<!-- /generated:${name} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`docs/${page}: markers of the generated region "${name}" missing:\n${open}\n${close}`);
    out = `${out.slice(0, start + open.length)}\n${render()}\n${out.slice(end)}`;
  }
  return out;
}

const DOCS = join(__dirname, '..', 'docs');

/** Every generated page as it should be: file name under docs/ → text. */
export function generatedDocs(): Record<string, string> {
  return Object.fromEntries(Object.entries(GENERATED).map(([page, regions]) => [page, fillRegions(readFileSync(join(DOCS, page), 'utf8'), regions, page)]));
}

if (require.main === module) {
  for (const [page, text] of Object.entries(generatedDocs())) {
    writeFileSync(join(DOCS, page), text);
    process.stdout.write(`wrote docs/${page}\n`);
  }
}
