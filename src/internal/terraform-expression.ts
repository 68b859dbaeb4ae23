/**
 * A structured value written as ONE Terraform expression string, `${{"key" = value, …}}`, instead
 * of a JSON object.
 *
 * Why: cdktf resolves a JSON value node by node — every key and every value, three passes per
 * synth, each with its own resolve context and token scans. The hand-off output is a record of
 * about 180 keys and values per connection (a third of the default app's synthesized nodes), and
 * resolving it made the default app's synth ≈ 3 ms slower and kept V8 compiling cdktf's resolver
 * past the end of the synth (≈ 7 ms more before the process could exit; `npm run bench`). As one
 * string it is one node. The secrets map (references only) is written the same way.
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
  const written = expression(value);
  return written === undefined ? value : `\${${written}}`;
}

/** A whole-string reference `${type.name.attribute}` (or `${data.…}`, `${var.…}`), as `attributeRef` writes it. */
const REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)+)\}$/;
/** The start of a template sequence: an interpolation or a directive. */
const TEMPLATE = /[$%]\{/;

/**
 * `value` written as an expression, in one walk; undefined as soon as a part must stay JSON: a
 * cdktf token, a string or member name with a template sequence that is not a whole reference, or
 * a value JSON has no form for (a function: cdktf reports it).
 */
function expression(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string': {
      if (Token.isUnresolved(value)) return undefined;
      const reference = REFERENCE.exec(value);
      if (reference) return reference[1];
      return TEMPLATE.test(value) ? undefined : quoted(value);
    }
    case 'number':
      if (Token.isUnresolved(value)) return undefined;
      // JSON writes a non-finite number as null.
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return String(value);
    case 'object': {
      if (value === null) return 'null';
      // A list token is a one-element list; any other token is a resolvable object.
      if (Array.isArray(value) ? Token.isUnresolved(value) : Tokenization.isResolvable(value)) return undefined;
      // Like cdktf's resolve: an undefined list element or member is dropped.
      if (Array.isArray(value)) {
        const items: string[] = [];
        for (const item of value) {
          if (item === undefined) continue;
          const written = expression(item);
          if (written === undefined) return undefined;
          items.push(written);
        }
        return `[${items.join(', ')}]`;
      }
      // Members sorted, as cdktf writes the JSON (stable, reviewable diffs).
      const members: string[] = [];
      for (const name of Object.keys(value).sort()) {
        const member = (value as Record<string, unknown>)[name];
        if (member === undefined) continue;
        if (Token.isUnresolved(name) || TEMPLATE.test(name)) return undefined;
        const written = expression(member);
        if (written === undefined) return undefined;
        members.push(`${quoted(name)} = ${written}`);
      }
      return `{${members.join(', ')}}`;
    }
    default:
      return undefined;
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
