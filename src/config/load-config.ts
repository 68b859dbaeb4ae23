/**
 * Turns a JSON or YAML config file into stack specs: parse, check the shape against the schema,
 * then run the AWS rules on every stack's `vpn`. Every problem of the file is reported at once.
 */
import { Static, TSchema } from '@sinclair/typebox';
import { Value, ValueError } from '@sinclair/typebox/value';
import { RedundantVpnProps } from '../model/props';
import { InputFileError, parseJsonText, readTextFile, yamlErrorReason } from '../internal/read-json-file';
import { Reporter, showValue, ValidationIssue, VpnValidationError } from '../validation/issues';
import { validateVpnProps } from '../validation';
import { transitGatewayOnlyReason } from '../validation/transit-gateway-only';
import { ConfigSchema, StackSchema } from './schema';
import { issuePathUnder } from './issue-path';
import { resolveStacks } from './resolve-stacks';
import { CONFIG_RULE_IDS, checkStacks, vpnPropsOf } from './stack-rules';

/**
 * One stack of the config file, ready for {@link VpnStack}: defaults merged, and the `assumeRoleArn`
 * shorthand already turned into `assumeRole` (resolve-stacks.ts).
 */
export interface StackSpec extends Omit<Static<typeof StackSchema>, 'vpn' | 'assumeRoleArn'> {
  readonly vpn: RedundantVpnProps;
}

/** Reads, parses and validates a config file; throws {@link VpnValidationError} naming the file. */
export function loadConfigFile(file: string): StackSpec[] {
  return parseConfig(parseFile(file), file);
}

/** Reads and parses by file extension: `.yaml`/`.yml` as YAML, anything else as JSON. No message quotes the file (it can hold keys). */
function parseFile(file: string): unknown {
  const fail = (message: string) => new VpnValidationError([{ path: '$', message, ruleId: CONFIG_RULE_IDS.file }], `Config file ${file}`);
  let text: string;
  try {
    text = readTextFile(file, 'Config file');
    if (!/\.ya?ml$/i.test(file)) return parseJsonText(text, file, 'Config file');
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    throw fail(e.kind === 'json' ? `${e.reason}: ${e.detail}` : e.reason);
  }
  try {
    // YAML is loaded only for YAML files: JSON configs and the default app never pay for it.
    // logLevel 'error': yaml's warnings (an unresolved tag, …) would print the file's text on stderr.
    return (require('yaml') as typeof import('yaml')).parse(text, { logLevel: 'error' });
  } catch (e) {
    throw fail(`not valid YAML: ${yamlErrorReason(e)}`);
  }
}

/** Validates an already parsed config object; `source` names it in errors. */
export function parseConfig(raw: unknown, source: string): StackSpec[] {
  const shapeIssues = schemaIssues(ConfigSchema, raw);
  if (shapeIssues.length > 0) throw new VpnValidationError(shapeIssues, `Config file ${source}`);

  const config = raw as Static<typeof ConfigSchema>;
  const report = new Reporter(CONFIG_RULE_IDS.stack);
  const merged = resolveStacks(config, report, (stack, requiredWhere) => schemaIssues(StackSchema, stack, requiredWhere));
  const specs = merged.map((s) => s as unknown as StackSpec);
  specs.forEach((spec, i) => {
    if (!spec) return;
    // The props the construct will get: a stack without `vpn.name` lends its own name (stacks[i].name).
    const vpnReport = validateVpnProps(vpnPropsOf(spec));
    const lentName = spec.vpn.name === undefined;
    const nameReported = report.errors.some((e) => e.path === `stacks[${i}].name`);
    for (const issue of vpnReport.errors) {
      if (issue.path === 'name' && lentName) {
        // An unsafe stack name is already reported there, by the stack rules.
        if (!nameReported) report.errors.push({ ...issue, path: `stacks[${i}].name` });
        continue;
      }
      report.errors.push({ ...issue, path: issuePathUnder(`stacks[${i}].vpn`, issue.path) });
    }
  });
  checkStacks(specs, report);
  if (report.errors.length > 0) throw new VpnValidationError(report.errors, `Config file ${source}`);
  return specs;
}

/**
 * Shape errors as `path: value — expected …`, one per path (the first, most specific).
 * `requiredWhere` says where a missing required field can be given (`required field, <where> (…)`).
 */
export function schemaIssues(schema: TSchema, value: unknown, requiredWhere?: string): ValidationIssue[] {
  const byPath = new Map<string, ValidationIssue>();
  for (const error of Value.Errors(schema, value)) {
    const path = jsonPath(error.path);
    if (!byPath.has(path)) byPath.set(path, { path, message: describe(error, requiredWhere), ruleId: CONFIG_RULE_IDS.schema });
  }
  return [...byPath.values()];
}

/** `/stacks/0/vpn/routing` → `stacks[0].vpn.routing`; the root is `$`. */
function jsonPath(pointer: string): string {
  if (pointer === '') return '$';
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function describe(error: ValueError, requiredWhere?: string): string {
  const schema = error.schema as TSchema & { anyOf?: { const?: unknown }[]; minItems?: number; type?: string };
  const given = showValue(error.value);
  if (error.message === 'Unexpected property') {
    const tgw = transitGatewayOnlyReason(error.path.split('/').pop() ?? '');
    if (tgw) return `${given} — ${tgw.rule} (${tgw.allowed})`;
    return `${given} — unknown field (check the spelling; see config.schema.json)`;
  }
  if (error.value === undefined) return `(missing) — required field${requiredWhere ? `, ${requiredWhere}` : ''} (${expected(schema)})`;
  if (schema.anyOf?.every((s) => s.const !== undefined)) {
    return `${given} — not an allowed value (one of ${schema.anyOf.map((s) => JSON.stringify(s.const)).join(', ')}; case-sensitive)`;
  }
  if (schema.type === 'array' && Array.isArray(error.value) && schema.minItems !== undefined) {
    return `${given} — too few entries (at least ${schema.minItems})`;
  }
  return `${given} — wrong type (${expected(schema)})`;
}

function expected(schema: TSchema & { type?: string; description?: string }): string {
  const kind = schema.type === 'integer' ? 'a whole number' : schema.type ? `a${/^[aeiou]/.test(schema.type) ? 'n' : ''} ${schema.type}` : 'a value';
  return schema.description ? `${kind}: ${schema.description}` : kind;
}
