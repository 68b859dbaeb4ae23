/**
 * Value helpers shared by the rules: token detection, type guards and strict text shapes.
 *
 * Every helper accepts `unknown`: props may come from JSON or plain JavaScript with any shape,
 * and a rule must report a wrong type, never throw on it.
 */
import { Token } from 'cdktf';
import * as ipaddr from 'ipaddr.js';

/** True for a cdktf token (string, number, list or resolvable): its value is known only at apply time. */
export function isToken(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'boolean') return false;
  try {
    return Token.isUnresolved(value);
  } catch {
    return false;
  }
}

/** A plain object (not an array, not null): the shared check, under the name the rules use. */
export { isPlainObject as isRecord } from '../internal/plain-object';

/** A finite whole number. */
export function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** An octet without leading zeros: 0–255. */
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
/** A canonical dotted quad: no leading zeros, no whitespace, nothing else. */
export const DOTTED_QUAD = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
/** A canonical IPv4 CIDR: dotted quad, `/`, prefix length 0–32 without leading zeros. */
export const IPV4_CIDR = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}/(?:3[0-2]|[12][0-9]|[0-9])$`);

/** Parsed canonical IPv4 CIDR, or undefined when the text is not one. */
export interface ParsedCidr {
  readonly address: ipaddr.IPv4;
  readonly prefixLength: number;
  /** The network address with the same prefix, e.g. `10.1.0.0/16` for `10.1.2.3/16`. */
  readonly network: string;
}

export function parseCidr(text: string): ParsedCidr | undefined {
  if (!IPV4_CIDR.test(text)) return undefined;
  const [address, prefixLength] = ipaddr.IPv4.parseCIDR(text);
  const network = `${ipaddr.IPv4.networkAddressFromCIDR(text).toString()}/${prefixLength}`;
  return { address, prefixLength, network };
}

/** `a`, `a and b`, `a, b and c`. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The allowed values of a closed set, as the schema errors show them: `one of "a", "b"; case-sensitive`. */
export { oneOfText } from '../model/tunnel-option-fields';

/** ` — did you mean "AES256"?` when a text value differs from an allowed value only by case or surrounding space; else empty. */
export function didYouMean(value: unknown, allowed: readonly (string | number)[]): string {
  if (typeof value !== 'string') return '';
  const match = allowed.find((a) => typeof a === 'string' && a.toLowerCase() === value.trim().toLowerCase());
  return match === undefined ? '' : ` — did you mean ${JSON.stringify(match)}?`;
}
