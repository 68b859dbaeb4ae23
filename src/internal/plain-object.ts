/** A leaf module (no imports): the one plain-object check, shared by the config merge, the outputs-file reader and validation. */

/** A plain object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
