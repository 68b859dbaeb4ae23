/**
 * From per-resource changes (read from a plan, or from two synth outputs) to gateway sets with one
 * verdict per connection. Shared by plan mode and advisory mode: they differ only in how they
 * find what changes.
 */
import { Effect } from './effects';
import { TokenGroups } from './grouping';
import { Cause, ResourceImpact, SetImpact } from './model';
import { decide, ResourceAction } from './verdict';

export const VPN_RESOURCE_TYPES = new Set([
  'aws_vpn_gateway',
  'aws_vpn_gateway_attachment',
  'aws_customer_gateway',
  'aws_vpn_connection',
  'aws_vpn_connection_route',
  'aws_vpn_gateway_route_propagation',
]);

/** One resource of a set and what happens to it. */
export interface VpnResourceChange {
  readonly address: string;
  readonly type: string;
  readonly action: ResourceAction;
  readonly causes: Cause[];
  readonly sensitivityOnly?: boolean;
  readonly heldBack?: string[];
  /** Grouping tokens: gateway/connection addresses and ids this resource is or refers to, its construct path. */
  readonly tokens: (string | undefined | null)[];
  /** The construct path from the resource name, when it is one of RedundantVpn's. */
  readonly setName?: string;
  /** The device (connections, customer gateways, routes). */
  readonly device?: string;
  /** What it is in words (see {@link ResourceImpact.label}). */
  readonly label: string;
  /** The resource an argument refers to (`customer_gateway_id` → the customer gateway's address). */
  readonly refersTo?: { readonly [argument: string]: string | undefined };
}

const KIND: Record<string, ResourceImpact['kind']> = {
  aws_vpn_gateway: 'gateway',
  aws_vpn_gateway_attachment: 'attachment',
  aws_customer_gateway: 'customer-gateway',
  aws_vpn_connection_route: 'route',
  aws_vpn_gateway_route_propagation: 'propagation',
};

function resourceImpact(r: VpnResourceChange): ResourceImpact | undefined {
  const kind = KIND[r.type];
  if (!kind || r.action === 'none') return undefined;
  const action: ResourceImpact['action'] =
    r.action === 'create'
      ? 'added'
      : r.action === 'delete'
        ? 'removed'
        : r.action === 'replace'
          ? 'replaced'
          : r.causes.every((c) => c.effect === Effect.TAGS)
            ? 'tags'
            : 'updated';
  if (action === 'tags' && r.causes.length === 0) return undefined;
  return { address: r.address, kind, action, label: r.label, causes: r.causes };
}

/** A gateway or attachment change that cuts the whole VPC off the VPN. */
function cutsOff(i: ResourceImpact): boolean {
  if (i.kind !== 'gateway' && i.kind !== 'attachment') return false;
  if (i.action === 'replaced' || i.action === 'removed') return true;
  return i.kind === 'gateway' && i.causes.some((c) => c.effect === Effect.ATTACH && (c.after === undefined || c.after === '(unset)'));
}

function noteFor(target: VpnResourceChange | undefined): string | undefined {
  if (!target || target.action !== 'replace') return undefined;
  const what = target.type === 'aws_customer_gateway' ? 'customer gateway' : 'virtual private gateway';
  const why = target.causes.map((c) => (c.before !== undefined && c.after !== undefined ? `${c.argument}: ${c.before} → ${c.after}` : c.argument)).join(', ');
  return `the ${what} ${target.label} is replaced${why ? ` (${why})` : ''}: the connection moves to the new one`;
}

/** Groups the changes into sets and decides every connection. */
export function assembleSets(source: string, changes: VpnResourceChange[]): SetImpact[] {
  const groups = new TokenGroups<VpnResourceChange>();
  for (const c of changes) groups.add(c, c.tokens);
  const byAddress = new Map(changes.map((c) => [c.address, c]));
  return groups.groups().map((members) => {
    const names = members.map((m) => m.setName).filter((n): n is string => !!n);
    const gateway = members.find((m) => m.type === 'aws_vpn_gateway');
    const name = mostCommon(names) ?? gateway?.address ?? members[0].address;
    const connections = members
      .filter((m) => m.type === 'aws_vpn_connection')
      .map((m) => {
        const causes = m.causes.map((c) => {
          const target = m.refersTo?.[c.argument];
          const note = c.argument === 'customer_gateway_id' || c.argument === 'vpn_gateway_id' ? noteFor(target ? byAddress.get(target) : undefined) : undefined;
          return note && !c.note ? { ...c, note } : c;
        });
        return decide({ device: m.device ?? m.label, address: m.address, action: m.action, causes, sensitivityOnly: m.sensitivityOnly, heldBack: m.heldBack });
      });
    const impacts = (type: string) => members.filter((m) => m.type === type).map(resourceImpact).filter((i): i is ResourceImpact => !!i);
    const gatewayImpacts = [...impacts('aws_vpn_gateway'), ...impacts('aws_vpn_gateway_attachment')];
    return {
      source,
      name,
      connections,
      gateway: gatewayImpacts,
      customerGateways: impacts('aws_customer_gateway'),
      routes: impacts('aws_vpn_connection_route'),
      propagations: impacts('aws_vpn_gateway_route_propagation'),
      cutOff: gatewayImpacts.some(cutsOff),
    };
  });
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
