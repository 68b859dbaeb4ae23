/**
 * Provider resource classes that hand cdktf only the arguments that are set.
 *
 * Why: a generated provider class returns every argument of its schema from
 * `synthesizeAttributes()`, set or not — about 90 keys for `aws_vpn_connection`, most of them
 * `undefined`. cdktf then resolves each key (regular-expression token scans on the key and the
 * value) in two of its three resolve passes before it drops the undefined ones. Dropping them first
 * leaves the JSON byte for byte the same and removes a large share of the synth time of a
 * many-site stack (`npm run bench`, `node --cpu-prof`).
 *
 * The classes returned are subclasses: `instanceof`, the public types (`VpnConnection`, …), jsii
 * type information and every construct id and logical id stay those of the provider class.
 */
import type { TerraformResource } from 'cdktf';

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

// The mixin pattern: TypeScript requires exactly `any[]` constructor parameters here.
type ResourceClass = new (...args: any[]) => TerraformResource;

/**
 * A subclass of the provider class `Base` whose synthesized arguments contain no `undefined`
 * members. Typed as `Base` itself: constructor props and properties are checked as usual.
 */
export function lean<C extends ResourceClass>(Base: C): C {
  return class extends Base {
    protected synthesizeAttributes(): { [name: string]: unknown } {
      return withoutUndefined(super.synthesizeAttributes());
    }
  };
}
