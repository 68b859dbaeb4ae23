/**
 * Numeric tunnel options. Sources: provider `tunnelN_*` validators (P: IntBetween / IntAtLeast)
 * and EC2 API `VpnTunnelOptionsSpecification` (A): ranges, phase 2 < phase 1, rekey margin at
 * most half of phase 2. Cross-field rules use each tunnel's EFFECTIVE merged options, with AWS's
 * default for an unset side (phase 1 28800 s, phase 2 3600 s).
 */
import { AWS_DEFAULT_PHASE1_LIFETIME, AWS_DEFAULT_PHASE2_LIFETIME } from '../../model/aws-defaults';
import { RedundantVpnProps } from '../../model/props';
import { Reporter } from '../issues';
import { effectiveTunnels, forEachGiven, Given, originText, scopeText } from '../tunnels';
import { isToken, isWholeNumber } from '../values';

/** AWS defaults (EC2 API reference). */
export { AWS_DEFAULT_PHASE1_LIFETIME, AWS_DEFAULT_PHASE2_LIFETIME };
/** The EC2 API's integers are 32-bit. */
const INT32_MAX = 2147483647;

/** Reports a value that is not a whole number in [min, max]. */
function checkRange(props: RedundantVpnProps, r: Reporter, field: string, min: number, max: number, allowed: string): void {
  forEachGiven(props, field, ({ value, path }) => {
    if (isToken(value)) return;
    if (!isWholeNumber(value)) r.error(path, value, 'not a whole number', allowed);
    else if (value < min || value > max) r.error(path, value, 'out of range', allowed);
  });
}

export function phase1LifetimeRange(props: RedundantVpnProps, r: Reporter): void {
  checkRange(props, r, 'phase1LifetimeSeconds', 900, 28800, '900–28800 seconds');
}

export function phase2LifetimeRange(props: RedundantVpnProps, r: Reporter): void {
  checkRange(props, r, 'phase2LifetimeSeconds', 900, 3600, '900–3600 seconds, less than the phase 1 lifetime');
}

export function rekeyMarginRange(props: RedundantVpnProps, r: Reporter): void {
  checkRange(props, r, 'rekeyMarginTimeSeconds', 60, 1800, '60–1800 seconds, at most half the phase 2 lifetime');
}

export function rekeyFuzzRange(props: RedundantVpnProps, r: Reporter): void {
  checkRange(props, r, 'rekeyFuzzPercentage', 0, 100, '0–100 percent');
}

export function replayWindowRange(props: RedundantVpnProps, r: Reporter): void {
  checkRange(props, r, 'replayWindowSize', 64, 2048, '64–2048 packets');
}

export function dpdTimeoutRange(props: RedundantVpnProps, r: Reporter): void {
  checkRange(props, r, 'dpdTimeoutSeconds', 30, INT32_MAX, '30 seconds or more');
}

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
export function phase2ShorterThanPhase1(props: RedundantVpnProps, r: Reporter): void {
  const reported = new Set<string>();
  for (const tunnel of effectiveTunnels(props)) {
    const p1 = tunnel.get('phase1LifetimeSeconds');
    const p2 = tunnel.get('phase2LifetimeSeconds');
    if (!p1 && !p2) continue;
    const v1 = p1 ? literal(p1, 900, 28800) : AWS_DEFAULT_PHASE1_LIFETIME;
    const v2 = p2 ? literal(p2, 900, 3600) : AWS_DEFAULT_PHASE2_LIFETIME;
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
export function rekeyMarginWithinHalfPhase2(props: RedundantVpnProps, r: Reporter): void {
  const reported = new Set<string>();
  for (const tunnel of effectiveTunnels(props)) {
    const margin = tunnel.get('rekeyMarginTimeSeconds');
    if (!margin) continue; // AWS's default margin (270 s) fits every legal phase 2 lifetime (≥ 900 s).
    const p2 = tunnel.get('phase2LifetimeSeconds');
    const m = literal(margin, 60, 1800);
    const v2 = p2 ? literal(p2, 900, 3600) : AWS_DEFAULT_PHASE2_LIFETIME;
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
