/**
 * Routing rules: static routing needs the same prefixes on every connection, dynamic none.
 */
import { RedundantVpnProps, RoutingMode } from '../../props';
import { Reporter } from '../issues';

const ROUTING_MODES: string[] = Object.values(RoutingMode);

export function routingMode(props: RedundantVpnProps, r: Reporter): void {
  if (props.routing !== undefined && !ROUTING_MODES.includes(props.routing)) {
    r.error('routing', props.routing, 'unknown routing mode', `one of ${ROUTING_MODES.join(', ')}`);
  }
}

export function staticRoutesMatchRouting(props: RedundantVpnProps, r: Reporter): void {
  const routes = props.staticRoutes ?? [];
  if (props.routing === RoutingMode.STATIC && routes.length === 0) {
    r.error('staticRoutes', props.staticRoutes ?? [], 'static routing needs at least one prefix', 'the on-premises IPv4 CIDRs, the same for every device');
  }
  if ((props.routing ?? RoutingMode.DYNAMIC) === RoutingMode.DYNAMIC && routes.length > 0) {
    r.error('staticRoutes', props.staticRoutes, 'dynamic routing takes no static prefixes', 'advertise them over BGP from every device, or set routing to static');
  }
}
