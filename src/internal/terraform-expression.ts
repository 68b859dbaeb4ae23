/**
 * A structured value written as ONE Terraform expression string, `${{"key" = value, …}}`, instead
 * of a JSON object.
 *
 * Why: cdktf resolves a JSON value node by node — every key and every value, three passes per
 * synth, each with its own resolve context and token scans. The hand-off output is a record of
 * about 180 keys and values per connection (a third of the default app's synthesized nodes), and
 * resolving it made the default app's synth ≈ 3 ms slower and kept V8 compiling cdktf's resolver
 * past the end of the synth (≈ 7 ms more before the process could exit; `npm run bench`). As one
 * string it is one node.
 *
 * Terraform sees the same value. In Terraform's JSON syntax a string that is exactly one
 * interpolation evaluates to that expression's value, unconverted; the expression is an object
 * constructor whose members are the JSON value's members:
 * - a string that is exactly one reference `${a.b.c}` (what `attributeRef` makes) is written as the
 *   bare reference `a.b.c`;
 * - any other string, and every member name, is written as a quoted string with Terraform's
 *   escapes;
 * - numbers, booleans and null as literals; lists as tuples `[…]`, as JSON arrays are.
 * The real Terraform checks that both forms plan to the same value, partly known and fully known
 * (`__tests__/provider/handoff-expression.test.ts`).
 *
 * A value is returned as it is (a JSON object, resolved by cdktf as before) when it holds a cdktf
 * token (e.g. a `vpcId` read from another resource: a token must go through cdktf's resolve), or a
 * string with a template sequence (`${`, `%{`) other than a whole reference: inside a quoted
 * expression string its quotes would need other escapes than JSON's.
 */
import { Token, Tokenization } from 'cdktf';

/** `value` as one Terraform expression string; `value` itself when it must stay JSON (see above). */
export function asTerraformExpression(value: unknown): unknown {
  return staysJson(value) ? value : `\${${expression(value)}}`;
}

/** A whole-string reference `${type.name.attribute}` (or `${data.…}`, `${var.…}`), as `attributeRef` writes it. */
const REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)+)\}$/;
/** The start of a template sequence: an interpolation or a directive. */
const TEMPLATE = /[$%]\{/;

/** Does `value` hold a cdktf token, or a string (or member name) with a template sequence that is not a whole reference? */
function staysJson(value: unknown): boolean {
  if (typeof value === 'string') return Token.isUnresolved(value) || (TEMPLATE.test(value) && !REFERENCE.test(value));
  if (typeof value === 'number') return Token.isUnresolved(value);
  if (Array.isArray(value)) return Token.isUnresolved(value) || value.some(staysJson);
  if (typeof value === 'object' && value !== null) {
    return Tokenization.isResolvable(value) || Object.keys(value).some((k) => Token.isUnresolved(k) || TEMPLATE.test(k)) || Object.values(value).some(staysJson);
  }
  return false;
}

function expression(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const reference = REFERENCE.exec(value);
      return reference ? reference[1] : quoted(value);
    }
    case 'number':
      // JSON writes a non-finite number as null.
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return String(value);
    case 'object': {
      if (value === null) return 'null';
      // Like cdktf's resolve: an undefined list element or member is dropped.
      if (Array.isArray(value)) return `[${value.filter((v) => v !== undefined).map(expression).join(', ')}]`;
      // Members sorted, as cdktf writes the JSON (stable, reviewable diffs).
      const members = Object.keys(value)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => `${quoted(k)} = ${expression((value as Record<string, unknown>)[k])}`);
      return `{${members.join(', ')}}`;
    }
    default:
      throw new Error(`cannot write a ${typeof value} as a Terraform expression`);
  }
}

/** Terraform's quoted-string escapes: `\\`, `\"`, `\n`, `\r`, `\t`, `\uNNNN`. */
function quoted(text: string): string {
  return `"${text.replace(/["\\\u0000-\u001f]/g, escapeChar)}"`;
}

function escapeChar(c: string): string {
  switch (c) {
    case '"':
      return '\\"';
    case '\\':
      return '\\\\';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
}
