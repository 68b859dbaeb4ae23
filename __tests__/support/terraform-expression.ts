/**
 * Reads back what src/internal/terraform-expression.ts writes — `${{"key" = value, …}}` — as the
 * JSON value it stands for (bare references as `${…}` strings), so that unit tests can inspect a
 * hand-off output's members. Only that writer's subset; whether Terraform evaluates the expression
 * to the same value is the real Terraform's verdict (__tests__/provider/handoff-expression.test.ts).
 */
export function readTerraformExpression(text: string): unknown {
  if (!text.startsWith('${') || !text.endsWith('}')) throw new Error(`not one interpolation: ${text.slice(0, 40)}`);
  const source = text.slice(2, -1);
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${at}: …${source.slice(at, at + 40)}`);
  };
  const space = () => {
    while (source[at] === ' ') at++;
  };
  const expect = (c: string) => {
    space();
    if (source[at] !== c) fail(`expected ${c}`);
    at++;
  };
  const string = (): string => {
    expect('"');
    let out = '';
    const escapes: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', r: '\r', t: '\t' };
    while (source[at] !== '"') {
      if (at >= source.length) fail('unterminated string');
      if (source[at] === '\\') {
        const e = source[at + 1];
        if (e === 'u') {
          out += String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16));
          at += 6;
        } else {
          out += escapes[e] ?? fail(`unknown escape \\${e}`);
          at += 2;
        }
      } else {
        out += source[at++];
      }
    }
    at++;
    return out;
  };
  const value = (): unknown => {
    space();
    const c = source[at];
    if (c === '"') return string();
    if (c === '{') {
      at++;
      const members: Record<string, unknown> = {};
      space();
      while (source[at] !== '}') {
        const key = string();
        expect('=');
        members[key] = value();
        space();
        if (source[at] === ',') at++;
        space();
      }
      at++;
      return members;
    }
    if (c === '[') {
      at++;
      const items: unknown[] = [];
      space();
      while (source[at] !== ']') {
        items.push(value());
        space();
        if (source[at] === ',') at++;
        space();
      }
      at++;
      return items;
    }
    const word = /^[A-Za-z0-9_.+-]+/.exec(source.slice(at))?.[0] ?? fail('expected a value');
    at += word.length;
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    if (/^-?\d/.test(word)) return Number(word);
    return `\${${word}}`;
  };
  const result = value();
  space();
  if (at !== source.length) fail('trailing text');
  return result;
}
