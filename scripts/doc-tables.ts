/**
 * `npm run docs:tables`: the generated reference tables in `docs/`, rendered from the tables they
 * document (tunnel options: the field table; rules: the rule list). A test fails when a committed
 * file differs from what this renders.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { ALL_RULES } from '../src/validation';
import { CONFIG_RULE_IDS } from '../src/config/stack-rules';
import { CONNECTION_OPTION_FIELDS, CONNECTION_OPTION_NAMES } from '../src/model/connection-option-fields';
import { allowedText, awsDefaultText, TUNNEL_OPTION_FIELDS, TUNNEL_OPTION_NAMES, TunnelOptionField } from '../src/model/tunnel-option-fields';

/** `|` would end a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

const HEADER = ['| Option | Provider argument | Kind | Allowed | AWS default | On change | What it does |', '| --- | --- | --- | --- | --- | --- | --- |'];

function optionRow(name: string, argument: string, f: TunnelOptionField): string {
  const change = 'replacesConnection' in f && f.replacesConnection ? 'replaces the connection' : 'in place';
  return `| \`${name}\` | \`${argument}\` | ${f.kind} | ${cell(allowedText(f))} | ${cell(awsDefaultText(f))} | ${change} | ${cell(f.doc)} |`;
}

/** The Markdown table: one row per tunnel option, in the provider's argument order. */
export function tunnelOptionsTable(): string {
  return [...HEADER, ...TUNNEL_OPTION_NAMES.map((n) => optionRow(n, `tunnelN_${TUNNEL_OPTION_FIELDS[n].argument}`, TUNNEL_OPTION_FIELDS[n]))].join('\n');
}

/** The Markdown table of the connection options (both tunnels of one connection). */
export function connectionOptionsTable(): string {
  return [...HEADER, ...CONNECTION_OPTION_NAMES.map((n) => optionRow(n, CONNECTION_OPTION_FIELDS[n].argument, CONNECTION_OPTION_FIELDS[n]))].join('\n');
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

## Connection options

Set on a device entry (\`customerGateways[i]\`): they apply to both tunnels of its connection.

${connectionOptionsTable()}
`;
}

/** The Markdown table of the validation rules, in run order (errors, then warnings). */
export function rulesTable(): string {
  return [
    '| Id | Level | What it checks | Source |',
    '| --- | --- | --- | --- |',
    ...ALL_RULES.map((r) => `| \`${r.id}\` | ${r.level} | ${cell(r.what)} | ${cell(r.source)} |`),
  ].join('\n');
}

/** The whole of `docs/rules.md`. */
export function rulesDocument(): string {
  return `# Validation rules

<!-- Generated from the rule list (src/validation/index.ts) by \`npm run docs:tables\`; do not edit by hand. -->

Every problem found in the props or a config file is reported with the id of the rule that found
it (\`ValidationIssue.ruleId\`). Errors break AWS's rules: the construct throws and the config loader
rejects the file. Warnings are legal but risky choices; they run only when there is no error.

A warning can be acknowledged by its id, with the reason, like a cdk-nag suppression:

\`\`\`json
"vpn": { "acknowledgedWarnings": { "VPN-WARN-IKEV1": "the DC1 routers speak IKEv1 only" } }
\`\`\`

An acknowledged warning is not reported; \`RedundantVpn.acknowledgedWarnings\` lists it with the
reason, and \`cdktf synth\` shows it as an info annotation. Acknowledging an unknown id or an error
rule, or giving no reason, is itself an error (\`VPN-ACK\`).

${rulesTable()}

The config file's own checks report under ${Object.values(CONFIG_RULE_IDS).map((id) => `\`${id}\``).join(', ')} (file, schema, stack level);
props that are not an object at all under \`VPN-SHAPE-PROPS\`.
`;
}

/** Every generated document: file under docs/ → its text. */
export function generatedDocs(): Record<string, string> {
  return { 'options.md': optionsDocument(), 'rules.md': rulesDocument() };
}

if (require.main === module) {
  for (const [file, text] of Object.entries(generatedDocs())) {
    const path = join(__dirname, '..', 'docs', file);
    writeFileSync(path, text);
    process.stdout.write(`wrote ${path}\n`);
  }
}
