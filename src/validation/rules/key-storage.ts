/**
 * Key storage: where AWS keeps the pre-shared keys (`preshared_key_storage`). Source: provider
 * StringInSlice (Standard, SecretsManager).
 */
import { PresharedKeyStorage } from '../../model/props';
import { RuleContext } from '../rule';

/** A token is rejected too: the outputs written at synth depend on the storage (see outputs.ts). */
export function presharedKeyStorage(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  const allowed: string[] = Object.values(PresharedKeyStorage);
  if (props.presharedKeyStorage !== undefined && !allowed.includes(props.presharedKeyStorage)) {
    r.error('presharedKeyStorage', props.presharedKeyStorage, 'unknown key storage', `one of ${allowed.join(', ')} (case-sensitive)`);
  }
}
