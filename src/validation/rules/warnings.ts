/**
 * Warnings: legal but risky choices. Never fatal; the construct turns them into cdktf
 * Annotations warnings (printed by `cdktf synth`), and `RedundantVpn.validate` returns them.
 *
 * - Weak crypto allowed: AES128 (CBC), SHA1, DH groups 2 and 5, or a list left unset, which
 *   means AWS's defaults — and those include all of them (EC2 API defaults).
 * - IKEv1 allowed (explicitly, or by leaving `ikeVersions` unset: AWS allows ikev1 and ikev2).
 * - A literal pre-shared key: it is written to cdktf.out and to the Terraform state in plain text.
 */
import { EncryptionAlgorithm, IkeVersion, IntegrityAlgorithm } from '../../model/props';
import { SECRET } from '../issues';
import { RuleContext } from '../rule';
import { forEachGiven } from '../tunnels';
import { isToken } from '../values';

interface WeakSpec {
  readonly field: string;
  readonly weak: readonly (string | number)[];
  readonly strong: string;
  readonly what: string;
}

const WEAK: readonly WeakSpec[] = [
  { field: 'phase1EncryptionAlgorithms', weak: [EncryptionAlgorithm.AES128], strong: '["AES256-GCM-16"] or ["AES256"]', what: 'AES128' },
  { field: 'phase2EncryptionAlgorithms', weak: [EncryptionAlgorithm.AES128], strong: '["AES256-GCM-16"] or ["AES256"]', what: 'AES128' },
  { field: 'phase1IntegrityAlgorithms', weak: [IntegrityAlgorithm.SHA1], strong: '["SHA2-256"] or stronger', what: 'SHA1' },
  { field: 'phase2IntegrityAlgorithms', weak: [IntegrityAlgorithm.SHA1], strong: '["SHA2-256"] or stronger', what: 'SHA1' },
  { field: 'phase1DhGroupNumbers', weak: [2], strong: 'e.g. [20] or [14, 19, 20, 21]', what: 'DH group 2' },
  { field: 'phase2DhGroupNumbers', weak: [2, 5], strong: 'e.g. [20] or [14, 19, 20, 21]', what: 'DH groups 2 and 5' },
];

/** Weak algorithms or DH groups allowed, explicitly or through AWS's defaults. */
export function weakCryptoWarning(ctx: RuleContext): void {
  const { report: r } = ctx;
  for (const spec of WEAK) {
    let unsetReported = false;
    for (const tunnel of ctx.tunnels) {
      const given = tunnel.get(spec.field);
      if (!given) {
        if (unsetReported) continue;
        unsetReported = true;
        // Reported at the profile: setting it there fixes every tunnel.
        r.warn(`tunnelOptions.${spec.field}`, undefined, `not set: AWS's defaults allow ${spec.what}`, `set ${spec.strong}`);
        continue;
      }
      if (!Array.isArray(given.value) || isToken(given.value)) continue;
      const weak = given.value.filter((v: unknown) => spec.weak.includes(v as string | number));
      if (weak.length > 0) r.warn(given.path, given.value, `allows weak ${weak.map((w: unknown) => (typeof w === 'number' ? `DH group ${w}` : w)).join(', ')}`, `prefer ${spec.strong}`);
    }
  }
}

/** IKEv1 allowed, explicitly or by AWS's default. */
export function ikev1Warning(ctx: RuleContext): void {
  const { report: r } = ctx;
  let unsetReported = false;
  for (const tunnel of ctx.tunnels) {
    const given = tunnel.get('ikeVersions');
    if (!given) {
      if (!unsetReported) r.warn('tunnelOptions.ikeVersions', undefined, "not set: AWS's default allows IKEv1", 'set ["ikev2"]');
      unsetReported = true;
    } else if (Array.isArray(given.value) && given.value.includes(IkeVersion.IKEV1)) {
      r.warn(given.path, given.value, 'allows IKEv1', 'use ["ikev2"] unless the device only speaks IKEv1');
    }
  }
}

/** A literal key is visible in the synthesized JSON and the state; never echo it. */
export function literalPresharedKeyWarning(ctx: RuleContext): void {
  const { report: r } = ctx;
  forEachGiven(ctx, 'presharedKey', ({ value, path }) => {
    if (typeof value === 'string' && !isToken(value)) {
      r.warn(
        path,
        SECRET,
        'a literal pre-shared key lands in plain text in cdktf.out (the synthesized JSON) and in the Terraform state',
        'pass a sensitive TerraformVariable token, or leave it unset so AWS generates one',
      );
    }
  });
}

/**
 * Rekey fuzz 0 % is legal, but the provider reads options with `GetOk`, which treats 0 as unset:
 * the value is never sent and AWS keeps its default (100 %).
 */
export function rekeyFuzzZeroWarning(ctx: RuleContext): void {
  const { report: r } = ctx;
  forEachGiven(ctx, 'rekeyFuzzPercentage', ({ value, path }) => {
    if (value === 0) {
      r.warn(path, 0, 'not applied: the AWS provider treats 0 as unset and AWS keeps its default of 100 %', 'use 1 or more for a near-deterministic rekey time');
    }
  });
}
