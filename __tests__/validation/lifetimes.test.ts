import { errorsOf, withProfile, withTunnel } from './support';

/** [field, below, min, max, above, allowed] */
const RANGES: [string, number, number, number, number, string][] = [
  // Accepted at min and max against the AWS defaults (phase 1 28800 s, phase 2 3600 s).
  ['phase2LifetimeSeconds', 899, 900, 3600, 3601, '900–3600 seconds, less than the phase 1 lifetime'],
  ['rekeyMarginTimeSeconds', 59, 60, 1800, 1801, '60–1800 seconds, at most half the phase 2 lifetime'],
  ['rekeyFuzzPercentage', -1, 0, 100, 101, '0–100 percent'],
  ['replayWindowSize', 63, 64, 2048, 2049, '64–2048 packets'],
  ['dpdTimeoutSeconds', 29, 30, 2147483647, 2147483648, '30 seconds or more'],
];

describe.each(RANGES)('%s: boundaries on both sides', (field, below, min, max, above, allowed) => {
  test.each([[min], [max]])('accepts %d', (v) => {
    expect(errorsOf(withProfile({ [field]: v }))).toEqual([]);
  });
  test.each([[below], [above]])('rejects %d', (v) => {
    expect(errorsOf(withProfile({ [field]: v }))).toEqual([`tunnelOptions.${field}: ${v} — out of range (${allowed})`]);
  });
  test.each([[min + 0.5], ['900'], [null], [true]])('rejects a non-whole-number %j', (v) => {
    expect(errorsOf(withProfile({ [field]: v }))).toEqual([`tunnelOptions.${field}: ${JSON.stringify(v)} — not a whole number (${allowed})`]);
  });
});

describe('phase 1 lifetime: 900–28800 s', () => {
  const allowed = '900–28800 seconds';
  test('accepts 28800, and 901 over a 900 s phase 2', () => {
    expect(errorsOf(withProfile({ phase1LifetimeSeconds: 28800 }))).toEqual([]);
    expect(errorsOf(withProfile({ phase1LifetimeSeconds: 901, phase2LifetimeSeconds: 900 }))).toEqual([]);
  });
  test('900 is in range but never valid: phase 2 must be shorter and cannot go below 900', () => {
    expect(errorsOf(withProfile({ phase1LifetimeSeconds: 900, phase2LifetimeSeconds: 900 }))).toEqual([
      'tunnelOptions.phase2LifetimeSeconds: 900 — phase 2 lifetime not less than the phase 1 lifetime (phase 1 is 900 s from tunnelOptions.phase1LifetimeSeconds in every tunnel that uses tunnelOptions)',
    ]);
  });
  test.each([[899], [28801]])('rejects %d', (v) => {
    expect(errorsOf(withProfile({ phase1LifetimeSeconds: v }))).toEqual([`tunnelOptions.phase1LifetimeSeconds: ${v} — out of range (${allowed})`]);
  });
  test.each([[1000.5], ['28800']])('rejects a non-whole-number %j', (v) => {
    expect(errorsOf(withProfile({ phase1LifetimeSeconds: v }))).toEqual([`tunnelOptions.phase1LifetimeSeconds: ${JSON.stringify(v)} — not a whole number (${allowed})`]);
  });
});

describe('phase 2 lifetime: less than phase 1 (its range is in RANGES)', () => {
  test('phase 2 = phase 1 is rejected, phase 2 = phase 1 − 1 accepted', () => {
    expect(errorsOf(withProfile({ phase1LifetimeSeconds: 1200, phase2LifetimeSeconds: 1199 }))).toEqual([]);
    expect(errorsOf(withProfile({ phase1LifetimeSeconds: 1200, phase2LifetimeSeconds: 1200 }))).toEqual([
      'tunnelOptions.phase2LifetimeSeconds: 1200 — phase 2 lifetime not less than the phase 1 lifetime (phase 1 is 1200 s from tunnelOptions.phase1LifetimeSeconds in every tunnel that uses tunnelOptions)',
    ]);
  });

  test('a short phase 1 against the AWS default phase 2 (3600) is reported where phase 1 was given', () => {
    expect(errorsOf(withTunnel(1, { phase1LifetimeSeconds: 3600 }))).toEqual([
      'customerGateways[1].tunnel1.phase1LifetimeSeconds: 3600 — phase 1 lifetime not greater than the phase 2 lifetime (phase 2 is 3600 s (AWS default) in customerGateways[1] tunnel 1)',
    ]);
    expect(errorsOf(withTunnel(1, { phase1LifetimeSeconds: 3601 }))).toEqual([]);
  });

  test('merged options: the profile phase 2 against one tunnel phase 1 is reported at the tunnel (more specific)', () => {
    expect(errorsOf(withTunnel(2, { phase1LifetimeSeconds: 1000 }, { phase2LifetimeSeconds: 1800 }))).toEqual([
      'customerGateways[1].tunnel2.phase1LifetimeSeconds: 1000 — phase 1 lifetime not greater than the phase 2 lifetime (phase 2 is 1800 s from tunnelOptions.phase2LifetimeSeconds in customerGateways[1] tunnel 2)',
    ]);
  });

  test('a profile value overridden by the tunnel does not count for that tunnel', () => {
    expect(errorsOf(withTunnel(2, { phase2LifetimeSeconds: 900 }, { phase1LifetimeSeconds: 1000, phase2LifetimeSeconds: 900 }))).toEqual([]);
  });
});

describe('rekey margin: at most half the phase 2 lifetime (its range is in RANGES)', () => {
  test('exactly half of phase 2 passes, one second more fails', () => {
    expect(errorsOf(withProfile({ phase2LifetimeSeconds: 1000, rekeyMarginTimeSeconds: 500 }))).toEqual([]);
    expect(errorsOf(withProfile({ phase2LifetimeSeconds: 1000, rekeyMarginTimeSeconds: 501 }))).toEqual([
      'tunnelOptions.rekeyMarginTimeSeconds: 501 — rekey margin more than half the phase 2 lifetime (at most 500 s: phase 2 is 1000 s from tunnelOptions.phase2LifetimeSeconds in every tunnel that uses tunnelOptions)',
    ]);
  });

  test('an odd phase 2 lifetime: the margin may be at most its half rounded down', () => {
    expect(errorsOf(withProfile({ phase2LifetimeSeconds: 901, rekeyMarginTimeSeconds: 450 }))).toEqual([]);
    expect(errorsOf(withProfile({ phase2LifetimeSeconds: 901, rekeyMarginTimeSeconds: 451 }))).toHaveLength(1);
  });

  test('a tunnel phase 2 below twice the profile margin is reported at the tunnel phase 2', () => {
    expect(errorsOf(withTunnel(1, { phase2LifetimeSeconds: 900 }, { rekeyMarginTimeSeconds: 600 }))).toEqual([
      'customerGateways[1].tunnel1.phase2LifetimeSeconds: 900 — phase 2 lifetime less than twice the rekey margin (at least 1200 s: the rekey margin is 600 s from tunnelOptions.rekeyMarginTimeSeconds in customerGateways[1] tunnel 1)',
    ]);
  });
});
