/**
 * Advisory mode: no plan (no credentials, no state), only the synthesized JSON of a stack before
 * and after the change. Every changed argument is looked up in the effect table; a replaced
 * resource changes what refers to it (a replaced customer gateway moves its connection, a
 * replaced connection re-creates its routes). The result is what the table predicts, not what a
 * provider decides: the report says so.
 */
import { Effect, isSecretArgument, ruleFor } from './effects';
import { assembleSets, VPN_RESOURCE_TYPES, VpnResourceChange } from './assemble';
import { Cause, SetImpact } from './model';
import { parseMetadataPath, parseResourceName } from './naming';
import { display, sameValue } from './values';
import { ResourceAction } from './verdict';

type Json = Record<string, any>;

/** Terraform meta-arguments: never a change to the resource itself. */
const META = new Set(['//', 'lifecycle', 'depends_on', 'provider', 'count', 'for_each', 'provisioner', 'connection']);

/** Is `json` a synthesized cdktf stack (`cdk.tf.json`)? */
export function isSynthJson(json: unknown): json is Json {
  return !!json && typeof json === 'object' && ('resource' in (json as Json) || 'terraform' in (json as Json)) && !('format_version' in (json as Json));
}

interface SynthResource {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly body: Json;
}

function vpnResources(json: Json): Map<string, SynthResource> {
  const out = new Map<string, SynthResource>();
  for (const [type, byName] of Object.entries<Json>(json.resource ?? {})) {
    if (!VPN_RESOURCE_TYPES.has(type)) continue;
    for (const [name, body] of Object.entries<Json>(byName)) out.set(`${type}.${name}`, { address: `${type}.${name}`, type, name, body });
  }
  return out;
}

/** The address a `${aws_x.y.attr}` value refers to. */
function refOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /\$\{(aws_[a-z0-9_]+\.[^.}]+)\.[a-z0-9_]+\}/.exec(value)?.[1];
}

function causeFor(type: string, address: string, argument: string, before: unknown, after: unknown, note?: string): Cause {
  const rule = ruleFor(type, argument);
  return {
    address,
    argument,
    effect: rule?.effect ?? 'unclassified',
    ...(rule ? { source: rule.source } : {}),
    ...(isSecretArgument(argument) ? { secret: true } : { before: display(before), after: refOf(after) ? `(the new ${refOf(after)!.split('.')[0]})` : display(after) }),
    ...(note ? { note } : {}),
  };
}

/** The changed arguments of one resource present in both outputs, and the ones held back by ignore_changes. */
function diff(before: SynthResource, after: SynthResource): { causes: Cause[]; held: string[] } {
  const ignore: unknown = after.body.lifecycle?.ignore_changes;
  const ignored = (arg: string) => ignore === 'all' || (Array.isArray(ignore) && ignore.includes(arg));
  const keys = new Set([...Object.keys(before.body), ...Object.keys(after.body)].filter((k) => !META.has(k)));
  const causes: Cause[] = [];
  const held: string[] = [];
  for (const k of [...keys].sort()) {
    const b = before.body[k];
    const a = after.body[k];
    if (sameValue(b, a)) continue;
    const rule = ruleFor(after.type, k);
    // Left out now: an Optional+Computed argument keeps its live value.
    if (!(k in after.body) && rule?.keepsLiveWhenOmitted) continue;
    if (rule?.effect === Effect.COMPUTED) continue;
    if (ignored(k)) held.push(k);
    else causes.push(causeFor(after.type, after.address, k, b, a));
  }
  return { causes, held };
}

function actionOf(causes: Cause[]): ResourceAction {
  if (causes.some((c) => c.effect === Effect.REPLACE)) return 'replace';
  return causes.length > 0 ? 'update' : 'none';
}

/** The changes between two synth outputs of one stack. */
export function synthChanges(beforeJson: Json, afterJson: Json): VpnResourceChange[] {
  const before = vpnResources(beforeJson);
  const after = vpnResources(afterJson);
  const addresses = [...new Set([...before.keys(), ...after.keys()])];
  const state = new Map<string, { action: ResourceAction; causes: Cause[]; held: string[]; r: SynthResource }>();
  for (const address of addresses) {
    const b = before.get(address);
    const a = after.get(address);
    if (!b) state.set(address, { action: 'create', causes: [], held: [], r: a! });
    else if (!a) state.set(address, { action: 'delete', causes: [], held: [], r: b });
    else {
      const { causes, held } = diff(b, a);
      const replacing = causes.filter((c) => c.effect === Effect.REPLACE);
      state.set(address, { action: actionOf(causes), causes: replacing.length > 0 ? replacing : causes, held, r: a });
    }
  }
  // A replaced resource gets a new id: what refers to it changes too (until nothing more changes).
  for (let round = 0; round < 5; round++) {
    let changed = false;
    for (const [address, s] of state) {
      if (s.action === 'create' || s.action === 'delete' || s.action === 'replace') continue;
      for (const [arg, value] of Object.entries(s.r.body)) {
        const target = refOf(value);
        const t = target ? state.get(target) : undefined;
        if (!t || t.action !== 'replace' || s.causes.some((c) => c.argument === arg)) continue;
        const cause = { ...causeFor(s.r.type, address, arg, undefined, value), before: '(the current id)' };
        const rule = ruleFor(s.r.type, arg);
        const causes = rule?.effect === Effect.REPLACE ? [cause] : [...s.causes, cause];
        state.set(address, { ...s, action: rule?.effect === Effect.REPLACE ? 'replace' : 'update', causes });
        changed = true;
      }
    }
    if (!changed) break;
  }
  const deviceOfAddress = (address: string | undefined): string | undefined => {
    const r = address ? state.get(address)?.r : undefined;
    return r ? (naming(r)?.device ?? r.name) : undefined;
  };
  return [...state.entries()].map(([address, s]): VpnResourceChange => {
    const body = s.r.body;
    const n = naming(s.r);
    const set = parseResourceName(s.r.name)?.set;
    const refs = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, refOf(v)]));
    const gatewayToken = refs.vpn_gateway_id ?? (typeof body.vpn_gateway_id === 'string' ? body.vpn_gateway_id : undefined) ?? body.transit_gateway_id;
    const tokens: (string | undefined)[] =
      s.r.type === 'aws_vpn_gateway'
        ? [address]
        : s.r.type === 'aws_customer_gateway'
          ? [address]
          : s.r.type === 'aws_vpn_connection_route'
            ? [refs.vpn_connection_id]
            : [gatewayToken, ...(s.r.type === 'aws_vpn_connection' ? [address, refs.customer_gateway_id] : [])];
    if (set) tokens.push(`construct:${set}`);
    const device = s.r.type === 'aws_vpn_connection_route' ? deviceOfAddress(refs.vpn_connection_id) : n?.device;
    return {
      address,
      type: s.r.type,
      action: s.action,
      causes: s.causes,
      heldBack: s.r.type === 'aws_vpn_connection' && s.action !== 'replace' ? s.held : [],
      tokens,
      setName: n?.set ?? set,
      device,
      label: labelOf(s.r.type, body, device),
      refersTo: { customer_gateway_id: refs.customer_gateway_id, vpn_gateway_id: refs.vpn_gateway_id },
    };
  });
}

function naming(r: SynthResource) {
  const path = r.body['//']?.metadata?.path;
  return (typeof path === 'string' ? parseMetadataPath(path) : undefined) ?? parseResourceName(r.name);
}

function labelOf(type: string, body: Json, device: string | undefined): string {
  switch (type) {
    case 'aws_customer_gateway':
      return `${device ?? body.tags?.Name ?? '?'}${body.ip_address ? ` (${body.ip_address})` : ''}`;
    case 'aws_vpn_connection_route':
      return `${body.destination_cidr_block} via ${device ?? 'its connection'}`;
    case 'aws_vpn_gateway_route_propagation':
      return `route table ${body.route_table_id}`;
    case 'aws_vpn_gateway':
      return `${body.tags?.Name ?? 'gateway'}${body.amazon_side_asn ? ` (ASN ${body.amazon_side_asn})` : ''}`;
    case 'aws_vpn_gateway_attachment':
      return `to ${body.vpc_id ?? 'the VPC'}`;
    default:
      return device ?? body.tags?.Name ?? '?';
  }
}

/** Advisory mode: the sets of one stack, from its synth output before and after. */
export function analyzeSynth(before: Json, after: Json, source: string): SetImpact[] {
  return assembleSets(source, synthChanges(before, after));
}
