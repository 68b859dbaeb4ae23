/**
 * One provider verdict for many configurations: batch them (batch.ts), write the batch with the
 * offline provider block, `terraform init` and `terraform validate -json`, and give each diagnostic
 * back to the stack that owns its resource. Prints where the provider came from, what the check ran
 * on, which arguments this provider version could not check, and how long it took.
 */
import { Batch, batchStacks, Json, resourceCount } from './batch';
import { describeSetup, newerProviderOnlyArguments, offlineProviderOverride, providerSetup, TerraformDir, ValidateResult } from './terraform';

export type Diagnostic = ValidateResult['diagnostics'][number];

export interface BatchVerdict {
  readonly result: ValidateResult;
  /** Diagnostics per stack key (stacks without any are absent). */
  readonly byStack: Map<string, Diagnostic[]>;
  /** Diagnostics no stack owns (no address, or an address not in the batch): a check that is broken. */
  readonly unowned: Diagnostic[];
  readonly batch: Batch;
  readonly resources: number;
  readonly seconds: number;
  /** Arguments removed because this provider version does not know them (resource addresses). */
  readonly dropped: string[];
}

/** Validates `stacks` in one configuration with the real provider; `label` names the run in the log. */
export function validateStacks(label: string, stacks: ReadonlyArray<{ readonly key: string; readonly json: Json }>): BatchVerdict {
  const setup = providerSetup();
  const started = Date.now();
  const batch = batchStacks(stacks);
  const dir = new TerraformDir(setup, 'vpn-tf-batch-');
  try {
    const dropped = dir.write(batch.json, offlineProviderOverride());
    dir.init();
    const result = dir.validate();
    const byStack = new Map<string, Diagnostic[]>();
    const unowned: Diagnostic[] = [];
    for (const d of result.diagnostics) {
      const owner = d.address ? batch.ownerOf.get(d.address) : undefined;
      if (owner === undefined) unowned.push(d);
      else byStack.set(owner, [...(byStack.get(owner) ?? []), d]);
    }
    const seconds = (Date.now() - started) / 1000;
    const resources = resourceCount(batch.json);
    const lines = [
      `[provider check] ${label}: ${stacks.length} configurations, ${resources} resources in one batch, provider ${describeSetup(setup)}`,
      `[provider check] ${label}: ${result.error_count} errors, ${result.warning_count} warnings in ${seconds.toFixed(1)} s`,
    ];
    const notChecked = notCheckedText(setup.version, dropped);
    if (notChecked) lines.push(`[provider check] ${label}: ${notChecked}`);
    console.log(lines.join('\n'));
    return { result, byStack, unowned, batch, resources, seconds, dropped };
  } finally {
    dir.remove();
  }
}

/** "not checked by provider 5.100: <argument> (since 6.0.0) in N resources, …", or '' when nothing was dropped. */
export function notCheckedText(version: string, dropped: string[]): string {
  if (dropped.length === 0) return '';
  const parts = newerProviderOnlyArguments(version).map((rule) => {
    const leaf = rule.path.split('.').pop()!;
    const n = new Set(dropped.filter((d) => d.startsWith(`${rule.resource}.`) && d.endsWith(`.${leaf}`)).map((d) => d.split('.').slice(0, 2).join('.'))).size;
    return n > 0 ? `${rule.resource}.${rule.path} (since ${rule.since}) in ${n} resource${n === 1 ? '' : 's'}` : '';
  });
  return `not checked by provider ${version.split('.').slice(0, 2).join('.')}: ${parts.filter(Boolean).join(', ')}`;
}

/** One diagnostic in one line, for failure messages. */
export function diagnosticText(d: Diagnostic): string {
  return `${d.severity}: ${d.address ?? '(no address)'}: ${d.summary}${d.detail ? ` — ${d.detail}` : ''}`;
}
