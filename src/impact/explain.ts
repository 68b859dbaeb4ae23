/** The wording of the report, shared by the text and the Markdown output (one phrase per verdict). */
import { Effect } from './effects';
import { Cause, ConnectionImpact, ImpactReport, ResourceImpact, Verdict } from './model';

/** What the verdict means for the device and its traffic. */
export function verdictMeaning(c: ConnectionImpact): string {
  switch (c.verdict) {
    case Verdict.REPLACED:
      return 'new connection with new tunnel outside IPs: reconfigure the device, traffic stops until then';
    case Verdict.BOTH_TUNNELS_DOWN:
      return 'changed in place; both tunnels are down while AWS applies it';
    case Verdict.TUNNEL_1_RENEGOTIATES:
      return 'tunnel 1 goes down and renegotiates; tunnel 2 keeps carrying traffic';
    case Verdict.TUNNEL_2_RENEGOTIATES:
      return 'tunnel 2 goes down and renegotiates; tunnel 1 keeps carrying traffic';
    case Verdict.BOTH_TUNNELS_RENEGOTIATE:
      return 'tunnel 1, then tunnel 2 renegotiate in one apply; the provider waits only until the connection is "available", not until a tunnel is up again, so the connection may be down';
    case Verdict.PINNED:
      return `held back by lifecycle.ignore_changes (pinTunnelOptions): the configuration differs from what is deployed in ${c.heldBack.join(', ')}`;
    case Verdict.ADDED:
      return 'new connection: configure its device';
    case Verdict.REMOVED:
      return 'the connection is deleted: its device loses both tunnels';
    case Verdict.UNCHANGED:
      if (c.tagsOnly) return 'tags only: no effect on traffic';
      if (c.sensitivityOnly) return 'an update that changes no value (sensitivity marks only): no effect';
      return 'no change';
  }
}

const EFFECT_WORDS: Record<string, string> = {
  [Effect.REPLACE]: 'forces replacement',
  [Effect.BOTH_TUNNELS_DOWN]: 'in place, both tunnels down',
  [Effect.TUNNEL]: 'in place, that tunnel renegotiates',
  [Effect.EACH_TUNNEL]: 'in place, each tunnel renegotiates',
  [Effect.TAGS]: 'tags only',
  [Effect.ATTACH]: 'attaches/detaches the gateway',
  [Effect.COMPUTED]: 'computed',
  unclassified: 'not in the effect table: assumed to take both tunnels down',
};

/** One cause: `argument: before → after (effect; source)`; a secret is named, never shown. */
export function causeText(c: Cause, withSource = true): string {
  const values = c.secret
    ? ' (secret: value not shown)'
    : c.before !== undefined || c.after !== undefined
      ? `: ${c.before ?? '(unset)'} → ${c.after ?? '(unset)'}`
      : '';
  const source = withSource && c.source ? `; ${c.source.split(':')[0]}` : '';
  const note = c.note ? ` — ${c.note}` : '';
  return `${c.argument}${values} (${EFFECT_WORDS[c.effect] ?? c.effect}${source})${note}`;
}

/**
 * The causes as lines, a change made identically on both tunnels said once
 * (`tunnel1_ike_versions, tunnel2_ike_versions: …`): a profile change is one line per option.
 */
export function causeLines(causes: Cause[]): string[] {
  const lines: string[] = [];
  const used = new Set<Cause>();
  for (const c of causes) {
    if (used.has(c)) continue;
    used.add(c);
    const m = /^tunnel1_(.+)$/.exec(c.argument);
    const twin = m
      ? causes.find((o) => !used.has(o) && o.argument === `tunnel2_${m[1]}` && o.before === c.before && o.after === c.after && o.secret === c.secret && o.note === c.note)
      : undefined;
    if (twin) {
      used.add(twin);
      lines.push(causeText({ ...c, argument: `tunnel1_${m![1]}, tunnel2_${m![1]}` }).replace('that tunnel renegotiates', 'each tunnel renegotiates'));
    } else {
      lines.push(causeText(c));
    }
  }
  return lines;
}

/** A gateway/attachment/customer gateway/route/propagation change in words. */
export function resourceText(r: ResourceImpact): string {
  const why = r.causes.length > 0 ? `: ${r.causes.map((c) => causeText(c, false)).join('; ')}` : '';
  return `${r.kind} ${r.label} ${r.action}${why}`;
}

/** The report's first line. */
export function modeLine(report: ImpactReport): string {
  return report.mode === 'plan'
    ? 'PLAN: decided by the Terraform plan (actions, replace_paths, before/after values)'
    : 'ADVISORY: no plan; two synth outputs compared with the effect table (docs/safe-changes.md). Confirm with a plan before applying.';
}
