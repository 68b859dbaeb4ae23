/**
 * `npm run docs:tables`: the generated reference tables in `docs/`, rendered from the tables they
 * document (tunnel options: the field table; rules: the rule list). A test fails when a committed
 * file differs from what this renders.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { allowedText, awsDefaultText, TUNNEL_OPTION_FIELDS, TUNNEL_OPTION_NAMES } from '../src/model/tunnel-option-fields';

/** `|` would end a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The Markdown table: one row per tunnel option, in the provider's argument order. */
export function tunnelOptionsTable(): string {
  const rows = TUNNEL_OPTION_NAMES.map((name) => {
    const f = TUNNEL_OPTION_FIELDS[name];
    const change = 'replacesConnection' in f && f.replacesConnection ? 'replaces the connection' : 'in place';
    return `| \`${name}\` | \`tunnelN_${f.argument}\` | ${f.kind} | ${cell(allowedText(f))} | ${cell(awsDefaultText(f))} | ${change} | ${cell(f.doc)} |`;
  });
  return [
    '| Option | Provider argument | Kind | Allowed | AWS default | On change | What it does |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The whole of `docs/options.md`. */
export function optionsDocument(): string {
  return `# Tunnel options

<!-- Generated from src/model/tunnel-option-fields.ts by \`npm run docs:tables\`; do not edit by hand. -->

Every field of \`TunnelOptions\` may be set on the construct-wide profile (\`tunnelOptions\`), on one
connection (\`customerGateways[i].tunnelOptions\`) or on one tunnel (\`customerGateways[i].tunnel1\` /
\`tunnel2\`). Layers merge field by field, the most specific wins; \`logOptions\` merges one level
deeper. An unset option is not written, so AWS applies its default.

${tunnelOptionsTable()}
`;
}

/** Every generated document: file under docs/ → its text. */
export function generatedDocs(): Record<string, string> {
  return { 'options.md': optionsDocument() };
}

if (require.main === module) {
  for (const [file, text] of Object.entries(generatedDocs())) {
    const path = join(__dirname, '..', 'docs', file);
    writeFileSync(path, text);
    process.stdout.write(`wrote ${path}\n`);
  }
}
