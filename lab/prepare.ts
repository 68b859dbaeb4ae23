/**
 * Lab preparation (run by lab/run.sh): synthesizes the lab's stack with the real app, then writes
 *  - outputs.json: what `cdktf output --outputs-file --outputs-file-include-sensitive-outputs` would
 *    give after apply (the lab plays AWS: it picks the outside addresses and the keys);
 *  - aws<N>/swanctl.conf + strongswan.conf and vgw/bgpd.conf: what AWS runs, derived from the
 *    synthesized `tunnelN_*` arguments with the lab's OWN mapping table (not src/device-config's),
 *    so a mapping error in the product shows up as a failed negotiation here.
 * The customer side is rendered afterwards by the product's bin, unchanged.
 *
 * Usage: prepare.ts <workdir> <fast|aws> <dynamic|static> [lab|aws-defaults]
 * (`aws-defaults`: no tunnel options, so the AWS side accepts everything AWS does by default — for
 * running AWS's own sample device configuration against it.)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { randomBytes } from 'crypto';
import { join } from 'path';
import { App } from 'cdktf';
import { Value } from '@sinclair/typebox/value';
import { buildApp } from '../src/app/run';
import { VpnHandoff, VpnHandoffSchema } from '../src/model/handoff';
import { readTerraformExpression } from '../__tests__/support/terraform-expression';

const [work, profile, routing, options = 'lab'] = process.argv.slice(2);
if (!work || !['fast', 'aws'].includes(profile) || !['dynamic', 'static'].includes(routing) || !['lab', 'aws-defaults'].includes(options)) {
  throw new Error('usage: prepare.ts <workdir> <fast|aws> <dynamic|static> [lab|aws-defaults]');
}
const fast = profile === 'fast';

/** Lab topology facts shared with run.sh: tunnel i (1..4) = device A tunnels 1,2 then device B tunnels 1,2. */
const DEVICES = [
  { name: 'cgw-a', ip: '198.51.100.10' },
  { name: 'cgw-b', ip: '203.0.113.10' },
];
const outside = (i: number) => `192.0.2.${10 + i}`;
const third = (i: number) => 9 + i; // 169.254.10.0/30 … 169.254.13.0/30

// The tunnel profile under test: a different suite per phase, so both mappings are exercised.
const tunnelOptions = {
  ikeVersions: ['ikev2'],
  phase1EncryptionAlgorithms: ['AES256-GCM-16'],
  phase1IntegrityAlgorithms: ['SHA2-256'],
  phase1DhGroupNumbers: [20],
  phase2EncryptionAlgorithms: ['AES256'],
  phase2IntegrityAlgorithms: ['SHA2-256'],
  phase2DhGroupNumbers: [14],
  dpdTimeoutAction: 'restart',
};
const config = {
  stacks: [
    {
      name: 'lab',
      region: 'eu-west-1',
      vpn: {
        vpcId: 'vpc-0a1b2c3d4e5f60718',
        amazonSideAsn: 64512,
        routing,
        ...(routing === 'static' ? { staticRoutes: ['10.20.0.0/16'] } : {}),
        customerGateways: DEVICES.map((d, k) => ({
          name: d.name,
          ipAddress: d.ip,
          bgpAsn: 65010,
          tunnel1: { insideCidr: `169.254.${third(2 * k + 1)}.0/30` },
          tunnel2: { insideCidr: `169.254.${third(2 * k + 2)}.0/30` },
        })),
        ...(options === 'lab' ? { tunnelOptions } : {}),
      },
    },
  ],
};
mkdirSync(work, { recursive: true });
const configFile = join(work, 'lab-config.json');
writeFileSync(configFile, JSON.stringify(config, null, 2));

// Synthesize with the real app, exactly as `VPN_CONFIG=lab-config.json cdktf synth` would.
const outdir = join(work, 'cdktf.out');
buildApp({ VPN_CONFIG: configFile }, () => new App({ outdir })).synth();
type Json = Record<string, any>;
const stack: Json = JSON.parse(readFileSync(join(outdir, 'stacks', 'lab', 'cdk.tf.json'), 'utf8'));
const connections: Json[] = Object.values(stack.resource.aws_vpn_connection);
const gateways: Json = stack.resource.aws_customer_gateway;
/** The device a connection serves: its customer_gateway_id is `${aws_customer_gateway.<id>.id}`. */
const deviceOf = (c: Json) => {
  const id = /aws_customer_gateway\.([^.]+)\.id/.exec(c.customer_gateway_id)![1];
  return DEVICES.findIndex((d) => d.ip === gateways[id].ip_address);
};
const staticRoutes: string[] = Object.values((stack.resource.aws_vpn_connection_route ?? {}) as Json)
  .map((r: Json) => r.destination_cidr_block)
  .filter((v, i, a) => a.indexOf(v) === i);
const amazonAsn: number = Object.values(stack.resource.aws_vpn_gateway ?? {}).map((g: any) => g.amazon_side_asn)[0] ?? 64512;

// ---- the lab's own AWS → strongSwan table ("what AWS runs") ----
const ENC: Record<string, string> = { AES128: 'aes128', AES256: 'aes256', 'AES128-GCM-16': 'aes128gcm16', 'AES256-GCM-16': 'aes256gcm16' };
const INTEG: Record<string, string> = { SHA1: 'sha1', 'SHA2-256': 'sha256', 'SHA2-384': 'sha384', 'SHA2-512': 'sha512' };
const DH: Record<number, string> = { 2: 'modp1024', 5: 'modp1536', 14: 'modp2048', 15: 'modp3072', 16: 'modp4096', 17: 'modp6144', 18: 'modp8192', 19: 'ecp256', 20: 'ecp384', 21: 'ecp521', 22: 'modp1024s160', 23: 'modp2048s224', 24: 'modp2048s256' };
const ALL_ENC = Object.keys(ENC);
const ALL_INTEG = Object.keys(INTEG);
/** Every combination AWS accepts, one proposal each (responder side: order does not matter). */
function acceptable(enc: string[], integ: string[], dh: number[], ike: boolean): string {
  const out: string[] = [];
  for (const e of enc) for (const i of integ) for (const g of dh) {
    const gcm = e.includes('GCM');
    out.push([ENC[e], gcm ? (ike ? `prf${INTEG[i]}` : '') : INTEG[i], DH[g]].filter(Boolean).join('-'));
  }
  return [...new Set(out)].join(', ');
}

const keys: Record<string, string> = {};
const refs: Record<string, string | number> = {};
const tunnelsOut: Json[] = [];
for (const c of connections) {
  const k = deviceOf(c);
  const device = DEVICES[k];
  const logicalId = Object.entries(stack.resource.aws_vpn_connection as Json).find(([, v]) => v === c)![0];
  const ref = (attribute: string) => `\${aws_vpn_connection.${logicalId}.${attribute}}`;
  const cgwLogicalId = /aws_customer_gateway\.([^.]+)\.id/.exec(c.customer_gateway_id)![1];
  refs[ref('id')] = `vpn-0lab${k}`;
  refs[`\${aws_customer_gateway.${cgwLogicalId}.id}`] = `cgw-0lab${k}`;
  [1, 2].forEach((n) => {
    const i = 2 * k + n;
    const a = (f: string) => c[`tunnel${n}_${f}`];
    const inside: string = a('inside_cidr');
    const base = inside.split('/')[0].split('.').map(Number);
    const vgwIn = [...base.slice(0, 3), base[3] + 1].join('.');
    const cgwIn = [...base.slice(0, 3), base[3] + 2].join('.');
    // AWS generates a key when none is given: 32 characters, not starting with 0.
    const psk = a('preshared_key') ?? `k${randomBytes(24).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 31)}`;
    keys[`${device.name}_tunnel${n}`] = psk;
    const versions: string[] = a('ike_versions') ?? ['ikev1', 'ikev2'];
    // AWS rekeys in the last `margin` seconds of a lifetime, at a point drawn over fuzz % of that window.
    const margin: number = a('rekey_margin_time_seconds') ?? 270;
    const rand = Math.floor((margin * (a('rekey_fuzz_percentage') ?? 100)) / 100);
    const p1: number = a('phase1_lifetime_seconds') ?? 28800;
    const p2: number = a('phase2_lifetime_seconds') ?? 3600;
    const dpdTimeout: number = fast ? 3 : a('dpd_timeout_seconds') ?? 30;
    const dpdAction: string = a('dpd_timeout_action') ?? 'clear';
    tunnelsOut.push({ i, device: k, n, inside, vgwIn, cgwIn });
    const dir = join(work, `aws${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'swanctl.conf'),
      `# AWS side of ${device.name} tunnel ${n}, from the synthesized tunnel${n}_* arguments (profile ${profile})
connections {
  aws {
    version = ${versions.length === 1 ? (versions[0] === 'ikev2' ? 2 : 1) : 0}
    local_addrs = ${outside(i)}
    remote_addrs = ${device.ip}
    proposals = ${acceptable(a('phase1_encryption_algorithms') ?? ALL_ENC, a('phase1_integrity_algorithms') ?? ALL_INTEG, a('phase1_dh_group_numbers') ?? [2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], true)}
    rekey_time = ${p1 - margin}s
    rand_time = ${rand}s
    over_time = ${margin}s
    dpd_delay = ${fast ? 2 : 10}s
    mobike = no
    local {
      auth = psk
      id = ${outside(i)}
    }
    remote {
      auth = psk
      # AWS does not check the device's IKE identity (AWS's own sample sets none: behind NAT it is
      # the private address); the key is the tunnel endpoint's.
      id = %any
    }
    children {
      vti {
        local_ts = 0.0.0.0/0
        remote_ts = 0.0.0.0/0
        esp_proposals = ${acceptable(a('phase2_encryption_algorithms') ?? ALL_ENC, a('phase2_integrity_algorithms') ?? ALL_INTEG, a('phase2_dh_group_numbers') ?? [2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], false)}
        life_time = ${p2}s
        rekey_time = ${p2 - margin}s
        rand_time = ${rand}s
        replay_window = ${a('replay_window_size') ?? 1024}
        dpd_action = ${dpdAction === 'none' ? 'none' : dpdAction}
        start_action = ${a('startup_action') === 'start' ? 'start' : 'none'}
        close_action = none${routing === 'static' ? `\n        updown = ${join(dir, 'updown.sh')}` : ''}
      }
    }
  }
}
secrets {
  ike-aws {
    id-1 = ${outside(i)}
    secret = "${psk}"
  }
}
`,
      { mode: 0o600 },
    );
    // IKEv2 DPD timeout = the retransmission sequence (5 sends × timeout/5).
    writeFileSync(join(dir, 'dpd.conf'), `charon {\n  retransmit_tries = 4\n  retransmit_timeout = ${dpdTimeout / 5}\n  retransmit_base = 1\n}\n`);
    if (routing === 'static') {
      // AWS tracks a static tunnel by IKE/DPD: its routes exist only while the tunnel is up.
      writeFileSync(
        join(dir, 'updown.sh'),
        `#!/bin/sh\nPATH=/usr/sbin:/usr/bin:/sbin:/bin\nIP="nsenter --net=${join(work, 'ns', 'vl-vgw')} ip"\ncase "$PLUTO_VERB" in\n  up-client) for p in ${staticRoutes.join(' ')}; do $IP route replace "$p" dev vt${i} metric ${100 + i}; done ;;\n  down-client) for p in ${staticRoutes.join(' ')}; do $IP route del "$p" dev vt${i} metric ${100 + i} 2>/dev/null; done ;;\nesac\nexit 0\n`,
        { mode: 0o755 },
      );
    }
    // What AWS assigns at apply time, for the references in the synthesized hand-off output.
    const values: Record<string, string | number> = { address: outside(i), inside_cidr: inside, cgw_inside_address: cgwIn, vgw_inside_address: vgwIn, bgp_asn: String(amazonAsn), bgp_holdtime: 30 };
    for (const [attribute, value] of Object.entries(values)) refs[ref(`tunnel${n}_${attribute}`)] = value;
  });
}

// The hand-off as `cdktf output` gives it after apply: the synthesized output value with every
// reference replaced by what the lab (playing AWS) assigned. Checked against the hand-off contract.
refs[`\${${Object.keys(stack.resource.aws_vpn_gateway ?? {}).map((id) => `aws_vpn_gateway.${id}.id`)[0]}}`] = 'vgw-0lab';
const resolve = (v: unknown): unknown => {
  if (typeof v === 'string' && /^\$\{[^}]+\}$/.test(v)) {
    if (!(v in refs)) throw new Error(`lab: no value for the hand-off reference ${v}`);
    return refs[v];
  }
  if (Array.isArray(v)) return v.map(resolve);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([key, x]) => [key, resolve(x)]));
  return v;
};
// Synthesized as one Terraform expression (src/internal/terraform-expression.ts): read back as JSON.
const synthesizedHandoff = readTerraformExpression(stack.output.vpn_handoff.value) as Json;
delete synthesizedHandoff.alarm_topic_arn;
delete synthesizedHandoff.log_group_arn;
const handoff = resolve(synthesizedHandoff) as VpnHandoff;
if (!Value.Check(VpnHandoffSchema, handoff)) throw new Error(`lab: the resolved hand-off breaks the contract: ${[...Value.Errors(VpnHandoffSchema, handoff)].map((e) => e.path).join(', ')}`);

// The outputs file as the cdktf CLI writes it (nested by construct id), with the sensitive keys.
const vpnOutputs: Json = { handoff };
// Keys go where the construct puts them: the sensitive `secrets` map, keyed by device.
const secrets: Record<string, Record<string, string>> = {};
for (const [k, v] of Object.entries(keys)) {
  const [, device, tunnel] = /^(.+)_(tunnel[12])$/.exec(k)!;
  secrets[device] = { ...secrets[device], [`${tunnel}_preshared_key`]: v };
}
vpnOutputs.secrets = secrets;
writeFileSync(join(work, 'outputs.json'), JSON.stringify({ lab: { vpn: vpnOutputs } }, null, 2), { mode: 0o600 });

// The VGW's BGP: one neighbour per tunnel, AWS's timers, one best path (a VGW does not ECMP here).
if (routing === 'dynamic') {
  mkdirSync(join(work, 'vgw'), { recursive: true });
  const t = fast ? '3 9' : '10 30';
  writeFileSync(
    join(work, 'vgw', 'bgpd.conf'),
    [
      `router bgp ${amazonAsn}`,
      ' bgp router-id 10.0.0.1',
      ' no bgp ebgp-requires-policy',
      ...tunnelsOut.flatMap((x) => [` neighbor ${x.cgwIn} remote-as 65010`, ` neighbor ${x.cgwIn} timers ${t}`, ` neighbor ${x.cgwIn} timers connect 10`]),
      ' address-family ipv4 unicast',
      '  network 10.0.0.0/16',
      '  maximum-paths 1',
      ' exit-address-family',
      '',
    ].join('\n'),
  );
}
process.stdout.write(`prepared ${routing} lab (${profile} timers): ${connections.length} connections, static routes [${staticRoutes.join(' ')}]\n`);
