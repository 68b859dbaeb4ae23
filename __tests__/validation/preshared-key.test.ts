import { errorsOf, withTunnel } from './support';

const PATH = 'customerGateways[1].tunnel1.presharedKey';
const ALLOWED = '(8–64 characters from A–Z a–z 0–9 "." "_", not starting with "0")';

describe('pre-shared key: 8–64 of A–Z a–z 0–9 . _, not starting with 0', () => {
  test.each([['a'.repeat(8)], ['A'.repeat(64)], ['key.with_dots_1'], ['1starts.with.one'], ['_leading_underscore'], ['.leading.dot']])('accepts %s', (key) => {
    expect(errorsOf(withTunnel(1, { presharedKey: key }))).toEqual([]);
  });

  test.each([
    ['a'.repeat(7), '7 characters: too short'],
    ['a'.repeat(65), '65 characters: too long'],
    ['', '0 characters: too short'],
    ['has-a-dash', 'contains characters AWS does not allow'],
    ['has a space', 'contains characters AWS does not allow'],
    ['ümlautkey', 'contains characters AWS does not allow'],
    ['0startswithzero', 'starts with "0"'],
  ])('rejects a bad key (%#): %s', (key, rule) => {
    expect(errorsOf(withTunnel(1, { presharedKey: key }))).toEqual([`${PATH}: (value hidden) — ${rule} ${ALLOWED}`]);
  });

  test('every broken rule of one key is listed, and the key never appears', () => {
    const key = '0-x';
    const errors = errorsOf(withTunnel(1, { presharedKey: key }));
    expect(errors).toEqual([
      `${PATH}: (value hidden) — 3 characters: too short ${ALLOWED}`,
      `${PATH}: (value hidden) — contains characters AWS does not allow ${ALLOWED}`,
      `${PATH}: (value hidden) — starts with "0" ${ALLOWED}`,
    ]);
  });

  test('a key is never echoed, even a long distinctive one', () => {
    const key = 'Secret_Value.ThatMustNotLeak_' + 'x'.repeat(40);
    const errors = errorsOf(withTunnel(1, { presharedKey: key })).join('\n');
    expect(errors).toContain('(value hidden)');
    expect(errors).not.toContain('Secret_Value');
  });

  test('a wrong type is reported without echoing it', () => {
    expect(errorsOf(withTunnel(1, { presharedKey: 12345678 }))).toEqual([`${PATH}: (value hidden) — not a string ${ALLOWED}`]);
  });
});
