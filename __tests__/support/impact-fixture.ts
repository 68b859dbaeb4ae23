/** The recorded real plan of every safe-change scenario (see __tests__/provider/impact-safe-changes.test.ts), and views of it. */
import { readFileSync } from 'fs';
import { PLAN_FIXTURE } from './impact-expectations';

export type Json = Record<string, any>;

let cached: string | undefined;

/** A fresh copy of the recorded plan (tests may change it). */
export function recordedPlan(): Json {
  cached ??= readFileSync(PLAN_FIXTURE, 'utf8');
  return JSON.parse(cached);
}

/** The recorded plan with only the resource changes of the given scenario sets (construct ids). */
export function planOf(...sets: string[]): Json {
  const plan = recordedPlan();
  plan.resource_changes = plan.resource_changes.filter((rc: Json) => sets.some((s) => rc.name.startsWith(`${s}_`)));
  return plan;
}

/** The resource change of `set`'s resource whose name starts with `<set>_<id>` (e.g. `VpnConnection-edge-a`). */
export function changeOf(plan: Json, set: string, id: string): Json {
  const rc = plan.resource_changes.find((r: Json) => r.name.startsWith(`${set}_${id}_`));
  if (!rc) throw new Error(`no resource ${set}_${id} in the plan`);
  return rc;
}
