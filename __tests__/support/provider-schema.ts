/**
 * The AWS provider schema as the installed `@cdktf/provider-aws` states it, and a checker for
 * synthesized stack JSON against it.
 *
 * The source is the package's `.jsii` assembly (130 MB): every resource class names its Terraform
 * type and config struct; every struct property gives optional/required, the type, and (in its
 * "Docs at Terraform Registry" link) the provider's snake_case attribute name. Parsing it takes a
 * few seconds, so the schema of just the types the tests meet is cached under
 * node_modules/.cache, keyed by package version and assembly size, and re-derived lazily when a
 * new type shows up.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { VPN_RESOURCE_TYPES } from '../../src/impact/assemble';

export type AttrType =
  | { readonly kind: 'string' | 'number' | 'boolean' | 'any' }
  | { readonly kind: 'list' | 'map'; readonly element: AttrType }
  | { readonly kind: 'block'; readonly block: BlockSchema };

export interface AttrSchema {
  readonly required: boolean;
  readonly type: AttrType;
}

export interface BlockSchema {
  readonly attributes: Record<string, AttrSchema>;
}

interface CachedSchema {
  readonly key: string;
  /** From the registry links, e.g. `6.25.0`. */
  readonly providerVersion: string;
  readonly resourceTypes: string[];
  readonly dataSourceTypes: string[];
  readonly provider: BlockSchema;
  readonly resources: Record<string, BlockSchema>;
  readonly dataSources: Record<string, BlockSchema>;
}

const PACKAGE_DIR = dirname(require.resolve('@cdktf/provider-aws/package.json'));
const ASSEMBLY = join(PACKAGE_DIR, '.jsii');
const CACHE_DIR = join(PACKAGE_DIR, '..', '..', '.cache', 'vpn-provider-schema');

/** The types our stacks use: derived up front so one parse serves every test file. */
const INITIAL_RESOURCES = [...VPN_RESOURCE_TYPES];

/** Terraform meta-arguments cdktf may write on any resource (from cdktf's TerraformMetaArguments). */
const META_ARGUMENTS = new Set(['//', 'depends_on', 'count', 'for_each', 'lifecycle', 'provider', 'provisioner', 'connection']);

let memo: CachedSchema | undefined;

function cacheKey(): string {
  const version = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')).version as string;
  return `${version}-${statSync(ASSEMBLY).size}`;
}

/** The schema covering at least the given types (from memory, the cache file, or the assembly). */
export function providerSchema(resources: string[] = [], dataSources: string[] = []): CachedSchema {
  const covers = (s: CachedSchema) =>
    resources.every((t) => t in s.resources || !s.resourceTypes.includes(t)) &&
    dataSources.every((t) => t in s.dataSources || !s.dataSourceTypes.includes(t));
  if (memo && covers(memo)) return memo;
  const key = cacheKey();
  const file = join(CACHE_DIR, `${key}.json`);
  if (!memo && existsSync(file)) {
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as CachedSchema;
      if (cached.key === key) memo = cached;
    } catch {
      // A torn or stale cache is simply re-derived.
    }
    if (memo && covers(memo)) return memo;
  }
  const derived = derive(key, [...new Set([...INITIAL_RESOURCES, ...resources, ...Object.keys(memo?.resources ?? {})])], [
    ...new Set([...dataSources, ...Object.keys(memo?.dataSources ?? {})]),
  ]);
  mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(derived));
  renameSync(tmp, file); // atomic: parallel workers never read half a file
  memo = derived;
  return derived;
}

interface JsiiType {
  kind: string;
  docs?: { summary?: string; remarks?: string };
  initializer?: { parameters?: { type: JsiiTypeRef }[] };
  properties?: { name: string; optional?: boolean; type: JsiiTypeRef; docs?: { summary?: string; remarks?: string } }[];
  interfaces?: string[];
}
type JsiiTypeRef = { primitive?: string; fqn?: string; collection?: { kind: string; elementtype: JsiiTypeRef }; union?: { types: JsiiTypeRef[] } };

function derive(key: string, resources: string[], dataSources: string[]): CachedSchema {
  const assembly = JSON.parse(readFileSync(ASSEMBLY, 'utf8')) as { types: Record<string, JsiiType> };
  const types = assembly.types;
  const configOf: Record<'resources' | 'data-sources', Map<string, string>> = { resources: new Map(), 'data-sources': new Map() };
  let providerVersion = '';
  let providerConfig = '';
  for (const [fqn, type] of Object.entries(types)) {
    if (type.kind !== 'class') continue;
    const summary = type.docs?.summary ?? '';
    const config = type.initializer?.parameters?.[2]?.type.fqn;
    const m = /registry\.terraform\.io\/providers\/hashicorp\/aws\/([\d.]+)\/docs(?:\/(resources|data-sources)\/\w+)? (aws\w*)\}/.exec(summary);
    if (!m || !config) continue;
    if (!m[2]) {
      providerVersion = m[1];
      providerConfig = config;
    } else {
      configOf[m[2] as 'resources' | 'data-sources'].set(m[3], config);
    }
    void fqn;
  }
  const block = (fqn: string): BlockSchema => {
    const attributes: Record<string, AttrSchema> = {};
    for (const p of types[fqn]?.properties ?? []) {
      const docs = `${p.docs?.summary ?? ''} ${p.docs?.remarks ?? ''}`;
      const name = /#(\w+) \w+#\w+\}/.exec(docs)?.[1] ?? p.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      attributes[name] = { required: !p.optional, type: attrType(p.type) };
    }
    return { attributes };
  };
  const attrType = (ref: JsiiTypeRef): AttrType => {
    if (ref.union) {
      // `boolean | IResolvable`, `IResolvable | Struct[]`: the non-token member decides.
      const real = ref.union.types.find((t) => t.fqn !== 'cdktf.IResolvable');
      return real ? attrType(real) : { kind: 'any' };
    }
    if (ref.primitive) return ref.primitive === 'string' || ref.primitive === 'number' || ref.primitive === 'boolean' ? { kind: ref.primitive } : { kind: 'any' };
    if (ref.collection) return { kind: ref.collection.kind === 'map' ? 'map' : 'list', element: attrType(ref.collection.elementtype) };
    if (ref.fqn && types[ref.fqn]?.kind === 'interface') return { kind: 'block', block: block(ref.fqn) };
    return { kind: 'any' };
  };
  const pick = (kind: 'resources' | 'data-sources', names: string[]) =>
    Object.fromEntries(names.filter((n) => configOf[kind].has(n)).map((n) => [n, block(configOf[kind].get(n)!)]));
  return {
    key,
    providerVersion,
    resourceTypes: [...configOf.resources.keys()].sort(),
    dataSourceTypes: [...configOf['data-sources'].keys()].sort(),
    provider: block(providerConfig),
    resources: pick('resources', resources),
    dataSources: pick('data-sources', dataSources),
  };
}

/** A Terraform expression: accepted for any type (its value is known at apply time). */
const isExpression = (v: unknown) => typeof v === 'string' && v.includes('${');

function checkValue(path: string, value: unknown, type: AttrType, out: string[]): void {
  if (value === null || isExpression(value)) return;
  switch (type.kind) {
    case 'any':
      return;
    case 'string':
    case 'number':
    case 'boolean':
      if (typeof value !== type.kind) out.push(`${path}: ${JSON.stringify(value)} is not a ${type.kind}`);
      return;
    case 'list':
      if (!Array.isArray(value)) out.push(`${path}: ${JSON.stringify(value)} is not a list`);
      else value.forEach((v, i) => checkValue(`${path}[${i}]`, v, type.element, out));
      return;
    case 'map':
      if (typeof value !== 'object' || Array.isArray(value)) out.push(`${path}: ${JSON.stringify(value)} is not a map`);
      else for (const [k, v] of Object.entries(value as object)) checkValue(`${path}.${k}`, v, type.element, out);
      return;
    case 'block':
      // A nested block is one object (max 1) or a list of objects.
      for (const [i, item] of (Array.isArray(value) ? value : [value]).entries()) {
        checkBlock(Array.isArray(value) ? `${path}[${i}]` : path, item, type.block, out, false);
      }
  }
}

function checkBlock(path: string, body: unknown, schema: BlockSchema, out: string[], topLevel: boolean): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    out.push(`${path}: not an object`);
    return;
  }
  const record = body as Record<string, unknown>;
  for (const [name, value] of Object.entries(record)) {
    const attr = schema.attributes[name];
    if (attr) checkValue(`${path}.${name}`, value, attr.type, out);
    else if (!(topLevel && META_ARGUMENTS.has(name))) out.push(`${path}.${name}: unknown attribute`);
  }
  for (const [name, attr] of Object.entries(schema.attributes)) {
    if (attr.required && record[name] === undefined) out.push(`${path}.${name}: required attribute missing`);
  }
}

/** Every deviation of one synthesized stack from the provider schema; empty when it conforms. */
export function schemaProblems(stack: Record<string, any>): string[] {
  const out: string[] = [];
  const resourceTypes = Object.keys(stack.resource ?? {});
  const dataTypes = Object.keys(stack.data ?? {});
  const schema = providerSchema(resourceTypes, dataTypes);
  for (const type of resourceTypes) {
    const blockSchema = schema.resources[type];
    if (!blockSchema) {
      out.push(`resource.${type}: unknown resource type`);
      continue;
    }
    for (const [name, body] of Object.entries(stack.resource[type] as object)) checkBlock(`resource.${type}.${name}`, body, blockSchema, out, true);
  }
  for (const type of dataTypes) {
    const blockSchema = schema.dataSources[type];
    if (!blockSchema) {
      out.push(`data.${type}: unknown data source`);
      continue;
    }
    for (const [name, body] of Object.entries(stack.data[type] as object)) checkBlock(`data.${type}.${name}`, body, blockSchema, out, true);
  }
  for (const [name, configs] of Object.entries(stack.provider ?? {})) {
    if (name !== 'aws') {
      out.push(`provider.${name}: not the AWS provider (no schema checked)`);
      continue;
    }
    (configs as unknown[]).forEach((config, i) => checkBlock(`provider.aws[${i}]`, config, schema.provider, out, true));
  }
  return out;
}
