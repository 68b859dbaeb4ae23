/**
 * Plan mode: reads `terraform show -json` of a saved plan and decides every connection from what
 * the plan says — actions, `replace_paths`, before/after values, `after_unknown` and the
 * sensitivity maps. The effect table only explains; a plan that updates in place what the table
 * calls ForceNew (a newer provider) is believed.
 *
 * A connection pinned with `lifecycle.ignore_changes` plans no change even though its
 * configuration differs from what is deployed; the plan JSON does not list ignore_changes, so the
 * difference is found by comparing the configuration section with the planned values.
 */
import { Effect, isSecretArgument, ruleFor, tunnelOf } from './effects';
import { assembleSets, VPN_RESOURCE_TYPES, VpnResourceChange } from './assemble';
import { Cause, SetImpact } from './model';
import { moduleOfAddress, nameOfAddress, parseResourceName } from './naming';
import { display, sameValue } from './values';
import { ResourceAction } from './verdict';

type Json = Record<string, any>;

/** True when `x` is `true` or holds a `true` anywhere (Terraform's after_unknown / *_sensitive maps). */
function holdsTrue(x: unknown): boolean {
  if (x === true) return true;
  if (x && typeof x === 'object') return Object.values(x as object).some(holdsTrue);
  return false;
}

/** Is `json` a `terraform show -json` plan? */
export function isPlanJson(json: unknown): json is Json {
  return !!json && typeof json === 'object' && 'format_version' in (json as Json) && ('resource_changes' in (json as Json) || 'planned_values' in (json as Json));
}

function actionOf(actions: string[]): ResourceAction {
  const has = (a: string) => actions.includes(a);
  if (has('create') && has('delete')) return 'replace';
  if (has('create')) return 'create';
  if (has('delete')) return 'delete';
  if (has('update')) return 'update';
  return 'none';
}

/** Every resource of the configuration by absolute address (child modules included). */
function configResources(module: Json | undefined, prefix = '', out = new Map<string, Json>()): Map<string, Json> {
  for (const r of module?.resources ?? []) out.set(prefix + r.address, r);
  for (const [name, call] of Object.entries<Json>(module?.module_calls ?? {})) configResources(call.module, `${prefix}module.${name}.`, out);
  return out;
}

/** Every resource of the prior state by address. */
function priorResources(module: Json | undefined, out = new Map<string, Json>()): Map<string, Json> {
  for (const r of module?.resources ?? []) out.set(r.address, r.values ?? {});
  for (const child of module?.child_modules ?? []) priorResources(child, out);
  return out;
}

/** The resource address an expression refers to (`aws_customer_gateway.X`), with the module prefix of the referring resource. */
function referencedAddress(expr: Json | undefined, modulePrefix: string): string | undefined {
  for (const ref of expr?.references ?? []) {
    const m = /^((?:module\.[^.]+\.)*(?:data\.)?aws_[a-z0-9_]+\.[^.[\]]+)/.exec(ref);
    if (m) return modulePrefix + m[1];
  }
  return undefined;
}

interface Context {
  /** Every resource change of the plan (not only the VPN's: a log group ARN is resolved too). */
  readonly changes: Map<string, Json>;
  readonly configs: Map<string, Json>;
  readonly prior: Map<string, Json>;
}

/** A value shown in a cause, or nothing when it is secret. */
function shown(argument: string, value: unknown, sensitive: unknown): string | undefined {
  if (isSecretArgument(argument) || holdsTrue(sensitive)) return undefined;
  return display(value);
}

function causeOf(type: string, address: string, argument: string, change: Json, replacing: boolean): Cause {
  const rule = ruleFor(type, argument);
  // The plan decides; say so where it disagrees with the table (another provider version).
  const note =
    rule && !replacing && rule.effect === Effect.REPLACE
      ? 'the effect table says ForceNew (hashicorp/aws 5.100.0); this plan updates it in place, so a newer provider does: decided from the plan'
      : rule && replacing && rule.effect !== Effect.REPLACE
        ? `the plan forces replacement although the effect table says "${rule.effect}": decided from the plan`
        : undefined;
  const secret = isSecretArgument(argument) || holdsTrue(change.before_sensitive?.[argument]) || holdsTrue(change.after_sensitive?.[argument]);
  const unknown = holdsTrue(change.after_unknown?.[argument]);
  return {
    address,
    argument,
    effect: rule?.effect ?? 'unclassified',
    ...(rule ? { source: rule.source } : {}),
    ...(secret
      ? { secret: true }
      : { before: shown(argument, change.before?.[argument], undefined), after: unknown ? '(known after apply)' : shown(argument, change.after?.[argument], undefined) }),
    ...(note ? { note } : {}),
  };
}

/** The arguments an in-place update changes (computed ones left out: they follow from the rest). */
function changedArguments(type: string, change: Json): string[] {
  const before: Json = change.before ?? {};
  const after: Json = change.after ?? {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => {
    if (ruleFor(type, k)?.effect === Effect.COMPUTED) return false;
    return holdsTrue(change.after_unknown?.[k]) || !sameValue(before[k], after[k]);
  });
}

const UNRESOLVED = Symbol('unresolved');

/**
 * The value the configuration asks for: constants as they are, `${aws_x.y.attr}` resolved from the
 * prior state when `aws_x.y` does not change; UNRESOLVED otherwise (then nothing is compared).
 */
function configuredValue(expr: unknown, ctx: Context, modulePrefix: string): unknown {
  if (Array.isArray(expr)) {
    // A nested block: a list of objects of expressions.
    return expr.map((block) => Object.fromEntries(Object.entries<unknown>(block ?? {}).map(([k, e]) => [k, configuredValue(e, ctx, modulePrefix)])));
  }
  const e = expr as Json | undefined;
  if (!e) return undefined;
  if (!('constant_value' in e)) return UNRESOLVED;
  const constant = e.constant_value;
  if (typeof constant !== 'string' || !constant.includes('${')) return constant;
  let unresolved = false;
  const text = constant.replace(/\$\{([^}]+)\}/g, (_, ref: string) => {
    const m = /^((?:module\.[^.]+\.)*aws_[a-z0-9_]+\.[^.]+)\.([a-z0-9_]+)$/.exec(ref);
    const address = m ? modulePrefix + m[1] : undefined;
    const target = address ? ctx.changes.get(address) : undefined;
    const value = address ? ctx.prior.get(address)?.[m![2]] : undefined;
    if (!m || value === undefined || value === null || (target && actionOf(target.change.actions) !== 'none')) unresolved = true;
    return String(value);
  });
  return unresolved ? UNRESOLVED : text;
}

/** Compares what the configuration sets with the planned value, leaf by leaf (unresolved leaves skipped). */
function differs(configured: unknown, planned: unknown): boolean {
  if (configured === UNRESOLVED) return false;
  if (Array.isArray(configured) && configured.every((c) => c && typeof c === 'object' && !Array.isArray(c))) {
    const plannedList = Array.isArray(planned) ? planned : [];
    return configured.some((block, i) =>
      Object.entries<unknown>(block).some(([k, v]) => differs(v, (plannedList[i] as Json | undefined)?.[k])),
    );
  }
  return !sameValue(configured, planned);
}

/** The tunnel arguments whose configuration differs from the planned (= deployed) value without a change planned. */
function heldBackArguments(type: string, rc: Json, ctx: Context): string[] {
  const config = ctx.configs.get(rc.address)?.expressions ?? {};
  const after: Json = rc.change.after ?? {};
  const changing = new Set(changedArguments(type, rc.change));
  const modulePrefix = moduleOfAddress(rc.address);
  const candidates = new Set([...Object.keys(after), ...Object.keys(config)].filter((k) => tunnelOf(k) !== undefined));
  const held: string[] = [];
  for (const argument of [...candidates].sort()) {
    const rule = ruleFor(type, argument);
    if (!rule || rule.effect === Effect.COMPUTED || changing.has(argument)) continue;
    const planned = after[argument];
    if (!(argument in config)) {
      // Left out: the provider keeps an Optional+Computed live value, and treats AWS's default as unset.
      if (rule.keepsLiveWhenOmitted) continue;
      if (planned === null || planned === undefined || (Array.isArray(planned) && planned.length === 0)) continue;
      if (rule.awsDefault !== undefined && String(planned) === String(rule.awsDefault)) continue;
      held.push(argument);
      continue;
    }
    if (differs(configuredValue(config[argument], ctx, modulePrefix), planned)) held.push(argument);
  }
  return held;
}

function labelOf(type: string, values: Json, device: string | undefined, deviceOfConnection: (id: unknown, ref?: string) => string | undefined, refs: Json): string {
  switch (type) {
    case 'aws_customer_gateway':
      return `${device ?? values.tags?.Name ?? '?'}${values.ip_address ? ` (${values.ip_address})` : ''}`;
    case 'aws_vpn_connection_route':
      return `${values.destination_cidr_block} via ${deviceOfConnection(values.vpn_connection_id, refs.vpn_connection_id) ?? 'its connection'}`;
    case 'aws_vpn_gateway_route_propagation':
      return `route table ${values.route_table_id}`;
    case 'aws_vpn_gateway':
      return `${values.id ?? 'new gateway'}${values.amazon_side_asn ? ` (ASN ${values.amazon_side_asn})` : ''}`;
    case 'aws_vpn_gateway_attachment':
      return `to ${values.vpc_id ?? 'the VPC'}`;
    default:
      return device ?? values.tags?.Name ?? '?';
  }
}

/** The changes of the VPN resources in one plan. */
export function planChanges(plan: Json): VpnResourceChange[] {
  const resourceChanges: Json[] = (plan.resource_changes ?? []).filter((rc: Json) => rc.mode === 'managed' && VPN_RESOURCE_TYPES.has(rc.type));
  const ctx: Context = {
    changes: new Map((plan.resource_changes ?? []).map((rc: Json) => [rc.address, rc])),
    configs: configResources(plan.configuration?.root_module),
    prior: priorResources(plan.prior_state?.values?.root_module),
  };
  // What a resource is, for its label: as deployed (before), or as planned for a new one.
  const valuesOf = (rc: Json): Json => ({ ...stripNull(rc.change.after ?? {}), ...stripNull(rc.change.before ?? {}) });
  const connectionsById = new Map<string, Json>();
  for (const rc of resourceChanges) {
    if (rc.type !== 'aws_vpn_connection') continue;
    for (const v of [rc.change.before?.id, rc.change.after?.id]) if (typeof v === 'string') connectionsById.set(v, rc);
  }
  const deviceOf = (rc: Json | undefined): string | undefined =>
    rc ? (parseResourceName(nameOfAddress(rc.address))?.device ?? valuesOf(rc).tags?.Name ?? nameOfAddress(rc.address)) : undefined;
  const deviceOfConnection = (id: unknown, ref?: string) => deviceOf((typeof id === 'string' ? connectionsById.get(id) : undefined) ?? (ref ? ctx.changes.get(ref) : undefined));

  return resourceChanges.map((rc): VpnResourceChange => {
    const change = rc.change;
    const action = actionOf(change.actions ?? []);
    const values = valuesOf(rc);
    const modulePrefix = moduleOfAddress(rc.address);
    const expressions: Json = ctx.configs.get(rc.address)?.expressions ?? {};
    const refs: Json = Object.fromEntries(Object.keys(expressions).map((k) => [k, referencedAddress(expressions[k], modulePrefix)]));
    const naming = parseResourceName(nameOfAddress(rc.address));
    let causes: Cause[] = [];
    if (action === 'replace') {
      const paths: unknown[][] = change.replace_paths ?? [];
      const args = [...new Set(paths.map((p) => p[0]).filter((a): a is string => typeof a === 'string'))];
      const fallback = args.length > 0 ? args : changedArguments(rc.type, change).filter((a) => ruleFor(rc.type, a)?.effect === Effect.REPLACE);
      causes = fallback.map((a) => causeOf(rc.type, rc.address, a, change, true));
    } else if (action === 'update') {
      causes = changedArguments(rc.type, change).map((a) => causeOf(rc.type, rc.address, a, change, false));
    }
    const connection = rc.type === 'aws_vpn_connection';
    const routeTarget = rc.type === 'aws_vpn_connection_route' ? (connectionsById.get(values.vpn_connection_id) ?? ctx.changes.get(refs.vpn_connection_id)) : undefined;
    const gatewayIds = [change.before?.vpn_gateway_id, change.after?.vpn_gateway_id, change.before?.transit_gateway_id, change.after?.transit_gateway_id];
    const tokens =
      rc.type === 'aws_vpn_gateway'
        ? [rc.address, change.before?.id, change.after?.id]
        : rc.type === 'aws_vpn_connection_route'
          ? [routeTarget?.address, refs.vpn_connection_id, values.vpn_connection_id]
          : rc.type === 'aws_customer_gateway'
            ? [rc.address, change.before?.id]
            : [refs.vpn_gateway_id, refs.transit_gateway_id, ...gatewayIds, ...(connection ? [rc.address, change.before?.id, refs.customer_gateway_id, change.before?.customer_gateway_id] : [])];
    if (naming) tokens.push(`construct:${modulePrefix}${naming.set}`);
    const device = connection || rc.type === 'aws_customer_gateway' ? deviceOf(rc) : routeTarget ? deviceOf(routeTarget) : undefined;
    return {
      address: rc.address,
      type: rc.type,
      action,
      causes,
      sensitivityOnly: action === 'update' && causes.length === 0,
      heldBack: connection && action !== 'replace' && action !== 'create' && action !== 'delete' ? heldBackArguments(rc.type, rc, ctx) : [],
      tokens,
      setName: naming ? `${modulePrefix}${naming.set}` : undefined,
      device,
      label: labelOf(rc.type, values, device, deviceOfConnection, refs),
      refersTo: { customer_gateway_id: refs.customer_gateway_id, vpn_gateway_id: refs.vpn_gateway_id },
    };
  });
}

function stripNull(values: Json): Json {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined));
}

/** Plan mode: the sets of one plan. `source` names it in the report (the file, the stack). */
export function analyzePlan(plan: Json, source: string): SetImpact[] {
  return assembleSets(source, planChanges(plan));
}
