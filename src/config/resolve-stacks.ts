/**
 * From the file's `defaults` and `stacks` to one complete spec per stack: check each layer as
 * written, turn the `assumeRoleArn` shorthand into `assumeRole`, merge `defaults` under every
 * entry, and check that the merged stack has every required field.
 */
import { Static } from '@sinclair/typebox';
import { Reporter, ValidationIssue } from '../validation/issues';
import { issuePathUnder } from './issue-path';
import { mergeDefaults } from './merge-defaults';
import { ConfigSchema } from './schema';
import { checkStackLayer, StackLayer } from './stack-rules';

type Layer = StackLayer & Record<string, unknown>;

/**
 * The merged stacks, index for index with `config.stacks`; `undefined` where the merged stack
 * is still incomplete (reported). `shapeOf` checks a merged stack against the stack schema,
 * saying where a missing required field can be given (`requiredWhere`).
 */
export function resolveStacks(
  config: Static<typeof ConfigSchema>,
  report: Reporter,
  shapeOf: (stack: unknown, requiredWhere: string) => ValidationIssue[],
): (Record<string, unknown> | undefined)[] {
  const defaults = (config.defaults ?? {}) as Layer;
  checkStackLayer(defaults, 'defaults', report);
  const base = normalize(defaults);
  return config.stacks.map((entry, i) => {
    const path = `stacks[${i}]`;
    checkStackLayer(entry as Layer, path, report);
    const merged = mergeDefaults(base, normalize(entry as Layer)) as Record<string, unknown>;
    // Types were checked per layer already: what is left is a field neither layer gives.
    const missing = shapeOf(merged, 'on the stack or in defaults');
    for (const issue of missing) report.errors.push({ ...issue, path: issuePathUnder(path, issue.path) });
    return missing.length === 0 ? merged : undefined;
  });
}

/** `assumeRoleArn` is shorthand for `assumeRole.roleArn`, resolved per layer before merging. */
function normalize(layer: Layer): Layer {
  if (layer.assumeRoleArn === undefined || layer.assumeRole !== undefined) return layer;
  const { assumeRoleArn, ...rest } = layer;
  return { ...rest, assumeRole: { roleArn: assumeRoleArn } };
}
