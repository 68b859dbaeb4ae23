/**
 * The one error type of the library, and the collector every validation rule reports into.
 *
 * Rules never throw: they report, so a user sees every problem of a construct or config at once.
 */

/** One broken rule: where, and what is wrong. */
export interface ValidationIssue {
  /** Path of the offending field, e.g. `customerGateways[1].tunnel2.insideCidr`. */
  readonly path: string;
  /** `<value as given> — <rule broken> (<what is allowed>)`; secrets are never echoed. */
  readonly message: string;
}

/**
 * Marks every VpnValidationError, so that {@link isVpnValidationError} recognises one thrown by
 * another copy of this library (two versions in one node_modules tree), where `instanceof` fails.
 */
const VALIDATION_ERROR = Symbol.for('cdktf-redundant-site-to-site-vpn.VpnValidationError');

/** True when `x` is a {@link VpnValidationError} of any copy of this library. */
export function isVpnValidationError(x: unknown): x is VpnValidationError {
  return typeof x === 'object' && x !== null && (x as { [VALIDATION_ERROR]?: unknown })[VALIDATION_ERROR] === true;
}

/** Not exported: jsii rejects `extends Error` directly on an exported class (JSII3004). */
abstract class VpnError extends Error {}

/**
 * Thrown when props or a config break AWS's rules; carries every issue found.
 *
 * `@internal` for jsii only: a jsii class cannot extend the JavaScript built-in `Error`, so this
 * class is not in the `.jsii` assembly (Python, Java, C#, Go see a plain runtime error whose
 * message lists every issue). TypeScript/JavaScript users import it from the package as before
 * (`instanceof VpnValidationError`, `.issues`): it stays in the `.d.ts` because `stripInternal` is off.
 * @internal
 */
export class VpnValidationError extends VpnError {
  /** All issues, in the order the rules found them. */
  public readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], context?: string) {
    const head = `${context ?? 'Invalid Site-to-Site VPN configuration'}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    super([head, ...issues.map((i) => `  - ${formatIssue(i)}`)].join('\n'));
    this.name = 'VpnValidationError';
    this.issues = issues;
    Object.defineProperty(this, VALIDATION_ERROR, { value: true });
  }
}

/** `path: message`, the one-line form used in error text. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path}: ${issue.message}`;
}

/** Marker for values that must never be echoed (pre-shared keys). */
export const SECRET = Symbol('secret');

/** Renders a value as given: strings quoted, secrets hidden. */
export function showValue(value: unknown): string {
  if (value === SECRET) return '(value hidden)';
  if (value === undefined) return '(missing)';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  // One line per issue: a whole nested object pasted by mistake is cut, not dumped.
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

const MAX_SHOWN = 120;

/** Collects errors and warnings while rules run. */
export class Reporter {
  public readonly errors: ValidationIssue[] = [];
  public readonly warnings: ValidationIssue[] = [];
  /** Identical issues (one profile value shared by many tunnels) are reported once. */
  private readonly seen = new Set<string>();

  /** Reports `path: <value> — <rule> (<allowed>)`. Pass {@link SECRET} as value for secrets. */
  public error(path: string, value: unknown, rule: string, allowed?: string): void {
    this.add(this.errors, 'E', path, compose(value, rule, allowed));
  }

  /** A legal but risky choice: reported, never fatal. */
  public warn(path: string, value: unknown, rule: string, advice?: string): void {
    this.add(this.warnings, 'W', path, compose(value, rule, advice));
  }

  private add(list: ValidationIssue[], kind: string, path: string, message: string): void {
    const key = `${kind}\u0000${path}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    list.push({ path, message });
  }
}

function compose(value: unknown, rule: string, allowed?: string): string {
  return `${showValue(value)} — ${rule}${allowed ? ` (${allowed})` : ''}`;
}
