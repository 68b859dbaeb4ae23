/** Comparing and showing argument values (never a secret one: callers check {@link isSecretArgument} first). */

/** Deep equality of JSON values; arrays of scalars compare as sets (the provider's TypeSet arguments are unordered). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return isEmpty(a) && isEmpty(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    if (a.every(isScalar) && b.every(isScalar)) {
      const key = (x: unknown) => String(x);
      return [...a].map(key).sort().join('\u0000') === [...b].map(key).sort().join('\u0000');
    }
    return a.every((x, i) => sameValue(x, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    const keys = new Set([...ka, ...kb]);
    return [...keys].every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  // 40 and "40": Terraform JSON and synthesized JSON differ in how numbers are written.
  if (isScalar(a) && isScalar(b)) return String(a) === String(b);
  return false;
}

function isScalar(x: unknown): boolean {
  return typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
}

/** null, undefined, an empty list or an empty map: "not set" for the comparison. */
function isEmpty(x: unknown): boolean {
  return x === null || x === undefined || (Array.isArray(x) && x.length === 0) || (typeof x === 'object' && Object.keys(x as object).length === 0);
}

/** A short display form: `40`, `["ikev2"]`, `(unset)`; long values are cut at 80 characters. */
export function display(value: unknown): string {
  if (value === null || value === undefined) return '(unset)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
