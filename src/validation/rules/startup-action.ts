/**
 * The cross-field rule of the closed sets (the sets themselves are lookups in the field table:
 * `lookups.ts`): startup action `start` needs IKEv2 only (D: "Rules and limitations" of VPN
 * tunnel initiation options).
 */
import { IkeVersion, StartupAction } from '../../model/props';
import { RuleContext } from '../rule';
import { scopeText } from '../tunnels';
import { isToken } from '../values';

/** `startupAction: start` requires IKE versions exactly `[ikev2]` (AWS initiates with IKEv2 only). */
export function startupStartNeedsIkev2Only(ctx: RuleContext): void {
  const { report: r } = ctx;
  const reported = new Set<string>();
  for (const tunnel of ctx.tunnels) {
    const startup = tunnel.get('startupAction');
    if (!startup || startup.value !== StartupAction.START) continue;
    const ike = tunnel.get('ikeVersions');
    if (ike && (isToken(ike.value) || (Array.isArray(ike.value) && ike.value.length > 0 && ike.value.every((v: unknown) => v === IkeVersion.IKEV2)))) continue;
    // Reported once, where the more specific of the two was given.
    const at = ike && ike.depth > startup.depth ? ike : startup;
    if (reported.has(at.path)) continue;
    reported.add(at.path);
    const scope = scopeText(tunnel, startup, ike);
    if (at === ike) {
      r.error(ike.path, ike.value, `startup action "start" (from ${startup.path}) needs IKE versions exactly ["ikev2"]`, `AWS initiates only with IKEv2; in ${scope}`);
    } else {
      const ikeText = ike ? `ikeVersions is ${JSON.stringify(ike.value)} from ${ike.path}` : 'ikeVersions is unset: AWS allows ikev1 and ikev2';
      r.error(startup.path, startup.value, 'needs IKE versions exactly ["ikev2"]', `${ikeText} in ${scope}`);
    }
  }
}
