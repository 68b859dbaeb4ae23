/**
 * `defaults` under a stack entry: plain objects are merged key by key (recursively), anything
 * else — strings, numbers, booleans and arrays — is taken from the stack entry when it has it.
 * Arrays are replaced whole on purpose: merging `customerGateways` or `routeTableIds` element by
 * element would silently mix two sites' devices.
 */
import { isPlainObject } from '../internal/plain-object';

type Obj = Record<string, unknown>;

/** A new object: `base` with `override` deep-merged over it (neither input is changed). */
export function mergeDefaults(base: unknown, override: unknown): unknown {
  if (override === undefined) return clone(base);
  if (!isPlainObject(base) || !isPlainObject(override)) return clone(override);
  const out: Obj = clone(base) as Obj;
  for (const [key, value] of Object.entries(override)) out[key] = mergeDefaults(base[key], value);
  return out;
}

function clone(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clone);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]));
  return v;
}
