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
import { withoutUndefined } from './without-undefined';

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
