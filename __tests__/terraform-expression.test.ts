/**
 * asTerraformExpression: what it writes, and when it leaves a value as JSON. That Terraform
 * evaluates the written expression to the JSON value's value is the real Terraform's verdict
 * (__tests__/provider/handoff-expression.test.ts); here, the text.
 */
import { Lazy, Token } from 'cdktf';
import { asTerraformExpression } from '../src/internal/synth-speed';
import { readTerraformExpression } from './support/terraform-expression';

describe('asTerraformExpression', () => {
  test('an object constructor in one interpolation: members sorted, references bare, literals as Terraform writes them', () => {
    const value = { b: [1, -2.5, true, null], a: '${aws_vpn_gateway.vpn_Gw_1.id}', c: { 'dc1-edge-a': 'x' }, d: [] };
    expect(asTerraformExpression(value)).toBe('${{"a" = aws_vpn_gateway.vpn_Gw_1.id, "b" = [1, -2.5, true, null], "c" = {"dc1-edge-a" = "x"}, "d" = []}}');
  });

  test("strings get Terraform's escapes, not JSON's (no \\b or \\f, which Terraform rejects)", () => {
    expect(asTerraformExpression({ s: 'quote " backslash \\ tab \t nl \n cr \r bs \b ff \f' })).toBe(
      '${{"s" = "quote \\" backslash \\\\ tab \\t nl \\n cr \\r bs \\u0008 ff \\u000c"}}',
    );
  });

  test('undefined members and list elements are dropped (as cdktf drops them); a non-finite number is null (as JSON writes it)', () => {
    expect(asTerraformExpression({ a: undefined, b: [1, undefined, 2], c: Infinity })).toBe('${{"b" = [1, 2], "c" = null}}');
  });

  test('a value with a cdktf token stays a JSON object, for cdktf to resolve', () => {
    const lazy = { vpc_id: Lazy.stringValue({ produce: () => 'vpc-1' }), n: 1 };
    expect(asTerraformExpression(lazy)).toBe(lazy);
    const number = { asn: Token.asNumber(Lazy.numberValue({ produce: () => 65000 })) };
    expect(asTerraformExpression(number)).toBe(number);
    const list = { routes: Token.asList(Lazy.listValue({ produce: () => ['10.0.0.0/16'] })) };
    expect(asTerraformExpression(list)).toBe(list);
  });

  test('a string with a template sequence that is not one whole reference stays JSON (its quotes would need other escapes)', () => {
    for (const s of ['prefix-${aws_x.y.id}', '${aws_x.y.id}-${aws_x.z.id}', '%{ if true }x%{ endif }', '$${literal}']) {
      const value = { s };
      expect(asTerraformExpression(value)).toBe(value);
    }
    const key = { '${k}': 1 };
    expect(asTerraformExpression(key)).toBe(key);
    // Deep in a list too: the whole value stays JSON, not just the member.
    const deep = { a: [{ b: 'ok' }, { c: 'x-${aws_x.y.id}' }] };
    expect(asTerraformExpression(deep)).toBe(deep);
  });

  test('a value JSON has no form for (a function) is left to cdktf, which reports it', () => {
    const value = { f: () => 1 };
    expect(asTerraformExpression(value)).toBe(value);
  });

  test('the test reader gives back the JSON value (references in ${…} form)', () => {
    const value = { vpn_gateway_id: '${aws_vpn_gateway.vpn_Gw_1.id}', asn: 64512, list: ['a "b"', 1.5, false], nested: { x: null } };
    expect(readTerraformExpression(asTerraformExpression(value) as string)).toEqual(value);
  });
});
