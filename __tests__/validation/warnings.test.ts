import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, Testing, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RedundantVpn, StartupAction, TunnelProfiles } from '../../src';
import { buildApp, warningText } from '../../src/app/run';
import { baseProps, errorsOf, warningsOf, withProfile, withTunnel } from './support';

/** The strong profile, but AWS's default startup action: `start` would make the IKEv1 cases below errors. */
const STRONG = { ...TunnelProfiles.strong(), startupAction: StartupAction.ADD };

describe('warnings: legal but risky choices', () => {
  test('AWS defaults (nothing set): weak crypto and IKEv1 allowed, reported once at the profile', () => {
    expect(warningsOf(baseProps())).toEqual([
      "tunnelOptions.phase1EncryptionAlgorithms: (missing) — not set: AWS's defaults allow AES128 (set [\"AES256-GCM-16\"] or [\"AES256\"])",
      "tunnelOptions.phase2EncryptionAlgorithms: (missing) — not set: AWS's defaults allow AES128 (set [\"AES256-GCM-16\"] or [\"AES256\"])",
      "tunnelOptions.phase1IntegrityAlgorithms: (missing) — not set: AWS's defaults allow SHA1 (set [\"SHA2-256\"] or stronger)",
      "tunnelOptions.phase2IntegrityAlgorithms: (missing) — not set: AWS's defaults allow SHA1 (set [\"SHA2-256\"] or stronger)",
      "tunnelOptions.phase1DhGroupNumbers: (missing) — not set: AWS's defaults allow DH group 2 (set e.g. [20] or [14, 19, 20, 21])",
      "tunnelOptions.phase2DhGroupNumbers: (missing) — not set: AWS's defaults allow DH groups 2 and 5 (set e.g. [20] or [14, 19, 20, 21])",
      "tunnelOptions.ikeVersions: (missing) — not set: AWS's default allows IKEv1 (set [\"ikev2\"])",
    ]);
  });

  test('a strong profile gives no warning', () => {
    expect(warningsOf(withProfile(STRONG))).toEqual([]);
  });

  test('weak choices given explicitly, at the path where they were given', () => {
    expect(warningsOf(withTunnel(2, { phase1EncryptionAlgorithms: ['AES128', 'AES256'], phase2DhGroupNumbers: [2, 5, 20], ikeVersions: ['ikev1', 'ikev2'] }, STRONG))).toEqual([
      'customerGateways[1].tunnel2.phase1EncryptionAlgorithms: ["AES128","AES256"] — allows weak AES128 (prefer ["AES256-GCM-16"] or ["AES256"])',
      'customerGateways[1].tunnel2.phase2DhGroupNumbers: [2,5,20] — allows weak DH group 2, DH group 5 (prefer e.g. [20] or [14, 19, 20, 21])',
      'customerGateways[1].tunnel2.ikeVersions: ["ikev1","ikev2"] — allows IKEv1 (use ["ikev2"] unless the device only speaks IKEv1)',
    ]);
    expect(warningsOf(withProfile({ ...STRONG, phase1IntegrityAlgorithms: ['SHA1'] }))).toEqual([
      'tunnelOptions.phase1IntegrityAlgorithms: ["SHA1"] — allows weak SHA1 (prefer ["SHA2-256"] or stronger)',
    ]);
  });

  test('one tunnel without the profile: the unset list is reported at the profile', () => {
    const props = withTunnel(1, {}, {});
    const [a, b] = props.customerGateways;
    const mixed = { ...props, customerGateways: [{ ...a, tunnelOptions: STRONG }, { ...b, tunnel1: STRONG }] };
    expect(warningsOf(mixed).map((w) => w.split(':')[0])).toEqual([
      'tunnelOptions.phase1EncryptionAlgorithms',
      'tunnelOptions.phase2EncryptionAlgorithms',
      'tunnelOptions.phase1IntegrityAlgorithms',
      'tunnelOptions.phase2IntegrityAlgorithms',
      'tunnelOptions.phase1DhGroupNumbers',
      'tunnelOptions.phase2DhGroupNumbers',
      'tunnelOptions.ikeVersions',
    ]);
  });

  test('a literal pre-shared key: warned, never echoed', () => {
    const warnings = warningsOf(withTunnel(1, { presharedKey: 'Literal_Key_123' }, STRONG));
    expect(warnings).toEqual([
      'customerGateways[1].tunnel1.presharedKey: (value hidden) — a literal pre-shared key lands in plain text in cdktf.out (the synthesized JSON) and in the Terraform state (pass a sensitive TerraformVariable token, or leave it unset so AWS generates one)',
    ]);
    expect(warnings.join('\n')).not.toContain('Literal_Key_123');
  });

  test('rekey fuzz 0 is legal but never applied (the provider treats 0 as unset)', () => {
    expect(warningsOf(withProfile({ ...STRONG, rekeyFuzzPercentage: 0 }))).toEqual([
      'tunnelOptions.rekeyFuzzPercentage: 0 — not applied: the AWS provider treats 0 as unset and AWS keeps its default of 100 % (use 1 or more for a near-deterministic rekey time)',
    ]);
    expect(warningsOf(withProfile({ ...STRONG, rekeyFuzzPercentage: 1 }))).toEqual([]);
  });

  test('warnings are not fatal; with errors present only the errors are reported', () => {
    const props = withProfile({ presharedKey: 'short', ikeVersions: ['ikev1'] });
    expect(errorsOf(props)).toHaveLength(1);
    expect(warningsOf(props)).toEqual([]);
  });
});

describe('the construct exposes warnings and adds them as cdktf annotations', () => {
  const stack = new TerraformStack(Testing.app(), 's');
  const vpn = new RedundantVpn(stack, 'vpn', withProfile({ ...STRONG, ikeVersions: ['ikev1'] }));

  test('validationWarnings', () => {
    expect(vpn.validationWarnings).toEqual([
      { path: 'tunnelOptions.ikeVersions', message: '["ikev1"] — allows IKEv1 (use ["ikev2"] unless the device only speaks IKEv1)', ruleId: 'VPN-WARN-IKEV1' },
    ]);
  });

  test('Annotations warnings on the construct node (printed by cdktf synth)', () => {
    const warnings = vpn.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data);
    expect(warnings).toEqual(['tunnelOptions.ikeVersions: ["ikev1"] — allows IKEv1 (use ["ikev2"] unless the device only speaks IKEv1) [VPN-WARN-IKEV1]']);
  });

  test('the stack manifest lists them as warning annotations, for the cdktf CLI (without a stack trace)', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'w');
    new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    new RedundantVpn(stack, 'vpn', withProfile({ ...STRONG, ikeVersions: ['ikev1'] }));
    app.synth();
    const manifest = JSON.parse(readFileSync(join(app.outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks.w.annotations).toEqual([
      {
        constructPath: 'w/vpn',
        level: '@cdktf/warn',
        message: 'tunnelOptions.ikeVersions: ["ikev1"] — allows IKEv1 (use ["ikev2"] unless the device only speaks IKEv1) [VPN-WARN-IKEV1]',
      },
    ]);
  });
});

describe('the app prints the warnings of every stack', () => {
  test('a config stack with AWS default crypto lists its warnings under the stack name', () => {
    const config = join(__dirname, '..', 'fixtures', 'core-issue.json');
    const text = warningText(buildApp({ VPN_CONFIG: config }, () => new App({ outdir: mkdtempSync(join(tmpdir(), 'out-')) })));
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Warnings for stack prod-eu-west-1:',
      "  - tunnelOptions.phase1EncryptionAlgorithms: (missing) — not set: AWS's defaults allow AES128 (set [\"AES256-GCM-16\"] or [\"AES256\"]) [VPN-WARN-WEAK-CRYPTO]",
    ]);
  });

  test('the default app uses the strong profile and prints no warning', () => {
    expect(warningText(buildApp({}, () => new App({ outdir: mkdtempSync(join(tmpdir(), 'out-')) })))).toBe('');
  });
});
