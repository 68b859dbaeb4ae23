/**
 * Closed sets of tunnel options, case-sensitive. Source: provider `StringInSlice(..., false)`
 * validators of `tunnelN_*` (P). Startup action `start` needs IKEv2 only (D: "Rules and
 * limitations" of VPN tunnel initiation options).
 */
import { DpdTimeoutAction, EncryptionAlgorithm, IkeVersion, IntegrityAlgorithm, RedundantVpnProps, StartupAction } from '../../model/props';
import { Reporter } from '../issues';
import { effectiveTunnels, forEachGiven, scopeText } from '../tunnels';
import { didYouMean, isToken, oneOfText } from '../values';
import { checkList } from './lists';

const values = (e: Record<string, string>): string[] => Object.values(e);

function enumList(props: RedundantVpnProps, r: Reporter, field: string, allowed: string[]): void {
  checkList(props, r, field, { allowed, allowedText: oneOfText(allowed), badEntry: 'not an allowed value' });
}

function enumValue(props: RedundantVpnProps, r: Reporter, field: string, allowed: string[]): void {
  forEachGiven(props, field, ({ value, path }) => {
    if (isToken(value) || allowed.includes(value as string)) return;
    r.error(path, value, 'not an allowed value', `${oneOfText(allowed)}${didYouMean(value, allowed)}`);
  });
}

export function ikeVersionValues(props: RedundantVpnProps, r: Reporter): void {
  enumList(props, r, 'ikeVersions', values(IkeVersion));
}

export function encryptionAlgorithmValues(props: RedundantVpnProps, r: Reporter): void {
  enumList(props, r, 'phase1EncryptionAlgorithms', values(EncryptionAlgorithm));
  enumList(props, r, 'phase2EncryptionAlgorithms', values(EncryptionAlgorithm));
}

export function integrityAlgorithmValues(props: RedundantVpnProps, r: Reporter): void {
  enumList(props, r, 'phase1IntegrityAlgorithms', values(IntegrityAlgorithm));
  enumList(props, r, 'phase2IntegrityAlgorithms', values(IntegrityAlgorithm));
}

export function dpdTimeoutActionValue(props: RedundantVpnProps, r: Reporter): void {
  enumValue(props, r, 'dpdTimeoutAction', values(DpdTimeoutAction));
}

export function startupActionValue(props: RedundantVpnProps, r: Reporter): void {
  enumValue(props, r, 'startupAction', values(StartupAction));
}

/** Booleans stay booleans: `"true"` from a hand-written config is not `true`. */
export function lifecycleControlType(props: RedundantVpnProps, r: Reporter): void {
  forEachGiven(props, 'enableTunnelLifecycleControl', ({ value, path }) => {
    if (typeof value !== 'boolean' && !isToken(value)) r.error(path, value, 'not a boolean', 'true or false');
  });
}

/** `startupAction: start` requires IKE versions exactly `[ikev2]` (AWS initiates with IKEv2 only). */
export function startupStartNeedsIkev2Only(props: RedundantVpnProps, r: Reporter): void {
  const reported = new Set<string>();
  for (const tunnel of effectiveTunnels(props)) {
    const startup = tunnel.get('startupAction');
    if (!startup || startup.value !== StartupAction.START) continue;
    const ike = tunnel.get('ikeVersions');
    if (ike && (isToken(ike.value) || (Array.isArray(ike.value) && ike.value.length > 0 && ike.value.every((v) => v === IkeVersion.IKEV2)))) continue;
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
