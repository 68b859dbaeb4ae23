/**
 * Many independent stacks in one Terraform configuration, so one `terraform validate` (one provider
 * start, a few seconds) judges hundreds of them.
 *
 * Each stack's resources, data sources, outputs and variables get the stack's prefix (`s12_…`), and
 * every reference to them — `${aws_x.name.attr}` inside strings, plain addresses in `depends_on` —
 * is rewritten to the prefixed name. The provider block is NOT merged: the check writes one offline
 * provider for the whole batch (TerraformDir.write with offlineProviderOverride()). Diagnostics carry
 * the resource address, which maps back to the stack that owns it.
 */
export type Json = Record<string, any>;

/** One merged configuration and, per resource address, the key of the stack it came from. */
export interface Batch {
  readonly json: Json;
  readonly ownerOf: Map<string, string>;
}

/** Top-level blocks of synthesized JSON that the batch either merges or deliberately drops. */
const MERGED = ['resource', 'data', 'output', 'variable'] as const;
/** `terraform` (backend, required_providers) and `provider` are replaced by the check's own; `//` is cdktf metadata. */
const DROPPED = ['//', 'terraform', 'provider'];

/** Merges `stacks` (key → synthesized JSON) into one configuration; throws on a block it cannot rename. */
export function batchStacks(stacks: ReadonlyArray<{ readonly key: string; readonly json: Json }>): Batch {
  const merged: Json = {};
  const ownerOf = new Map<string, string>();
  stacks.forEach(({ key, json }, i) => {
    const unknown = Object.keys(json).filter((k) => !(MERGED as readonly string[]).includes(k) && !DROPPED.includes(k));
    if (unknown.length > 0) throw new Error(`stack ${key}: cannot batch top-level block(s) ${unknown.join(', ')}`);
    const prefix = `s${i}_`;
    const renamed = renameAll(json, prefix);
    for (const block of MERGED) {
      if (!renamed[block]) continue;
      merged[block] ??= {};
      if (block === 'resource' || block === 'data') {
        for (const [type, byName] of Object.entries<Json>(renamed[block])) {
          merged[block][type] ??= {};
          for (const [name, body] of Object.entries(byName)) {
            merged[block][type][name] = body;
            ownerOf.set(`${block === 'data' ? 'data.' : ''}${type}.${name}`, key);
          }
        }
      } else {
        Object.assign(merged[block], renamed[block]);
      }
    }
  });
  return { json: merged, ownerOf };
}

/** The stack's merged blocks with every name prefixed and every reference rewritten. */
function renameAll(json: Json, prefix: string): Json {
  const names = new Map<string, string>(); // old reference root → new one
  for (const [type, byName] of Object.entries<Json>(json.resource ?? {})) {
    for (const name of Object.keys(byName)) names.set(`${type}.${name}`, `${type}.${prefix}${name}`);
  }
  for (const [type, byName] of Object.entries<Json>(json.data ?? {})) {
    for (const name of Object.keys(byName)) names.set(`data.${type}.${name}`, `data.${type}.${prefix}${name}`);
  }
  for (const name of Object.keys(json.variable ?? {})) names.set(`var.${name}`, `var.${prefix}${name}`);
  // A reference root: `type.name` or `data.type.name` or `var.name`, not preceded by a name character
  // or a dot (so `x.aws_vpn_gateway.y` never matches) and followed by a non-name character.
  const reference = /(?<![A-Za-z0-9_.-])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)(?![A-Za-z0-9_-])/g;
  const rewrite = (s: string) => s.replace(reference, (m: string) => names.get(m) ?? m);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return rewrite(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const out: Json = {};
  for (const block of MERGED) {
    const body = json[block];
    if (!body) continue;
    if (block === 'resource' || block === 'data') {
      out[block] = Object.fromEntries(
        Object.entries<Json>(body).map(([type, byName]) => [type, Object.fromEntries(Object.entries(byName).map(([n, b]) => [prefix + n, walk(b)]))]),
      );
    } else {
      out[block] = Object.fromEntries(Object.entries<Json>(body).map(([n, b]) => [prefix + n, walk(b)]));
    }
  }
  return out;
}

/** Counts resources per type in a configuration. */
export function resourceCount(json: Json): number {
  return Object.values<Json>(json.resource ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
}
