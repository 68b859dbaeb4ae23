import { errorsOf, withProfile, withTunnel } from './support';

describe('DH groups', () => {
  test.each([[[2]], [[14]], [[24]], [[2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]]])('phase 1 accepts %j', (groups) => {
    expect(errorsOf(withProfile({ phase1DhGroupNumbers: groups }))).toEqual([]);
  });
  test.each([[1], [5], [13], [25]])('phase 1 rejects %d', (group) => {
    expect(errorsOf(withProfile({ phase1DhGroupNumbers: [20, group] }))).toEqual([
      `tunnelOptions.phase1DhGroupNumbers[1]: ${group} — not a phase 1 DH group (phase 1 allows 2, 14–24)`,
    ]);
  });

  test.each([[[2]], [[5]], [[14]], [[24]]])('phase 2 accepts %j', (groups) => {
    expect(errorsOf(withProfile({ phase2DhGroupNumbers: groups }))).toEqual([]);
  });
  test.each([[1], [4], [6], [13], [25], ['14']])('phase 2 rejects %j', (group) => {
    expect(errorsOf(withTunnel(2, { phase2DhGroupNumbers: [group] }))).toEqual([
      `customerGateways[1].tunnel2.phase2DhGroupNumbers[0]: ${JSON.stringify(group)} — not a phase 2 DH group (phase 2 allows 2, 5, 14–24)`,
    ]);
  });

  test('duplicates and empty lists are rejected', () => {
    expect(errorsOf(withProfile({ phase1DhGroupNumbers: [20, 21, 20] }))).toEqual([
      'tunnelOptions.phase1DhGroupNumbers[2]: 20 — duplicate entry (list each value once)',
    ]);
    expect(errorsOf(withProfile({ phase2DhGroupNumbers: [] }))).toEqual([
      'tunnelOptions.phase2DhGroupNumbers: [] — empty list: AWS would apply its defaults, weak ones included (leave it unset, or give at least one entry: phase 2 allows 2, 5, 14–24)',
    ]);
  });

  test('not a list', () => {
    expect(errorsOf(withProfile({ phase1DhGroupNumbers: 20 }))).toEqual(['tunnelOptions.phase1DhGroupNumbers: 20 — not a list (phase 1 allows 2, 14–24)']);
  });
});
