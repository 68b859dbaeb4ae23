/**
 * The last line of defence for "never a secret": every pre-shared key and customer gateway
 * configuration in the inputs (plan values, prior state, configuration constants, synth output,
 * and whatever a plan marks sensitive) is collected, and any report text containing one has it
 * replaced before it is printed or written. The renderers never show such values in the first
 * place; this catches what a future change might let through.
 */
import { isSecretArgument } from './effects';

type Json = Record<string, any>;

const MIN_SECRET_LENGTH = 6;

function collectNamed(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const x of node) collectNamed(x, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Json)) {
    if (isSecretArgument(key)) {
      if (typeof value === 'string') out.add(value);
      else if (value && typeof value === 'object' && typeof (value as Json).constant_value === 'string') out.add((value as Json).constant_value);
    }
    collectNamed(value, out);
  }
}

/** Values under a `true` of a Terraform sensitivity map (`before_sensitive`, `after_sensitive`). */
function collectMarked(values: unknown, marks: unknown, out: Set<string>): void {
  if (marks === true) {
    if (typeof values === 'string') out.add(values);
    else if (values && typeof values === 'object') for (const s of JSON.stringify(values).match(/"(?:[^"\\]|\\.)*"/g) ?? []) out.add(JSON.parse(s));
    return;
  }
  if (!marks || typeof marks !== 'object' || !values || typeof values !== 'object') return;
  for (const [k, m] of Object.entries(marks as Json)) collectMarked((values as Json)[k], m, out);
}

/** Every secret string in a parsed input (plan JSON or synth output). */
export function secretsIn(input: unknown): Set<string> {
  const out = new Set<string>();
  collectNamed(input, out);
  for (const rc of ((input as Json)?.resource_changes ?? []) as Json[]) {
    collectMarked(rc.change?.before, rc.change?.before_sensitive, out);
    collectMarked(rc.change?.after, rc.change?.after_sensitive, out);
  }
  for (const s of [...out]) if (s.length < MIN_SECRET_LENGTH) out.delete(s);
  return out;
}

/** `text` with every secret replaced by `(redacted)`. Longest first, so a key inside the XML goes with it. */
export function redact(text: string, secrets: Iterable<string>): string {
  let result = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (result.includes(s)) result = result.split(s).join('(redacted)');
  }
  return result;
}
