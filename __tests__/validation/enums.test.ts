import { errorsOf, withProfile, withTunnel } from './support';

const ENC = 'one of "AES128", "AES256", "AES128-GCM-16", "AES256-GCM-16"; case-sensitive';
const INTEG = 'one of "SHA1", "SHA2-256", "SHA2-384", "SHA2-512"; case-sensitive';

describe('closed sets, case-sensitive', () => {
  test.each([
    ['ikeVersions', ['ikev1', 'ikev2']],
    ['phase1EncryptionAlgorithms', ['AES128', 'AES256', 'AES128-GCM-16', 'AES256-GCM-16']],
    ['phase2EncryptionAlgorithms', ['AES256-GCM-16']],
    ['phase1IntegrityAlgorithms', ['SHA1', 'SHA2-256', 'SHA2-384', 'SHA2-512']],
    ['phase2IntegrityAlgorithms', ['SHA2-512']],
  ])('%s accepts %j', (field, value) => {
    expect(errorsOf(withProfile({ [field]: value }))).toEqual([]);
  });

  test.each([
    ['ikeVersions', 'IKEv2', 'one of "ikev1", "ikev2"; case-sensitive — did you mean "ikev2"?'],
    ['ikeVersions', 'ikev3', 'one of "ikev1", "ikev2"; case-sensitive'],
    ['phase1EncryptionAlgorithms', 'aes256', `${ENC} — did you mean "AES256"?`],
    ['phase2EncryptionAlgorithms', 'AES192', ENC],
    ['phase1IntegrityAlgorithms', 'sha2-256', `${INTEG} — did you mean "SHA2-256"?`],
    ['phase2IntegrityAlgorithms', 'MD5', INTEG],
  ])('%s rejects %j', (field, entry, allowed) => {
    expect(errorsOf(withProfile({ [field]: [entry] }))).toEqual([`tunnelOptions.${field}[0]: ${JSON.stringify(entry)} — not an allowed value (${allowed})`]);
  });

  test.each([
    ['dpdTimeoutAction', ['clear', 'none', 'restart'], 'Restart', 'one of "clear", "none", "restart"; case-sensitive — did you mean "restart"?'],
    ['startupAction', ['add'], 'ADD', 'one of "add", "start"; case-sensitive — did you mean "add"?'],
  ])('%s', (field, good, bad, allowed) => {
    for (const value of good) expect(errorsOf(withProfile({ [field]: value }))).toEqual([]);
    expect(errorsOf(withProfile({ [field]: bad }))).toEqual([`tunnelOptions.${field}: ${JSON.stringify(bad)} — not an allowed value (${allowed})`]);
  });

  test('enableTunnelLifecycleControl is a boolean', () => {
    expect(errorsOf(withProfile({ enableTunnelLifecycleControl: true }))).toEqual([]);
    expect(errorsOf(withProfile({ enableTunnelLifecycleControl: 'true' }))).toEqual([
      'tunnelOptions.enableTunnelLifecycleControl: "true" — not a boolean (true or false)',
    ]);
  });

  test('empty and duplicate entries', () => {
    expect(errorsOf(withProfile({ ikeVersions: [] }))).toEqual([
      'tunnelOptions.ikeVersions: [] — empty list: AWS would apply its defaults, weak ones included (leave it unset, or give at least one entry: one of "ikev1", "ikev2"; case-sensitive)',
    ]);
    expect(errorsOf(withProfile({ phase1EncryptionAlgorithms: ['AES256', 'AES256'] }))).toEqual([
      'tunnelOptions.phase1EncryptionAlgorithms[1]: "AES256" — duplicate entry (list each value once)',
    ]);
  });
});

describe('startup action "start" needs IKE versions exactly ["ikev2"] (merged per tunnel)', () => {
  test('accepted with ["ikev2"]', () => {
    expect(errorsOf(withProfile({ startupAction: 'start', ikeVersions: ['ikev2'] }))).toEqual([]);
  });

  test('rejected with IKE versions unset (AWS default allows both)', () => {
    expect(errorsOf(withProfile({ startupAction: 'start' }))).toEqual([
      'tunnelOptions.startupAction: "start" — needs IKE versions exactly ["ikev2"] (ikeVersions is unset: AWS allows ikev1 and ikev2 in every tunnel that uses tunnelOptions)',
    ]);
  });

  test('a tunnel that allows IKEv1 under a profile "start" is reported at the tunnel', () => {
    expect(errorsOf(withTunnel(2, { ikeVersions: ['ikev1', 'ikev2'] }, { startupAction: 'start', ikeVersions: ['ikev2'] }))).toEqual([
      'customerGateways[1].tunnel2.ikeVersions: ["ikev1","ikev2"] — startup action "start" (from tunnelOptions.startupAction) needs IKE versions exactly ["ikev2"] (AWS initiates only with IKEv2; in customerGateways[1] tunnel 2)',
    ]);
  });

  test('a tunnel "start" under a profile ["ikev1"] is reported at the tunnel startup action', () => {
    expect(errorsOf(withTunnel(1, { startupAction: 'start' }, { ikeVersions: ['ikev1'] }))).toEqual([
      'customerGateways[1].tunnel1.startupAction: "start" — needs IKE versions exactly ["ikev2"] (ikeVersions is ["ikev1"] from tunnelOptions.ikeVersions in customerGateways[1] tunnel 1)',
    ]);
  });

  test('a tunnel that sets "add" escapes the profile "start"', () => {
    expect(errorsOf(withTunnel(1, { startupAction: 'add', ikeVersions: ['ikev1'] }, { startupAction: 'start', ikeVersions: ['ikev2'] }))).toEqual([]);
  });
});
