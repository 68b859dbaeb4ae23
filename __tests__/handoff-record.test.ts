/**
 * The hand-off record of each tunnel carries what the tunnel is deployed with: the options after
 * precedence (the same ones the construct writes as tunnelN_* arguments), AWS's defaults where
 * unset, AWS's BGP timers and the MTU/MSS for the algorithms AWS may negotiate.
 */
import { AWS_DEFAULTS } from '../src/model/aws-defaults';
import { DpdTimeoutAction, EncryptionAlgorithm, IntegrityAlgorithm, TunnelProfiles } from '../src';
import { recommendedMtu } from '../src/handoff/mtu';
import { tunnelCryptoRecord } from '../src/handoff/tunnel-crypto';
import { baseProps, handoffOf, Json, synthVpn, withTunnel } from './support/synth';

/** The synthesized aws_vpn_connection of a device, by its customer gateway name. */
const connectionOf = (json: Json, site: string): Json =>
  Object.entries(json.resource.aws_vpn_connection as Json).find(([id]) => id.startsWith(`vpn_VpnConnection-${site}_`))![1] as Json;

describe('hand-off crypto after precedence', () => {
  const props = withTunnel(2, { phase1DhGroupNumbers: [21], dpdTimeoutAction: DpdTimeoutAction.RESTART }, { phase1DhGroupNumbers: [14], phase2EncryptionAlgorithms: [EncryptionAlgorithm.AES256_GCM_16] });
  const json = synthVpn(props);
  const handoff = handoffOf(json);

  test('the tunnel layer wins over the profile, per tunnel, as in the synthesized arguments', () => {
    const [t1, t2] = handoff.connections['dc1-edge-b'].tunnels;
    const vpn = connectionOf(json, 'dc1-edge-b');
    expect(t1.phase1.dh_groups).toEqual(vpn.tunnel1_phase1_dh_group_numbers);
    expect(t2.phase1.dh_groups).toEqual(vpn.tunnel2_phase1_dh_group_numbers);
    expect([t1.phase1.dh_groups, t2.phase1.dh_groups]).toEqual([[14], [21]]);
    expect([t1.dpd_timeout_action, t2.dpd_timeout_action]).toEqual(['clear', 'restart']);
    expect(t1.phase2.encryption).toEqual(['AES256-GCM-16']);
  });

  test("unset options are AWS's defaults, spelled out", () => {
    const t = handoff.connections['dc1-edge-a'].tunnels[0];
    expect(t.ike_versions).toEqual(['ikev1', 'ikev2']);
    expect(t.phase1.encryption).toEqual([...AWS_DEFAULTS.encryption]);
    expect(t.phase1.integrity).toEqual([...AWS_DEFAULTS.integrity]);
    expect(t.phase2.dh_groups).toEqual([...AWS_DEFAULTS.phase2DhGroups]);
    expect(t).toMatchObject({
      rekey_margin_seconds: 270,
      rekey_fuzz_percentage: 100,
      replay_window_packets: 1024,
      dpd_timeout_seconds: 30,
      startup_action: 'add',
      bgp_keepalive_seconds: 10,
      bgp_hold_seconds: 30,
    });
    expect(t.phase1.lifetime_seconds).toBe(28800);
    expect(t.phase2.lifetime_seconds).toBe(3600);
  });

  test('with Secrets Manager key storage the key location is the secret ARN', () => {
    const sm = handoffOf(synthVpn(baseProps({ presharedKeyStorage: 'SecretsManager' as never })));
    expect(sm.connections['dc1-edge-a'].tunnels[0].key_location).toEqual({ secrets_manager_arn: expect.stringMatching(/\.preshared_key_arn\}$/) });
  });
});

describe('MTU/MSS recommendation (AWS best practice, NAT traversal column)', () => {
  test.each([
    [[EncryptionAlgorithm.AES256_GCM_16], [IntegrityAlgorithm.SHA2_512], 1438, 1398],
    [[EncryptionAlgorithm.AES128], [IntegrityAlgorithm.SHA1], 1422, 1382],
    [[EncryptionAlgorithm.AES256], [IntegrityAlgorithm.SHA2_384], 1422, 1382],
    [[EncryptionAlgorithm.AES256], [IntegrityAlgorithm.SHA2_512], 1406, 1366],
  ])('%j with %j → MTU %d, MSS %d', (enc, integ, mtu, mss) => {
    expect(recommendedMtu(enc, integ)).toEqual({ mtuBytes: mtu, mssBytes: mss });
  });

  test('the smallest over every combination AWS may negotiate: AWS defaults → the SHA2-512 row', () => {
    expect(tunnelCryptoRecord({})).toMatchObject({ mtu_bytes: 1406, mss_bytes: 1366 });
    const strong = tunnelCryptoRecord(TunnelProfiles.strong());
    expect(strong).toMatchObject({ mtu_bytes: 1406, mss_bytes: 1366 });
    expect(tunnelCryptoRecord({ phase2EncryptionAlgorithms: [EncryptionAlgorithm.AES128_GCM_16] })).toMatchObject({ mtu_bytes: 1438, mss_bytes: 1398 });
  });
});
