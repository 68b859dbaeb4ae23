/**
 * AES-GCM in phase 1 needs IKEv2. RFC 5282 ("Using Authenticated Encryption Algorithms with the
 * Encrypted Payload of the Internet Key Exchange version 2 (IKEv2) Protocol") defines GCM for the
 * IKE SA of IKEv2 only; IKEv1 has no AEAD transform for phase 1. A tunnel that allows only IKEv1
 * and offers only GCM ciphers in phase 1 can never negotiate. (Phase 2, ESP, has GCM under both
 * versions: RFC 4106.) `vpn-device-config` refused this combination already; this rule refuses it
 * at synth, for every tunnel, naming where each half was given.
 */
import { EncryptionAlgorithm, IkeVersion } from '../../model/props';
import type { RuleContext } from '../rule';
import { Given, scopeText } from '../tunnels';
import { isToken } from '../values';

const GCM: readonly string[] = [EncryptionAlgorithm.AES128_GCM_16, EncryptionAlgorithm.AES256_GCM_16];

/** A literal, non-empty list whose every entry satisfies `test` (an unset, empty or token list never does). */
function allOf(given: Given | undefined, test: (v: unknown) => boolean): boolean {
  if (!given || isToken(given.value) || !Array.isArray(given.value) || given.value.length === 0) return false;
  return given.value.every((v) => !isToken(v) && test(v));
}

/** IKEv1 only together with phase 1 encryption GCM only: rejected, once per place it was given. */
export function phase1GcmNeedsIkev2(ctx: RuleContext): void {
  const { report: r } = ctx;
  const reported = new Set<string>();
  for (const tunnel of ctx.tunnels) {
    const ike = tunnel.get('ikeVersions');
    const encryption = tunnel.get('phase1EncryptionAlgorithms');
    if (!allOf(ike, (v) => v === IkeVersion.IKEV1) || !allOf(encryption, (v) => GCM.includes(v as string))) continue;
    // Reported where the more specific of the two was given (the encryption list on a tie).
    const at = ike!.depth > encryption!.depth ? ike! : encryption!;
    if (reported.has(at.path)) continue;
    reported.add(at.path);
    const other = at === ike ? encryption! : ike!;
    const rule =
      at === ike
        ? `IKEv1 only, but phase 1 encryption is GCM only (${JSON.stringify(other.value)} from ${other.path})`
        : `GCM only, but IKE versions are IKEv1 only (${JSON.stringify(other.value)} from ${other.path})`;
    r.error(at.path, at.value, `${rule} in ${scopeText(tunnel, ike, encryption)}: AES-GCM for phase 1 is defined for IKEv2 only (RFC 5282)`, 'allow ikev2, or add "AES256" (CBC) to phase1EncryptionAlgorithms');
  }
}
