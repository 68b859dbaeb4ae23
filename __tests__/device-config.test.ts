import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../src/device-config/cli';
import {
  deviceInputs,
  DeviceInput,
  espProposals,
  ikeProposals,
  keyEnvName,
  renderFrrConf,
  renderStrongswanConf,
  renderSwanctlConf,
  renderUpdownScript,
} from '../src/device-config';
import type { FoundHandoff } from '../src/handoff/outputs-file';
import { fixtureConnection, fixtureHandoff, fixtureTunnel } from './support/handoff-fixture';
import { EncryptionAlgorithm, IkeVersion, IntegrityAlgorithm, TunnelOptions } from '../src';

function handoff(routing: 'static' | 'dynamic', keys = true): FoundHandoff {
  return {
    stack: 'prod',
    vpn: 'vpn',
    handoff: fixtureHandoff(
      {
        'dc1-edge-a': fixtureConnection('aaa', '198.51.100.10', 65010, [fixtureTunnel(1, '192.0.2.11', 10), fixtureTunnel(2, '192.0.2.12', 11)]),
        'dc1-edge-b': fixtureConnection('bbb', '203.0.113.10', 65020, [fixtureTunnel(1, '192.0.2.13', 12), fixtureTunnel(2, '192.0.2.14', 13)]),
      },
      { vpnGatewayId: 'vgw-1', routing, staticRoutes: routing === 'static' ? ['10.20.0.0/16'] : [] },
    ),
    presharedKeys: keys
      ? { 'dc1-edge-a_tunnel1': 'secretA1.key', 'dc1-edge-a_tunnel2': 'secretA2_key', 'dc1-edge-b_tunnel1': 'secretB1key', 'dc1-edge-b_tunnel2': 'secretB2key' }
      : {},
  };
}

const dynamicDevices = (tunnelOptions?: TunnelOptions) =>
  deviceInputs(handoff('dynamic'), { advertise: ['10.20.0.0/16'], profile: { tunnelOptions } });
const one = (tunnelOptions?: TunnelOptions): DeviceInput => dynamicDevices(tunnelOptions)[0];
/** The value of `key = value` lines of the first connection / child in the rendered text. */
const setting = (text: string, key: string): string | undefined => new RegExp(`^\\s*${key} = (.*)$`, 'm').exec(text)?.[1];

describe('proposal mapping (AWS names → strongSwan keywords)', () => {
  test.each([
    [2, 'modp1024'], [14, 'modp2048'], [15, 'modp3072'], [16, 'modp4096'], [17, 'modp6144'], [18, 'modp8192'],
    [19, 'ecp256'], [20, 'ecp384'], [21, 'ecp521'], [22, 'modp1024s160'], [23, 'modp2048s224'], [24, 'modp2048s256'],
  ])('phase 1 DH group %d → %s', (group, keyword) => {
    expect(ikeProposals({ phase1EncryptionAlgorithms: [EncryptionAlgorithm.AES256], phase1IntegrityAlgorithms: [IntegrityAlgorithm.SHA2_256], phase1DhGroupNumbers: [group] })).toEqual([`aes256-sha256-${keyword}`]);
  });

  test('phase 2 DH group 5 → modp1536 (phase 2 only)', () => {
    expect(espProposals({ phase2EncryptionAlgorithms: [EncryptionAlgorithm.AES128], phase2IntegrityAlgorithms: [IntegrityAlgorithm.SHA1], phase2DhGroupNumbers: [5] })).toEqual(['aes128-sha1-modp1536']);
  });

  test.each([
    [EncryptionAlgorithm.AES128, 'aes128-sha256-ecp384'],
    [EncryptionAlgorithm.AES256, 'aes256-sha256-ecp384'],
    [EncryptionAlgorithm.AES128_GCM_16, 'aes128gcm16-prfsha256-ecp384'],
    [EncryptionAlgorithm.AES256_GCM_16, 'aes256gcm16-prfsha256-ecp384'],
  ])('phase 1 %s with SHA2-256 and DH 20 → %s', (enc, proposal) => {
    expect(ikeProposals({ phase1EncryptionAlgorithms: [enc], phase1IntegrityAlgorithms: [IntegrityAlgorithm.SHA2_256], phase1DhGroupNumbers: [20] })).toEqual([proposal]);
  });

  test.each([
    [IntegrityAlgorithm.SHA1, 'aes256-sha1-modp2048', 'aes256gcm16-prfsha1-modp2048'],
    [IntegrityAlgorithm.SHA2_256, 'aes256-sha256-modp2048', 'aes256gcm16-prfsha256-modp2048'],
    [IntegrityAlgorithm.SHA2_384, 'aes256-sha384-modp2048', 'aes256gcm16-prfsha384-modp2048'],
    [IntegrityAlgorithm.SHA2_512, 'aes256-sha512-modp2048', 'aes256gcm16-prfsha512-modp2048'],
  ])('phase 1 integrity %s → %s / as PRF with GCM: %s', (integ, classic, aead) => {
    const base = { phase1IntegrityAlgorithms: [integ], phase1DhGroupNumbers: [14] };
    expect(ikeProposals({ ...base, phase1EncryptionAlgorithms: [EncryptionAlgorithm.AES256] })).toEqual([classic]);
    expect(ikeProposals({ ...base, phase1EncryptionAlgorithms: [EncryptionAlgorithm.AES256_GCM_16] })).toEqual([aead]);
  });

  test('ESP with GCM carries no integrity algorithm; classic and AEAD proposals keep the profile order', () => {
    expect(
      espProposals({
        phase2EncryptionAlgorithms: [EncryptionAlgorithm.AES256_GCM_16, EncryptionAlgorithm.AES256],
        phase2IntegrityAlgorithms: [IntegrityAlgorithm.SHA2_384],
        phase2DhGroupNumbers: [20, 14],
      }),
    ).toEqual(['aes256gcm16-ecp384-modp2048', 'aes256-sha384-ecp384-modp2048']);
  });

  test('unset options offer exactly AWS defaults', () => {
    expect(ikeProposals({})).toEqual([
      'aes128-aes256-sha1-sha256-sha384-sha512-modp1024-modp2048-modp3072-modp4096-modp6144-modp8192-ecp256-ecp384-ecp521-modp1024s160-modp2048s224-modp2048s256',
      'aes128gcm16-aes256gcm16-prfsha1-prfsha256-prfsha384-prfsha512-modp1024-modp2048-modp3072-modp4096-modp6144-modp8192-ecp256-ecp384-ecp521-modp1024s160-modp2048s224-modp2048s256',
    ]);
    expect(espProposals({})).toEqual([
      'aes128-aes256-sha1-sha256-sha384-sha512-modp1024-modp1536-modp2048-modp3072-modp4096-modp6144-modp8192-ecp256-ecp384-ecp521-modp1024s160-modp2048s224-modp2048s256',
      'aes128gcm16-aes256gcm16-modp1024-modp1536-modp2048-modp3072-modp4096-modp6144-modp8192-ecp256-ecp384-ecp521-modp1024s160-modp2048s224-modp2048s256',
    ]);
  });

  test('a group AWS does not offer is an error, not a silent drop', () => {
    expect(() => ikeProposals({ phase1DhGroupNumbers: [25] })).toThrow('Phase 1 DH group 25 has no strongSwan equivalent');
  });
});

describe('swanctl.conf', () => {
  const profile: TunnelOptions = {
    ikeVersions: [IkeVersion.IKEV2],
    phase1EncryptionAlgorithms: [EncryptionAlgorithm.AES256_GCM_16],
    phase1IntegrityAlgorithms: [IntegrityAlgorithm.SHA2_256],
    phase1DhGroupNumbers: [20],
    phase2EncryptionAlgorithms: [EncryptionAlgorithm.AES256_GCM_16],
    phase2DhGroupNumbers: [20],
    phase1LifetimeSeconds: 3600,
    phase2LifetimeSeconds: 1800,
    rekeyMarginTimeSeconds: 300,
    rekeyFuzzPercentage: 50,
    replayWindowSize: 2048,
  };
  const text = renderSwanctlConf(one(profile));

  test('both tunnels, each to its own AWS endpoint with its own identity', () => {
    expect(text.match(/^ {2}dc1-edge-a-tunnel\d \{$/gm)).toEqual(['  dc1-edge-a-tunnel1 {', '  dc1-edge-a-tunnel2 {']);
    expect(text).toMatch(/remote_addrs = 192\.0\.2\.11\n/);
    expect(text).toMatch(/remote_addrs = 192\.0\.2\.12\n/);
    expect(text).toContain('      auth = psk\n      id = 198.51.100.10\n');
    expect(text).toContain('      auth = psk\n      id = 192.0.2.12\n');
  });

  test('proposals, lifetimes and rekey timing from the profile', () => {
    expect(setting(text, 'version')).toBe('2');
    expect(setting(text, 'proposals')).toBe('aes256gcm16-prfsha256-ecp384');
    expect(setting(text, 'esp_proposals')).toBe('aes256gcm16-ecp384');
    expect(setting(text, 'rekey_time')).toBe('3300s'); // IKE: 3600 - 300
    expect(setting(text, 'over_time')).toBe('300s');
    expect(setting(text, 'rand_time')).toBe('150s'); // 50 % of the 300 s margin
    expect(setting(text, 'life_time')).toBe('1800s');
    expect(text).toContain('      rekey_time = 1500s\n');
    expect(setting(text, 'replay_window')).toBe('2048');
  });

  test('AWS defaults when unset: lifetimes 28800/3600, margin 270, replay 1024, IKEv2 preferred', () => {
    const d = renderSwanctlConf(one());
    expect(setting(d, 'version')).toBe('2');
    expect(setting(d, 'rekey_time')).toBe('28530s');
    expect(setting(d, 'life_time')).toBe('3600s');
    expect(setting(d, 'replay_window')).toBe('1024');
    expect(d).not.toContain('dpd_timeout');
  });

  test('route-based (0/0 selectors), DPD every 10 s with restart, the device initiates, no MOBIKE', () => {
    expect(setting(text, 'local_ts')).toBe('0.0.0.0/0');
    expect(setting(text, 'remote_ts')).toBe('0.0.0.0/0');
    expect(setting(text, 'dpd_delay')).toBe('10s');
    expect(setting(text, 'dpd_action')).toBe('restart');
    expect(setting(text, 'start_action')).toBe('start');
    expect(setting(text, 'mobike')).toBe('no');
    expect(setting(text, 'keyingtries')).toBe('0');
  });

  test('IKEv1 only: version 1, the DPD timeout in swanctl, GCM left out of phase 1', () => {
    const v1 = renderSwanctlConf(one({ ikeVersions: [IkeVersion.IKEV1], dpdTimeoutSeconds: 45, phase1EncryptionAlgorithms: [EncryptionAlgorithm.AES256_GCM_16, EncryptionAlgorithm.AES128], phase1IntegrityAlgorithms: [IntegrityAlgorithm.SHA1], phase1DhGroupNumbers: [14] }));
    expect(setting(v1, 'version')).toBe('1');
    expect(setting(v1, 'dpd_timeout')).toBe('45s');
    expect(setting(v1, 'proposals')).toBe('aes128-sha1-modp2048');
  });

  test('IKEv2 DPD timeout becomes charon retransmission: 5 sends × timeout/5', () => {
    expect(renderStrongswanConf(one())).toContain('retransmit_tries = 4\n  retransmit_timeout = 6\n  retransmit_base = 1');
    expect(renderStrongswanConf(one({ dpdTimeoutSeconds: 45 }))).toContain('retransmit_timeout = 9\n');
  });

  test('keys appear only inside the secrets section, once per tunnel, keyed by both identities', () => {
    const [connections, secrets] = text.split('\nsecrets {');
    expect(connections).not.toMatch(/secret/i);
    expect(secrets).toContain('ike-dc1-edge-a-tunnel1 {\n    id-1 = 198.51.100.10\n    id-2 = 192.0.2.11\n    secret = "secretA1.key"\n  }');
    expect(secrets).toContain('secret = "secretA2_key"');
    expect(text.split('secretA1.key')).toHaveLength(2);
  });

  test('route-based by default: tunnel N bound to XFRM if_id 100×N; VTI uses marks; libipsec neither', () => {
    const kind = (interfaceType: 'xfrm' | 'vti' | 'libipsec') =>
      renderSwanctlConf(deviceInputs(handoff('dynamic'), { advertise: ['10.20.0.0/16'], interfaceType })[0]);
    expect(text.match(/if_id_(in|out) = \d+/g)).toEqual(['if_id_in = 100', 'if_id_out = 100', 'if_id_in = 200', 'if_id_out = 200']);
    expect(kind('vti').match(/mark_(in|out) = \d+/g)).toEqual(['mark_in = 100', 'mark_out = 100', 'mark_in = 200', 'mark_out = 200']);
    expect(kind('vti')).not.toContain('if_id');
    expect(kind('libipsec')).not.toMatch(/if_id|mark_/);
  });

  test('one file per tunnel for one-daemon-per-tunnel devices', () => {
    const t2 = renderSwanctlConf(one(), [2]);
    expect(t2).toContain('dc1-edge-a-tunnel2 {');
    expect(t2).not.toContain('tunnel1');
    expect(t2).not.toContain('secretA1.key');
  });
});

describe('tunnel option layers: profile → connection → tunnel', () => {
  const [a, b] = deviceInputs(handoff('dynamic'), {
    advertise: ['10.20.0.0/16'],
    profile: {
      tunnelOptions: { phase1DhGroupNumbers: [14], phase1EncryptionAlgorithms: [EncryptionAlgorithm.AES256], phase1IntegrityAlgorithms: [IntegrityAlgorithm.SHA2_256] },
      customerGateways: [{ name: 'dc1-edge-b', tunnelOptions: { phase1DhGroupNumbers: [20] }, tunnel2: { phase1DhGroupNumbers: [21] } }],
    },
  });
  test('the most specific layer wins, per device and per tunnel', () => {
    const proposals = (d: DeviceInput) => renderSwanctlConf(d).match(/^ {4}proposals = (.*)$/gm);
    expect(proposals(a)).toEqual(['    proposals = aes256-sha256-modp2048', '    proposals = aes256-sha256-modp2048']);
    expect(proposals(b)).toEqual(['    proposals = aes256-sha256-ecp384', '    proposals = aes256-sha256-ecp521']);
  });
});

describe('frr.conf (dynamic routing)', () => {
  const [, b] = dynamicDevices();
  const text = renderFrrConf(b);
  test('one neighbour per tunnel on the AWS inside address, AWS timers, connect retry 10 s', () => {
    expect(text).toContain('router bgp 65020\n bgp router-id 203.0.113.10\n');
    for (const n of ['169.254.12.1', '169.254.13.1']) {
      expect(text).toContain(` neighbor ${n} remote-as 64512\n`);
      expect(text).toContain(` neighbor ${n} timers 10 30\n`);
      expect(text).toContain(` neighbor ${n} timers connect 10\n`);
    }
    expect(text.match(/remote-as/g)).toHaveLength(2);
  });
  test('the on-premises prefixes, and the same preference on both tunnels (no MED, prepend or local-pref)', () => {
    expect(text).toContain('  network 10.20.0.0/16\n');
    expect(text).not.toMatch(/route-map|local-preference|prepend|metric/);
  });
  test('lab timers can be set explicitly', () => {
    const fast = deviceInputs(handoff('dynamic'), { advertise: ['10.20.0.0/16'], timers: { bgpKeepaliveSeconds: 3, bgpHoldSeconds: 9 } })[0];
    expect(renderFrrConf(fast)).toContain(' neighbor 169.254.10.1 timers 3 9\n');
  });
  test('static routing has no frr.conf', () => {
    const s = deviceInputs(handoff('static'), { remotePrefixes: ['10.0.0.0/16'] })[0];
    expect(() => renderFrrConf(s)).toThrow('dc1-edge-a: frr.conf is for dynamic (BGP) routing; this VPN uses static routing');
  });
});

describe('static routing: updown hook', () => {
  const [a] = deviceInputs(handoff('static'), { remotePrefixes: ['10.0.0.0/16', '10.1.0.0/16'], updownPath: '/etc/x/updown.sh' });
  test('swanctl calls the hook on every child', () => {
    expect(renderSwanctlConf(a).match(/updown = \/etc\/x\/updown\.sh/g)).toHaveLength(2);
  });
  test('the VPC prefixes follow the tunnel state, tunnel 1 preferred', () => {
    const script = renderUpdownScript(a);
    expect(script).toContain('  dc1-edge-a-tunnel1) DEV=vti1; METRIC=101 ;;\n  dc1-edge-a-tunnel2) DEV=vti2; METRIC=102 ;;');
    expect(script).toContain('up-client) for p in 10.0.0.0/16 10.1.0.0/16; do $IP route replace "$p" dev "$DEV" metric "$METRIC"; done');
    expect(script).toContain('down-client) for p in 10.0.0.0/16 10.1.0.0/16; do $IP route del');
  });
  test('dynamic configs have no updown hook', () => {
    expect(renderSwanctlConf(one())).not.toContain('updown');
  });
});

describe('missing inputs are clear errors', () => {
  test('no keys: says where a key can come from, for every tunnel', () => {
    expect(() => deviceInputs(handoff('dynamic', false), { advertise: ['10.20.0.0/16'], env: {} })).toThrow(
      'dc1-edge-a tunnel 1: no pre-shared key (write the outputs file with `cdktf output --outputs-file-include-sensitive-outputs`, or give --psk-file with "dc1-edge-a_tunnel1", or set VPN_PSK_DC1_EDGE_A_TUNNEL1)',
    );
  });
  test('keys from a key file or the environment', () => {
    const env = { [keyEnvName('dc1-edge-a', 1)]: 'fromEnv123' };
    const keyFile = { 'dc1-edge-a_tunnel2': 'fromFile12', 'dc1-edge-b_tunnel1': 'bbbbbbbb1', 'dc1-edge-b_tunnel2': 'bbbbbbbb2' };
    const [a] = deviceInputs(handoff('dynamic', false), { advertise: ['10.20.0.0/16'], env, keyFile });
    expect(a.tunnels.map((t) => t.presharedKey)).toEqual(['fromEnv123', 'fromFile12']);
  });
  test('a missing tunnel output is named', () => {
    const h = handoff('dynamic');
    const broken = { ...h, handoff: { ...h.handoff, connections: { x: { ...h.handoff.connections['dc1-edge-a'], tunnels: [{ ...fixtureTunnel(1, '', 10) }] } } } };
    expect(() => deviceInputs(broken, { advertise: ['10.20.0.0/16'] })).toThrow(
      /x tunnel 1: output outside_address missing or empty \(read the outputs after `cdktf apply`\)\n {2}- x tunnel 2: missing from the hand-off output/,
    );
  });
  test('dynamic without prefixes to advertise, static without AWS-side prefixes', () => {
    expect(() => deviceInputs(handoff('dynamic'))).toThrow('dynamic routing: no on-premises prefix to advertise (give --advertise CIDR, the same on every device)');
    expect(() => deviceInputs(handoff('static'))).toThrow('static routing: no AWS-side prefix to route into the tunnels (give --remote-prefix CIDR, e.g. the VPC CIDR)');
  });
  test('a key with characters AWS does not allow is refused without being shown', () => {
    expect(() => deviceInputs(handoff('dynamic', false), { advertise: ['10.20.0.0/16'], keyFile: { 'dc1-edge-a_tunnel1': 'bad"key' } })).toThrow(/not shown/);
    try {
      deviceInputs(handoff('dynamic', false), { advertise: ['10.20.0.0/16'], keyFile: { 'dc1-edge-a_tunnel1': 'bad"key' } });
    } catch (e) {
      expect((e as Error).message).not.toContain('bad"key');
    }
  });
});

describe('the vpn-device-config CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vpn-device-config-'));
  const outputs = join(dir, 'outputs.json');
  // The flat `terraform output -json` form with sensitive outputs.
  const h = handoff('dynamic');
  writeFileSync(
    outputs,
    JSON.stringify({
      prod: {
        vpn_handoff: { value: h.handoff, type: 'object', sensitive: false },
        vpn_secrets: {
          value: Object.fromEntries(
            ['dc1-edge-a', 'dc1-edge-b'].map((site) => [
              site,
              { tunnel1_preshared_key: h.presharedKeys[`${site}_tunnel1`], tunnel2_preshared_key: h.presharedKeys[`${site}_tunnel2`], customer_gateway_configuration: '<xml/>' },
            ]),
          ),
          type: 'object',
          sensitive: true,
        },
      },
    }),
  );
  const config = join(dir, 'config.json');
  writeFileSync(
    config,
    JSON.stringify({
      stacks: [
        {
          name: 'prod',
          region: 'eu-west-1',
          vpn: {
            vpcId: 'vpc-0a1b2c3d4e5f60718',
            customerGateways: [
              { name: 'dc1-edge-a', ipAddress: '198.51.100.10', bgpAsn: 65010, tunnel1: { phase1DhGroupNumbers: [20] } },
              { name: 'dc1-edge-b', ipAddress: '203.0.113.10', bgpAsn: 65020 },
            ],
            tunnelOptions: { ikeVersions: ['ikev2'], phase1EncryptionAlgorithms: ['AES256'], phase1IntegrityAlgorithms: ['SHA2-256'], phase1DhGroupNumbers: [14] },
          },
        },
      ],
    }),
  );
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = run(['--outputs', outputs, '--config', config, '--out-dir', join(dir, 'out'), '--advertise', '10.20.0.0/16'], {}, (s) => stdout.push(s), (s) => stderr.push(s));

  test('writes per device the tunnel sheets, swanctl.conf (0600), the charon snippet, the interfaces script and frr.conf, and prints no key', () => {
    expect([code, stderr.join('')]).toEqual([0, '']);
    const files = ['tunnel-sheet.md', 'tunnel-sheet.csv', 'swanctl.conf', 'strongswan-aws-vpn.conf', 'tunnel-interfaces.sh', 'frr.conf'];
    expect(stdout.join('')).toBe(['dc1-edge-a', 'dc1-edge-b'].flatMap((s) => files.map((f) => `wrote ${join(dir, 'out', s, f)}\n`)).join(''));
    expect(statSync(join(dir, 'out', 'dc1-edge-a', 'tunnel-interfaces.sh')).mode & 0o777).toBe(0o755);
    const swan = readFileSync(join(dir, 'out', 'dc1-edge-a', 'swanctl.conf'), 'utf8');
    expect(statSync(join(dir, 'out', 'dc1-edge-a', 'swanctl.conf')).mode & 0o777).toBe(0o600);
    expect(swan.match(/^ {4}proposals = (.*)$/gm)).toEqual(['    proposals = aes256-sha256-ecp384', '    proposals = aes256-sha256-modp2048']);
    expect(swan).toContain('secret = "secretA2_key"');
  });

  test('a bare hand-off map works, with keys from the environment', () => {
    const bare = join(dir, 'handoff.json');
    writeFileSync(bare, JSON.stringify(h.handoff));
    const env = Object.fromEntries(['dc1-edge-a', 'dc1-edge-b'].flatMap((s) => [1, 2].map((n) => [keyEnvName(s, n), `envkey${n}xyz`])));
    const out: string[] = [];
    expect(run(['--outputs', bare, '--out-dir', join(dir, 'bare'), '--advertise', '10.20.0.0/16'], env, (s) => out.push(s), () => undefined)).toBe(0);
    expect(readFileSync(join(dir, 'bare', 'dc1-edge-b', 'swanctl.conf'), 'utf8')).toContain('secret = "envkey2xyz"');
    expect(out.join('')).not.toContain('envkey');
  });

  test('errors name the problem and never echo a key', () => {
    const err: string[] = [];
    expect(run(['--outputs', outputs, '--out-dir', join(dir, 'x')], {}, () => undefined, (s) => err.push(s))).toBe(1);
    expect(err.join('')).toBe('vpn-device-config: Cannot render device configs for prod/vpn:\n  - dynamic routing: no on-premises prefix to advertise (give --advertise CIDR, the same on every device)\n');
    const err2: string[] = [];
    expect(run(['--advertise', '10.0.0.0/8'], {}, () => undefined, (s) => err2.push(s))).toBe(1);
    expect(err2.join('')).toBe("vpn-device-config: --outputs is required (the file written by `cdktf output --outputs-file`, a hand-off file, or AWS's configuration XML)\n");
  });

  test('a malformed outputs, key or config file is named, its text (a key) never shown', () => {
    const secret = 'Sup3rSecretPsk_9';
    const bad = (name: string, text: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const errorsOf = (args: string[]) => {
      const err: string[] = [];
      expect(run([...args, '--out-dir', join(dir, 'bad')], {}, () => undefined, (s) => err.push(s))).toBe(1);
      return err.join('');
    };
    const badOutputs = bad('bad-outputs.json', `{"prod": {"vpn_secrets": {"value": ${secret}}}}`);
    expect(errorsOf(['--outputs', badOutputs])).toBe(`vpn-device-config: Outputs file ${badOutputs}: not valid JSON\n`);
    const badKeys = bad('bad-keys.json', `{"dc1-edge-a_tunnel1": ${secret}}`);
    expect(errorsOf(['--outputs', outputs, '--psk-file', badKeys])).toBe(`vpn-device-config: Key file ${badKeys}: not valid JSON\n`);
    const badConfig = bad('bad-config.json', `{"stacks": [{"vpn": {"tunnelOptions": {"presharedKey": ${secret}}}}]}`);
    const configErr = errorsOf(['--outputs', outputs, '--config', badConfig]);
    expect(configErr).toContain(`Config file ${badConfig}: 1 problem`);
    expect(configErr).toContain('not valid JSON: Unexpected token (the file text is not shown)');
    expect(configErr).not.toContain(secret.slice(0, 6));
  });
});
