/**
 * Routing rules: static routing needs the same prefixes on every connection, dynamic none.
 * Sources: provider `aws_vpn_connection_route.destination_cidr_block` (P: an IPv4 CIDR) and AWS
 * docs on static routing (D). Canonical network CIDRs, no duplicates: a duplicate would create
 * the same route twice (and the same construct id).
 */
import { RoutingMode } from '../../model/props';
import { RuleContext } from '../rule';
import { isToken, parseCidr } from '../values';

const ROUTING_MODES: string[] = Object.values(RoutingMode);

export function routingMode(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  if (props.routing !== undefined && !ROUTING_MODES.includes(props.routing)) {
    r.error('routing', props.routing, 'unknown routing mode', `one of ${ROUTING_MODES.join(', ')}`);
  }
}

export function staticRoutesMatchRouting(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const given: unknown = props.staticRoutes;
  if (isToken(given)) {
    r.error('staticRoutes', given, 'must be a literal list: each prefix is part of a construct id', 'the on-premises IPv4 CIDRs written out');
    return;
  }
  if (given !== undefined && !Array.isArray(given)) {
    r.error('staticRoutes', given, 'not a list', 'a list of on-premises IPv4 CIDRs, e.g. ["10.20.0.0/16"]');
    return;
  }
  const routes = props.staticRoutes ?? [];
  if (props.routing === RoutingMode.STATIC && routes.length === 0) {
    r.error('staticRoutes', props.staticRoutes ?? [], 'static routing needs at least one prefix', 'the on-premises IPv4 CIDRs, the same for every device');
  }
  if ((props.routing ?? RoutingMode.DYNAMIC) === RoutingMode.DYNAMIC && routes.length > 0) {
    r.error('staticRoutes', props.staticRoutes, 'dynamic routing takes no static prefixes', 'advertise them over BGP from every device, or set routing to static');
  }
}

/** Every prefix a canonical IPv4 network CIDR, each once (one Set pass). */
export function staticRoutePrefixes(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const routes: unknown = props.staticRoutes;
  if (!Array.isArray(routes)) return;
  const seen = new Map<string, number>();
  routes.forEach((prefix: unknown, i: number) => {
    const path = `staticRoutes[${i}]`;
    if (isToken(prefix)) {
      r.error(path, prefix, 'must be a literal: each prefix is part of a construct id', 'an IPv4 CIDR written out, e.g. "10.20.0.0/16"');
      return;
    }
    if (typeof prefix !== 'string') {
      r.error(path, prefix, 'not a string', 'an IPv4 CIDR, e.g. "10.20.0.0/16"');
      return;
    }
    const cidr = parseCidr(prefix);
    if (!cidr) {
      r.error(path, prefix, 'not a canonical IPv4 CIDR', 'a dotted quad without leading zeros or spaces, then /0–/32, e.g. "10.20.0.0/16"');
      return;
    }
    if (cidr.network !== prefix) {
      r.error(path, prefix, 'host bits set', `the network address is "${cidr.network}"`);
      return;
    }
    const first = seen.get(prefix);
    if (first !== undefined) r.error(path, prefix, `duplicate of staticRoutes[${first}]`, 'list each prefix once');
    else seen.set(prefix, i);
  });
}
