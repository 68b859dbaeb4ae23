/** A leaf module (no imports): drops `undefined` members, for provider arguments built from optional props. */

/**
 * `value` without `undefined` members, recursively through plain objects and arrays. Everything
 * else — tokens and other class instances, `null`, `false`, `0`, `''`, empty objects — is kept as
 * it is, so that cdktf resolves exactly what it would have resolved.
 */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.filter((item) => item !== undefined).map((item) => withoutUndefined(item)) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value; // a token or other instance
  const result: Record<string, unknown> = {};
  const object = value as Record<string, unknown>;
  // for…in over a plain object: its own enumerable keys (no prototype members), without the
  // entry arrays Object.entries allocates; this runs for every argument of every resource.
  for (const key in object) {
    const member = object[key];
    if (member !== undefined) result[key] = withoutUndefined(member);
  }
  return result as T;
}
