/**
 * Route propagation. Without `routeTableIds` the virtual private gateway propagates its routes into
 * no VPC route table: the tunnels come up, BGP (or the static routes) work, and yet the VPC has no
 * route to on-premises unless routes are added elsewhere (AWS docs, "Route tables and route
 * priority": enable route propagation for the route table, or add static routes to the gateway).
 * Legal — another stack may own the routes — so a warning with an id the user can acknowledge.
 */
import type { RuleContext } from '../rule';
import { isToken } from '../values';

/** Warns when no route table is given (absent or empty list). A token list is checked at apply time. */
export function noRoutePropagationWarning(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const ids: unknown = props.routeTableIds;
  if (isToken(ids) || (Array.isArray(ids) && ids.length > 0)) return;
  r.warn(
    'routeTableIds',
    ids,
    'no route table propagation — the VPC has no route to on-premises unless routes are added elsewhere',
    'list the VPC route tables that should reach on-premises, or acknowledge this warning if another stack adds the routes',
  );
}
