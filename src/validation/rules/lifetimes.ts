/**
 * Cross-field lifetime rules. Source: EC2 API `VpnTunnelOptionsSpecification` (A): phase 2 <
 * phase 1, rekey margin at most half of phase 2 (the ranges themselves are lookups in the field
 * table: `lookups.ts`). They use each tunnel's EFFECTIVE merged options, with AWS's default for
 * an unset side (phase 1 28800 s, phase 2 3600 s).
 */
import { AWS_DEFAULT_PHASE1_LIFETIME, AWS_DEFAULT_PHASE2_LIFETIME } from '../../model/aws-defaults';
import { TUNNEL_OPTION_FIELDS } from '../../model/tunnel-option-fields';
import { RuleContext } from '../rule';
import { Given, originText, scopeText } from '../tunnels';
import { isToken, isWholeNumber } from '../values';


const P1 = TUNNEL_OPTION_FIELDS.phase1LifetimeSeconds;
const P2 = TUNNEL_OPTION_FIELDS.phase2LifetimeSeconds;
const MARGIN = TUNNEL_OPTION_FIELDS.rekeyMarginTimeSeconds;

/** A literal whole number inside the range, else undefined (the range rule reports it). */
function literal(given: Given | undefined, min: number, max: number): number | undefined {
  if (!given) return undefined;
  const v = given.value;
  return isWholeNumber(v) && !isToken(v) && v >= min && v <= max ? v : undefined;
}

/** Chooses where a cross-field issue is reported: at the more specific of the two given values. */
function blame(a: Given | undefined, b: Given | undefined): 'a' | 'b' {
  if (!a) return 'b';
  if (!b) return 'a';
  return b.depth > a.depth ? 'b' : 'a';
}

/** Phase 2 lifetime < phase 1 lifetime (API: "must be less than the value for Phase1LifetimeSeconds"). */
export function phase2ShorterThanPhase1(ctx: RuleContext): void {
  const { report: r } = ctx;
  const reported = new Set<string>();
  for (const tunnel of ctx.tunnels) {
    const p1 = tunnel.get('phase1LifetimeSeconds');
    const p2 = tunnel.get('phase2LifetimeSeconds');
    if (!p1 && !p2) continue;
    const v1 = p1 ? literal(p1, P1.min, P1.max) : AWS_DEFAULT_PHASE1_LIFETIME;
    const v2 = p2 ? literal(p2, P2.min, P2.max) : AWS_DEFAULT_PHASE2_LIFETIME;
    if (v1 === undefined || v2 === undefined || v2 < v1) continue;
    const at = blame(p2, p1) === 'a' ? p2! : p1!;
    if (reported.has(at.path)) continue;
    reported.add(at.path);
    const scope = scopeText(tunnel, p1, p2);
    if (at === p2) {
      r.error(at.path, at.value, 'phase 2 lifetime not less than the phase 1 lifetime', `phase 1 is ${originText(p1, String(AWS_DEFAULT_PHASE1_LIFETIME), ' s')} in ${scope}`);
    } else {
      r.error(at.path, at.value, 'phase 1 lifetime not greater than the phase 2 lifetime', `phase 2 is ${originText(p2, String(AWS_DEFAULT_PHASE2_LIFETIME), ' s')} in ${scope}`);
    }
  }
}

/** Rekey margin ≤ half the phase 2 lifetime (API: "between 60 and half of Phase2LifetimeSeconds"). */
export function rekeyMarginWithinHalfPhase2(ctx: RuleContext): void {
  const { report: r } = ctx;
  const reported = new Set<string>();
  for (const tunnel of ctx.tunnels) {
    const margin = tunnel.get('rekeyMarginTimeSeconds');
    if (!margin) continue; // AWS's default margin (270 s) fits every legal phase 2 lifetime (≥ 900 s).
    const p2 = tunnel.get('phase2LifetimeSeconds');
    const m = literal(margin, MARGIN.min, MARGIN.max);
    const v2 = p2 ? literal(p2, P2.min, P2.max) : AWS_DEFAULT_PHASE2_LIFETIME;
    if (m === undefined || v2 === undefined || m * 2 <= v2) continue;
    const half = Math.floor(v2 / 2);
    const at = blame(margin, p2) === 'a' ? margin : p2!;
    if (reported.has(at.path)) continue;
    reported.add(at.path);
    const scope = scopeText(tunnel, margin, p2);
    if (at === margin) {
      r.error(at.path, at.value, 'rekey margin more than half the phase 2 lifetime', `at most ${half} s: phase 2 is ${originText(p2, String(AWS_DEFAULT_PHASE2_LIFETIME), ' s')} in ${scope}`);
    } else {
      r.error(at.path, at.value, 'phase 2 lifetime less than twice the rekey margin', `at least ${m * 2} s: the rekey margin is ${originText(margin, '', ' s')} in ${scope}`);
    }
  }
}
