/**
 * vpn-device-config against inputs no one here wrote: AWS's customer_gateway_configuration XML
 * (captured from AWS, anonymised) and AWS's own strongSwan sample for the same tunnels; plus the
 * hand-off file and YAML config inputs, the tunnel sheet and IKEv1 proposals.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../src/device-config/cli';
import { awsXmlHandoff, deviceInputs, espProposals, ikeProposals, renderInterfacesScript, renderSheetCsv, renderSheetMarkdown, renderStrongswanConf } from '../src/device-config';
import { writeHandoffFiles } from '../src/handoff/write-handoff';
import { IkeVersion } from '../src';
import { fixtureConnection, fixtureHandoff, fixtureTunnel } from './support/handoff-fixture';

const AWS = join(__dirname, 'fixtures', 'aws');
const XML_FILE = join(AWS, 'customer-gateway-configuration.xml');
const XML = readFileSync(XML_FILE, 'utf8');
const KEYS = ['EXAMPLEkeyTunnelA.000000000000001', 'EXAMPLEkeyTunnelB.000000000000002'];

/** The CLI's exit code, stdout and stderr. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, env, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join(''), err: err.join('') };
}

/** `key = value` settings of one connection block (by its remote address) of a rendered swanctl.conf. */
function swanctlTunnel(text: string, remote: string): Map<string, string> {
  const block = text.split(/\n {2}\S+ \{\n/).find((b) => b.includes(`remote_addrs = ${remote}\n`));
  if (!block) throw new Error(`no connection to ${remote}`);
  // The first occurrence: the IKE connection's setting before its child's (rekey_time, rand_time).
  const settings = new Map<string, string>();
  for (const m of block.matchAll(/^\s*([a-z_]+) = (.*)$/gm)) if (!settings.has(m[1])) settings.set(m[1], m[2]);
  return settings;
}

/** `key=value` settings of each `conn` of AWS's ipsec.conf sample, by its `right=` address. */
function sampleTunnels(text: string): Map<string, Map<string, string>> {
  const conns = text.split(/^conn /m).slice(1);
  return new Map(
    conns.map((c) => {
      const settings = new Map([...c.matchAll(/^\t([a-z]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
      return [settings.get('right')!, settings];
    }),
  );
}

describe("AWS's customer_gateway_configuration XML", () => {
  const found = awsXmlHandoff(XML, XML_FILE, { device: 'branch' });
  const conn = found.handoff.connections.branch;

  test('tunnels are numbered by outside address, not by their position in the XML', () => {
    expect(conn.tunnels.map((t) => [t.tunnel, t.outside_address, t.inside_cidr])).toEqual([
      [1, '203.0.113.126', '169.254.13.236/30'],
      [2, '203.0.113.152', '169.254.15.192/30'],
    ]);
    expect(found.presharedKeys).toEqual({ branch_tunnel1: KEYS[1], branch_tunnel2: KEYS[0] });
  });

  test('the configured tunnel 1 inside CIDR wins over the address order (as in the AWS provider)', () => {
    const byCidr = awsXmlHandoff(XML, XML_FILE, { device: 'branch', tunnel1InsideCidr: '169.254.15.192/30' });
    expect(byCidr.handoff.connections.branch.tunnels.map((t) => t.outside_address)).toEqual(['203.0.113.152', '203.0.113.126']);
  });

  test('ids, addresses, ASNs and routing as AWS wrote them', () => {
    expect(conn).toMatchObject({ connection_id: 'vpn-0example00000001', customer_gateway_id: 'cgw-0example00000001', customer_gateway_ip: '198.51.100.77', customer_gateway_asn: 65301, routing: 'dynamic' });
    expect(conn.tunnels[0]).toMatchObject({ cgw_inside_address: '169.254.13.238', vgw_inside_address: '169.254.13.237', bgp_asn: '65401', bgp_holdtime: 30, mtu_bytes: 1419, mss_bytes: 1379 });
    expect(found.handoff.vpn_gateway_id).toBe('vgw-0example00000001');
  });

  test('the suggested suite is read as IKEv1 AES128/SHA1/DH2 with 28800/3600 s and DPD 10 s × 3', () => {
    expect(found.suggestedOptions.branch_tunnel1).toEqual({
      ikeVersions: ['ikev1'],
      phase1EncryptionAlgorithms: ['AES128'],
      phase1IntegrityAlgorithms: ['SHA1'],
      phase1DhGroupNumbers: [2],
      phase1LifetimeSeconds: 28800,
      phase2EncryptionAlgorithms: ['AES128'],
      phase2IntegrityAlgorithms: ['SHA1'],
      phase2DhGroupNumbers: [2],
      phase2LifetimeSeconds: 3600,
      dpdTimeoutSeconds: 30,
    });
  });

  test('a static connection says so (vpn_connection_attributes NoBGPVPNConnection)', () => {
    const staticXml = XML.replace('<vpn_connection_type>ipsec.1</vpn_connection_type>', '<vpn_connection_type>ipsec.1</vpn_connection_type>\n  <vpn_connection_attributes>NoBGPVPNConnection</vpn_connection_attributes>');
    expect(awsXmlHandoff(staticXml, XML_FILE).handoff.routing).toBe('static');
  });

  test('a broken or incomplete XML is named without quoting it (it holds keys)', () => {
    expect(() => awsXmlHandoff('<vpn_connection><ipsec_tunnel>', 'x.xml')).toThrow(/x\.xml: (not well-formed XML|expected 2 <ipsec_tunnel>)/);
    const noKey = XML.replace(`<pre_shared_key>${KEYS[0]}</pre_shared_key>`, '<pre_shared_key></pre_shared_key>');
    expect(() => awsXmlHandoff(noKey, 'x.xml')).toThrow('x.xml: not a complete AWS customer gateway configuration:\n  - <ipsec_tunnel> #1: ike/pre_shared_key missing');
    try {
      awsXmlHandoff(XML.replace('<ipsec_tunnel>', '<ipsec_tunnel><oops>'), 'x.xml');
    } catch (e) {
      for (const key of KEYS) expect((e as Error).message).not.toContain(key);
    }
  });
});

describe("rendered from the XML alone, compared field by field with AWS's strongSwan sample for the same tunnels", () => {
  const dir = mkdtempSync(join(tmpdir(), 'vpn-aws-xml-'));
  const result = cli(['--outputs', XML_FILE, '--device', 'branch', '--out-dir', dir, '--advertise', '10.20.0.0/16', '--interface-type', 'vti']);
  const swan = readFileSync(join(dir, 'branch', 'swanctl.conf'), 'utf8');
  const sample = sampleTunnels(readFileSync(join(AWS, 'strongswan-sample-tunnels.conf'), 'utf8'));
  const interfaces = readFileSync(join(dir, 'branch', 'tunnel-interfaces.sh'), 'utf8');

  test('the tool says the options are the XML\'s suggested legacy suite', () => {
    expect([result.code, result.err]).toEqual([0, '']);
    expect(result.out).toContain("note: branch tunnel 1: options are the AWS configuration file's suggested legacy suite");
    for (const key of KEYS) expect(result.out).not.toContain(key);
  });

  test.each(['203.0.113.152', '203.0.113.126'])('tunnel to %s: every setting the sample makes', (remote) => {
    const aws = sample.get(remote)!;
    const ours = swanctlTunnel(swan, remote);
    const seconds = (v: string) => Number(/^(\d+)([smh]?)$/.exec(v)![1]) * { '': 1, s: 1, m: 60, h: 3600 }[/^(\d+)([smh]?)$/.exec(v)![2] as '' | 's' | 'm' | 'h'];
    expect(ours.get('version')).toBe(aws.get('keyexchange') === 'ikev1' ? '1' : '2');
    expect(ours.get('proposals')).toBe(aws.get('ike'));
    expect(ours.get('esp_proposals')).toBe(aws.get('esp'));
    // IKE SA lifetime = rekey_time + over_time (strongSwan); the sample's ikelifetime.
    expect(seconds(ours.get('rekey_time')!) + seconds(ours.get('over_time')!)).toBe(seconds(aws.get('ikelifetime')!));
    expect(seconds(ours.get('life_time')!)).toBe(seconds(aws.get('lifetime')!));
    expect(seconds(ours.get('dpd_delay')!)).toBe(seconds(aws.get('dpddelay')!));
    expect(seconds(ours.get('dpd_timeout')!)).toBe(seconds(aws.get('dpdtimeout')!));
    expect(ours.get('dpd_action')).toBe(aws.get('dpdaction'));
    expect(ours.get('start_action')).toBe(aws.get('auto'));
    expect(ours.get('keyingtries')).toBe(aws.get('keyingtries') === '%forever' ? '0' : aws.get('keyingtries'));
    expect(ours.get('local_ts')).toBe(aws.get('leftsubnet'));
    expect(ours.get('remote_ts')).toBe(aws.get('rightsubnet'));
    expect(ours.get('id')).toBe(aws.get('leftid')); // local id (first id in the block)
    expect(ours.get('auth')).toBe(aws.get('leftauth'));
    // The sample marks its tunnels 100 and 200 in XML order; ours are 100/200 by tunnel number: both unique, same kind.
    expect(ours.get('mark_in')).toBe(ours.get('mark_out'));
    expect(['100', '200']).toContain(ours.get('mark_in'));
  });

  test('tunnel interfaces: VTI keyed by the mark, MTU 1419 and the MSS of the XML, as the sample sets them', () => {
    expect(interfaces).toContain('tunnel 1 vti1 100 169.254.13.238/30 169.254.13.237 203.0.113.126 1419 1379\n');
    expect(interfaces).toContain('tunnel 2 vti2 200 169.254.15.194/30 169.254.15.193 203.0.113.152 1419 1379\n');
    expect(interfaces).toContain('type vti local "${VPN_LOCAL_ADDR:-198.51.100.77}" remote "$6" key "$3"');
    expect(readFileSync(join(AWS, 'strongswan-sample-tunnels.conf'), 'utf8')).toContain('up mtu 1419');
    expect(readFileSync(join(dir, 'branch', 'strongswan-aws-vpn.conf'), 'utf8')).toContain('  install_routes = no\n');
  });

  test('keys only in the secrets section of a 0600 file', () => {
    const [connections, secrets] = swan.split('\nsecrets {');
    for (const key of KEYS) {
      expect(connections).not.toContain(key);
      expect(secrets).toContain(`secret = "${key}"`);
    }
    expect(statSync(join(dir, 'branch', 'swanctl.conf')).mode & 0o777).toBe(0o600);
    for (const f of readdirSync(join(dir, 'branch')).filter((f) => f !== 'swanctl.conf')) {
      for (const key of KEYS) expect(readFileSync(join(dir, 'branch', f), 'utf8')).not.toContain(key);
    }
  });

  test('with --config the deployed options are used, matched to the XML by the gateway address and tunnel 1 CIDR', () => {
    const config = join(dir, 'config.yaml');
    writeFileSync(
      config,
      [
        'stacks:',
        '  - name: prod',
        '    region: eu-west-1',
        '    vpn:',
        '      vpcId: vpc-0a1b2c3d4e5f60718',
        '      tunnelOptions: { ikeVersions: [ikev2], phase1DhGroupNumbers: [14] }',
        '      customerGateways:',
        '        - { name: branch-a, ipAddress: 198.51.100.77, bgpAsn: 65301, tunnel1: { insideCidr: 169.254.15.192/30, phase1DhGroupNumbers: [20] } }',
        '        - { name: branch-b, ipAddress: 198.51.100.78, bgpAsn: 65302 }',
        '',
      ].join('\n'),
    );
    const r = cli(['--outputs', XML_FILE, '--config', config, '--out-dir', join(dir, 'cfg'), '--advertise', '10.20.0.0/16']);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).not.toContain('note:');
    const text = readFileSync(join(dir, 'cfg', 'branch-a', 'swanctl.conf'), 'utf8');
    // Tunnel 1 is the one with the configured inside CIDR, and gets its own DH group.
    expect(swanctlTunnel(text, '203.0.113.152').get('proposals')).toMatch(/-ecp384(, |$)/);
    expect(swanctlTunnel(text, '203.0.113.126').get('proposals')).toMatch(/-modp2048(, |$)/);
    expect(text).toContain('branch-a-tunnel1 {\n    # AWS VPN connection vpn-0example00000001, tunnel 1; inside 169.254.15.192/30');
  });
});

describe('the tunnel sheet', () => {
  const [device] = deviceInputs(awsXmlHandoff(XML, XML_FILE, { device: 'branch' }), {
    sheetsOnly: true,
    profile: { tunnelOptions: { ikeVersions: [IkeVersion.IKEV2], phase1DhGroupNumbers: [20], phase2DhGroupNumbers: [20] } },
  });
  const md = renderSheetMarkdown(device);
  const csv = renderSheetCsv(device);

  test('tunnel 1 and 2 side by side, AWS and vendor names per algorithm and group', () => {
    expect(md).toContain('| Setting | Tunnel 1 | Tunnel 2 |');
    expect(md).toContain('| AWS outside address (IKE peer) | 203.0.113.126 | 203.0.113.152 |');
    expect(md).toContain('| Phase 1 DH groups | 20 (ecp384 / group20 / dh20 / NIST P-384) | 20 (ecp384 / group20 / dh20 / NIST P-384) |');
    expect(md).toContain('AES256-GCM-16 (aes256gcm16 / aes-gcm-256 / aes256gcm / aes-256-gcm (16-octet ICV))');
    expect(md).toContain('| BGP keepalive / hold (s) | 10 / 30 | 10 / 30 |');
    expect(md).toContain('| Tunnel interface MTU / TCP MSS |');
    expect(md).toContain('| Startup action | add (the device must initiate) |');
  });

  test('CSV: setting,tunnel1,tunnel2 with quoting; never a key, only where it is', () => {
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('setting,tunnel1,tunnel2');
    expect(lines).toContain('Tunnel inside CIDR,169.254.13.236/30,169.254.15.192/30');
    expect(csv).toContain('Pre-shared key,"the input (or --psk-file ""branch_tunnel1"", or VPN_PSK_BRANCH_TUNNEL1)"');
    for (const key of KEYS) expect(md + csv).not.toContain(key);
  });
});

describe('IKEv1 tunnels: one proposal per combination (strongSwan keeps only the first algorithm of each kind with IKEv1)', () => {
  test('AWS defaults with IKEv1 only: every combination AWS accepts, nothing stripped', () => {
    const ike = ikeProposals({ ikeVersions: [IkeVersion.IKEV1] });
    expect(ike).toHaveLength(2 * 4 * 12); // AES128/AES256 × 4 integrity × 12 groups (no GCM for the IKEv1 SA)
    expect(new Set(ike).size).toBe(ike.length);
    expect(ike).toContain('aes256-sha512-modp2048s256');
    expect(ike.every((p) => p.split('-').length === 3)).toBe(true);
    const esp = espProposals({ ikeVersions: [IkeVersion.IKEV1] });
    expect(esp).toHaveLength(2 * 4 * 13 + 2 * 13);
    expect(esp).toContain('aes256gcm16-modp1536');
  });
});

describe("without --config the hand-off's deployed crypto is rendered", () => {
  test('proposals and lifetimes from the tunnel records, no note', () => {
    const t = (n: number, outside: string, third: number) => ({
      ...fixtureTunnel(n, outside, third),
      ike_versions: ['ikev2'],
      phase1: { encryption: ['AES256-GCM-16'], integrity: ['SHA2-384'], dh_groups: [20], lifetime_seconds: 14400 },
      phase2: { encryption: ['AES256'], integrity: ['SHA2-256'], dh_groups: [19], lifetime_seconds: 1800 },
    });
    const handoff = fixtureHandoff({ 'dc1-edge-a': fixtureConnection('aaa', '198.51.100.10', 65010, [t(1, '192.0.2.1', 10), t(2, '192.0.2.2', 11)]) });
    const [device] = deviceInputs({ stack: 's', vpn: 'vpn', handoff, presharedKeys: { 'dc1-edge-a_tunnel1': 'k1key', 'dc1-edge-a_tunnel2': 'k2key' } }, { advertise: ['10.20.0.0/16'] });
    expect(device.notes).toEqual([]);
    expect(device.tunnels.map((x) => x.optionsSource)).toEqual(['the hand-off (as deployed)', 'the hand-off (as deployed)']);
    expect(ikeProposals(device.tunnels[0].options)).toEqual(['aes256gcm16-prfsha384-ecp384']);
    expect(espProposals(device.tunnels[0].options)).toEqual(['aes256-sha256-ecp256']);
    expect(device.tunnels[0].record.phase1.lifetime_seconds).toBe(14400);
  });
});

describe('the hand-off file is an input too', () => {
  test('npm run handoff output + a key file renders the devices', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vpn-handoff-input-'));
    const handoff = fixtureHandoff({ 'dc1-edge-a': fixtureConnection('aaa', '198.51.100.10', 65010, [fixtureTunnel(1, '192.0.2.1', 10), fixtureTunnel(2, '192.0.2.2', 11)]) });
    const outputs = join(dir, 'outputs.json');
    writeFileSync(outputs, JSON.stringify({ prod: { vpn: { handoff } } }));
    const [file] = writeHandoffFiles(outputs, join(dir, 'handoff'));
    const keys = join(dir, 'keys.json');
    writeFileSync(keys, JSON.stringify({ 'dc1-edge-a_tunnel1': 'keyOne1234', 'dc1-edge-a_tunnel2': 'keyTwo1234' }));
    const r = cli(['--outputs', file, '--psk-file', keys, '--out-dir', join(dir, 'out'), '--advertise', '10.20.0.0/16']);
    expect([r.code, r.err]).toEqual([0, '']);
    // The hand-off predates the crypto fields: the tool says AWS defaults were assumed.
    expect(r.out).toContain("note: dc1-edge-a tunnel 1: the input names no tunnel options; AWS's defaults are assumed");
    expect(readFileSync(join(dir, 'out', 'dc1-edge-a', 'swanctl.conf'), 'utf8')).toContain('secret = "keyTwo1234"');
  });
});

describe('tunnel-interfaces.sh and charon settings per interface type', () => {
  const found = awsXmlHandoff(XML, XML_FILE, { device: 'branch' });
  const device = (interfaceType: 'xfrm' | 'vti' | 'libipsec') => deviceInputs(found, { advertise: ['10.20.0.0/16'], interfaceType })[0];

  test('xfrm (default): XFRM interfaces on the uplink with if_id 100×N, MTU and MSS clamp', () => {
    const script = renderInterfacesScript(device('xfrm'));
    expect(script).toContain('$IP link add "$2" type xfrm dev "$VPN_UPLINK" if_id "$3"');
    expect(script).toContain('tcp flags syn tcp option maxseg size set $8');
    expect(script).toContain('$IP link set "$2" mtu "$7" up');
    expect(renderStrongswanConf(device('xfrm'))).toContain('install_routes = no');
  });

  test('libipsec: no interface is created (the daemon owns its TUN); charon keeps its routes', () => {
    const script = renderInterfacesScript(device('libipsec'));
    expect(script).not.toMatch(/link add/);
    expect(script).toContain('$IP addr replace "$4" dev "$2"');
    expect(renderStrongswanConf(device('libipsec'))).not.toContain('install_routes');
  });
});
