/**
 * The guard: a deploy must never take a whole redundant set down at once, and must not replace a
 * connection (new tunnel outside IPs: its device must be reconfigured) unless that connection is
 * named explicitly.
 */
import { tunnelOf } from './effects';
import { CONNECTION_DOWN_VERDICTS, ConnectionImpact, GuardStop, SetImpact, Verdict } from './model';

export interface GuardOptions {
  /** Connections allowed to be replaced: a device name, `<set>/<device>`, or the resource address. */
  readonly allowReplace?: readonly string[];
}

const STAGE_WITH_PIN =
  'stage it: set `pinTunnelOptions: true` on every device but one, deploy, then remove the pin from the next device and deploy again — one connection per deploy, the others keep carrying traffic';

/** The staging advice with the devices named: which to pin in the first deploy. */
function stageWithPin(devices: string[]): string {
  if (devices.length < 2) return STAGE_WITH_PIN;
  const [first, ...rest] = devices;
  return `${STAGE_WITH_PIN} (first deploy: pin ${rest.join(', ')}, so only ${first} changes)`;
}

/** True when every cause is a `tunnelN_*` argument: what pinTunnelOptions (ignore_changes on tunnel arguments) can hold back. */
function pinnable(c: ConnectionImpact): boolean {
  return c.causes.length > 0 && c.causes.every((cause) => tunnelOf(cause.argument) !== undefined);
}

function allowed(set: SetImpact, c: ConnectionImpact, allow: readonly string[]): boolean {
  return allow.some((a) => a === c.device || a === c.address || a === `${set.name}/${c.device}`);
}

/** Every reason to stop, per set. */
export function guard(sets: SetImpact[], options: GuardOptions = {}): GuardStop[] {
  const stops: GuardStop[] = [];
  const allow = options.allowReplace ?? [];
  for (const set of sets) {
    const label = `${set.source}: ${set.name}`;
    const existing = set.connections.filter((c) => c.verdict !== Verdict.ADDED);
    const down = existing.filter((c) => CONNECTION_DOWN_VERDICTS.has(c.verdict));
    if (set.cutOff) {
      stops.push({
        set: label,
        reason: `the whole VPC is cut off from every connection (${set.gateway.map((g) => `${g.kind} ${g.action}`).join('; ')})`,
        remedy: 'build the new gateway set alongside (a second RedundantVpn), move the devices to it, then remove the old one',
      });
    } else if (existing.length > 0 && down.length === existing.length) {
      const all = down.every(pinnable);
      stops.push({
        set: label,
        reason: `every connection of the set is disrupted at once (${down.map((c) => `${c.device}: ${c.verdict}`).join('; ')})`,
        remedy: all
          ? stageWithPin(down.map((c) => c.device))
          : `these arguments are not tunnel options, so pinTunnelOptions cannot hold them back (${[...new Set(down.flatMap((c) => c.causes.map((x) => x.argument)))].join(', ')}): change one device per deploy where the change is per device, or build a new set alongside and move the devices over`,
      });
    }
    for (const c of set.connections) {
      if (c.verdict !== Verdict.REPLACED || allowed(set, c, allow)) continue;
      stops.push({
        set: label,
        reason: `replaces the connection of ${c.device} (${c.causes.map((x) => x.argument).join(', ') || 'forced by the plan'}): new tunnel outside IPs, the device must be reconfigured`,
        remedy: `once the device can be reconfigured, allow it with --allow-replace ${c.device}${pinnable(c) ? `; replace one connection per deploy (${STAGE_WITH_PIN.replace(/^stage it: /, '')})` : ''}`,
      });
    }
  }
  return stops;
}
