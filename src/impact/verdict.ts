/**
 * From the changed arguments of one connection to its one verdict — the one place that decides,
 * for plans and for advisory comparisons alike.
 */
import { Effect, tunnelOf } from './effects';
import { Cause, ConnectionImpact, Verdict } from './model';

/** What happens to the connection resource as a whole. */
export type ResourceAction = 'create' | 'delete' | 'replace' | 'update' | 'none';

export interface ConnectionChange {
  readonly device: string;
  readonly address: string;
  readonly action: ResourceAction;
  /** For `replace`: the arguments that force it; for `update`: every changed argument. */
  readonly causes: Cause[];
  /** `update` with no value changed (only sensitivity marks). */
  readonly sensitivityOnly?: boolean;
  readonly heldBack?: string[];
}

/** Effects that mean "this tunnel only" when in-place; the table's REPLACE applies only when the plan replaces. */
function tunnelsOf(cause: Cause): (1 | 2)[] {
  const n = tunnelOf(cause.argument);
  if (cause.effect === Effect.EACH_TUNNEL) return [1, 2];
  if (n !== undefined) return [n];
  return [];
}

/**
 * The verdict. An in-place update of an argument the table calls ForceNew (the plan knows better:
 * a newer provider updates it) counts as a tunnel change for `tunnelN_*`, else as both tunnels down;
 * an argument the table does not know counts as both tunnels down (the safe assumption).
 */
export function decide(change: ConnectionChange): ConnectionImpact {
  const base = { device: change.device, address: change.address, heldBack: change.heldBack ?? [], sensitivityOnly: false, tagsOnly: false };
  switch (change.action) {
    case 'create':
      return { ...base, verdict: Verdict.ADDED, causes: [], tunnelsAffected: [] };
    case 'delete':
      return { ...base, verdict: Verdict.REMOVED, causes: change.causes, tunnelsAffected: [1, 2] };
    case 'replace':
      return { ...base, verdict: Verdict.REPLACED, causes: change.causes, tunnelsAffected: [1, 2] };
    default:
      break;
  }
  const traffic = change.causes.filter((c) => c.effect !== Effect.TAGS && c.effect !== Effect.COMPUTED);
  const down = traffic.filter((c) => tunnelsOf(c).length === 0 || c.effect === Effect.BOTH_TUNNELS_DOWN);
  const tunnels = [...new Set(traffic.flatMap(tunnelsOf))].sort() as (1 | 2)[];
  if (down.length > 0) return { ...base, verdict: Verdict.BOTH_TUNNELS_DOWN, causes: down, tunnelsAffected: [1, 2] };
  if (tunnels.length === 2) return { ...base, verdict: Verdict.BOTH_TUNNELS_RENEGOTIATE, causes: traffic, tunnelsAffected: tunnels };
  if (tunnels.length === 1) {
    return { ...base, verdict: tunnels[0] === 1 ? Verdict.TUNNEL_1_RENEGOTIATES : Verdict.TUNNEL_2_RENEGOTIATES, causes: traffic, tunnelsAffected: tunnels };
  }
  const tagCauses = change.causes.filter((c) => c.effect === Effect.TAGS);
  if ((change.heldBack ?? []).length > 0) return { ...base, verdict: Verdict.PINNED, causes: tagCauses, tagsOnly: tagCauses.length > 0, tunnelsAffected: [] };
  return {
    ...base,
    verdict: Verdict.UNCHANGED,
    causes: tagCauses,
    tagsOnly: tagCauses.length > 0,
    sensitivityOnly: change.action === 'update' && change.causes.length === 0 && change.sensitivityOnly === true,
    tunnelsAffected: [],
  };
}
