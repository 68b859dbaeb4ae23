/** IKEv1 only with GCM-only phase 1 encryption cannot negotiate (RFC 5282: GCM for IKE is IKEv2 only). */
import { Testing, TerraformStack } from 'cdktf';
import { RedundantVpn, VpnValidationError } from '../../src';
import { errorsOf, withProfile, withTunnel } from './support';

const RULE = 'AES-GCM for phase 1 is defined for IKEv2 only (RFC 5282) (allow ikev2, or add "AES256" (CBC) to phase1EncryptionAlgorithms)';

test('one tunnel: both halves there, reported at the encryption list, naming the tunnel and the other half', () => {
  expect(errorsOf(withTunnel(2, { ikeVersions: ['ikev1'], phase1EncryptionAlgorithms: ['AES256-GCM-16'] }))).toEqual([
    `customerGateways[1].tunnel2.phase1EncryptionAlgorithms: ["AES256-GCM-16"] — GCM only, but IKE versions are IKEv1 only (["ikev1"] from customerGateways[1].tunnel2.ikeVersions) in customerGateways[1] tunnel 2: ${RULE}`,
  ]);
});

test('split across layers: reported at the more specific layer (the tunnel), naming the profile value', () => {
  expect(errorsOf(withTunnel(1, { ikeVersions: ['ikev1'] }, { phase1EncryptionAlgorithms: ['AES128-GCM-16', 'AES256-GCM-16'] }))).toEqual([
    `customerGateways[1].tunnel1.ikeVersions: ["ikev1"] — IKEv1 only, but phase 1 encryption is GCM only (["AES128-GCM-16","AES256-GCM-16"] from tunnelOptions.phase1EncryptionAlgorithms) in customerGateways[1] tunnel 1: ${RULE}`,
  ]);
});

test('both in the profile: reported once, for every tunnel', () => {
  expect(errorsOf(withProfile({ ikeVersions: ['ikev1'], phase1EncryptionAlgorithms: ['AES256-GCM-16'] }))).toEqual([
    `tunnelOptions.phase1EncryptionAlgorithms: ["AES256-GCM-16"] — GCM only, but IKE versions are IKEv1 only (["ikev1"] from tunnelOptions.ikeVersions) in every tunnel that uses tunnelOptions: ${RULE}`,
  ]);
});

test.each([
  ['IKEv2 allowed', { ikeVersions: ['ikev1', 'ikev2'], phase1EncryptionAlgorithms: ['AES256-GCM-16'] }],
  ['a CBC cipher offered too', { ikeVersions: ['ikev1'], phase1EncryptionAlgorithms: ['AES256', 'AES256-GCM-16'] }],
  ['IKE versions unset (AWS allows both)', { phase1EncryptionAlgorithms: ['AES256-GCM-16'] }],
  ['phase 1 encryption unset (AWS offers CBC too)', { ikeVersions: ['ikev1'] }],
  ['GCM in phase 2 only (ESP has GCM under IKEv1: RFC 4106)', { ikeVersions: ['ikev1'], phase1EncryptionAlgorithms: ['AES256'], phase2EncryptionAlgorithms: ['AES256-GCM-16'] }],
])('accepted: %s', (_name, options) => {
  expect(errorsOf(withTunnel(2, options))).toEqual([]);
});

test('the construct refuses it at synth', () => {
  const stack = new TerraformStack(Testing.app(), 's');
  expect(() => new RedundantVpn(stack, 'vpn', withTunnel(1, { ikeVersions: ['ikev1'], phase1EncryptionAlgorithms: ['AES128-GCM-16'] }) as never)).toThrow(VpnValidationError);
});
