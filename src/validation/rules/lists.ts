/**
 * Shared check for the list-valued tunnel options (IKE versions, algorithms, DH groups): a list,
 * not empty when given, every entry allowed (case-sensitive), no entry twice.
 */
import { RuleContext } from '../rule';
import { forEachGiven } from '../tunnels';
import { didYouMean, isToken } from '../values';

export interface ListSpec {
  /** The allowed entries, exactly as AWS spells them. */
  readonly allowed: readonly (string | number)[];
  /** How the allowed set reads in messages, e.g. `one of "ikev1", "ikev2"; case-sensitive`. */
  readonly allowedText: string;
  /** The rule broken by a bad entry, e.g. `not an allowed value`. */
  readonly badEntry: string;
}

export function checkList(ctx: RuleContext, field: string, spec: ListSpec): void {
  const r = ctx.report;
  const allowed = new Set<unknown>(spec.allowed);
  forEachGiven(ctx, field, ({ value, path }) => {
    if (isToken(value)) return;
    if (!Array.isArray(value)) {
      r.error(path, value, 'not a list', spec.allowedText);
      return;
    }
    if (value.length === 0) {
      r.error(path, value, "empty list: AWS would apply its defaults, weak ones included", `leave it unset, or give at least one entry: ${spec.allowedText}`);
      return;
    }
    const seen = new Set<unknown>();
    value.forEach((entry: unknown, i: number) => {
      const entryPath = `${path}[${i}]`;
      if (isToken(entry)) return;
      if (!allowed.has(entry)) {
        r.error(entryPath, entry, spec.badEntry, `${spec.allowedText}${didYouMean(entry, spec.allowed)}`);
      } else if (seen.has(entry)) {
        r.error(entryPath, entry, 'duplicate entry', 'list each value once');
      }
      seen.add(entry);
    });
  });
}
