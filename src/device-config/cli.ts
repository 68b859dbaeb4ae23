/**
 * `vpn-device-config`: outputs file (+ tunnel profile) in, per customer gateway a directory with
 * `swanctl.conf`, `strongswan-aws-vpn.conf` and `frr.conf` (dynamic) or `aws-vpn-updown.sh` (static).
 * Keys are written into the files only (mode 0600) and never printed.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { parseArgs } from 'util';
import { findHandoffs, FoundHandoff, isHandoff } from '../handoff/outputs-file';
import { readJsonFile } from '../internal/read-json-file';
import { formatIssue, VpnValidationError } from '../validation/issues';
import { renderFrrConf, renderUpdownScript } from './frr';
import { deviceInputs, TunnelProfile } from './inputs';
import { renderStrongswanConf, renderSwanctlConf } from './swanctl';

export const USAGE = `Usage: vpn-device-config --outputs <outputs.json> [options]

  --outputs FILE          what \`cdktf output --outputs-file FILE\` wrote (or terraform output -json,
                          or the bare value of the handoff output)
  --config FILE           the app's config file (VPN_CONFIG): tunnel profile + per-device overrides
  --tunnel-options FILE   or: a JSON TunnelOptions object used as the profile for every tunnel
  --stack NAME            the stack to render (needed when the outputs file has several)
  --vpn ID                the RedundantVpn construct id (needed when a stack has several)
  --out-dir DIR           where to write <DIR>/<customer gateway>/... (default: device-config)
  --psk-file FILE         JSON {"<gateway>_tunnel<N>": "key"} when the outputs file has no sensitive outputs
                          (also: env VPN_PSK_<GATEWAY>_TUNNEL<N>)
  --advertise CIDR        on-premises prefix to advertise over BGP (repeat; dynamic routing)
  --remote-prefix CIDR    AWS-side prefix (VPC CIDR) to route into the tunnels (repeat; static routing)
  --interface-prefix P    tunnel interface names P1, P2 (default: vti)
  --updown-path PATH      where the updown hook will live on the device (static routing)
  --xfrm                  bind tunnel N to XFRM interface if_id N (Linux kernel IPsec, one charon)
  --split-tunnels         also write swanctl-tunnel<N>.conf, one tunnel each (one IKE daemon per tunnel)
  --dpd-delay S, --dpd-timeout S, --bgp-keepalive S, --bgp-hold S
                          device timers (defaults 10, the profile's DPD timeout or 30, 10, 30);
                          shorter values are for labs only
  --help`;

const num = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}: ${JSON.stringify(v)} is not a positive number`);
  return n;
};

function selectHandoff(all: FoundHandoff[], stack: string | undefined, vpn: string | undefined): FoundHandoff {
  const matches = all.filter((f) => (!stack || f.stack === stack) && (!vpn || f.vpn === vpn));
  const list = all.map((f) => `${f.stack}/${f.vpn}`).join(', ');
  if (matches.length === 0) throw new Error(`no hand-off for ${stack ?? '*'}/${vpn ?? '*'} in the outputs file (found: ${list})`);
  if (matches.length > 1) throw new Error(`the outputs file has several hand-offs (${list}): choose one with --stack and --vpn`);
  return matches[0];
}

function loadProfile(values: { config?: string; 'tunnel-options'?: string }, stack: string): TunnelProfile | undefined {
  if (values.config && values['tunnel-options']) throw new Error('give either --config or --tunnel-options, not both');
  if (values['tunnel-options']) return { tunnelOptions: readJsonFile(values['tunnel-options'], 'Tunnel options') as TunnelProfile['tunnelOptions'] };
  if (!values.config) return undefined;
  const { loadConfigFile } = require('../config/load-config') as typeof import('../config/load-config');
  const specs = loadConfigFile(values.config);
  const spec = specs.find((s) => s.name === stack) ?? (specs.length === 1 ? specs[0] : undefined);
  if (!spec) throw new Error(`config ${values.config}: no stack named ${JSON.stringify(stack)} (has: ${specs.map((s) => s.name).join(', ')})`);
  return spec.vpn;
}

/** Runs the CLI; returns the exit code. `out`/`err` receive text (never a key). */
export function run(argv: string[], env: NodeJS.ProcessEnv = process.env, out: (s: string) => void = (s) => void process.stdout.write(s), err: (s: string) => void = (s) => void process.stderr.write(s)): number {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        outputs: { type: 'string' },
        config: { type: 'string' },
        'tunnel-options': { type: 'string' },
        stack: { type: 'string' },
        vpn: { type: 'string' },
        'out-dir': { type: 'string', default: 'device-config' },
        'psk-file': { type: 'string' },
        advertise: { type: 'string', multiple: true },
        'remote-prefix': { type: 'string', multiple: true },
        'interface-prefix': { type: 'string' },
        'updown-path': { type: 'string' },
        'split-tunnels': { type: 'boolean', default: false },
        xfrm: { type: 'boolean', default: false },
        'dpd-delay': { type: 'string' },
        'dpd-timeout': { type: 'string' },
        'bgp-keepalive': { type: 'string' },
        'bgp-hold': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (values.help) {
      out(`${USAGE}\n`);
      return 0;
    }
    if (!values.outputs) throw new Error('--outputs is required (the file written by `cdktf output --outputs-file`)');
    const parsed = readJsonFile(values.outputs, 'Outputs file') as Record<string, unknown>;
    // A bare hand-off map (the value of the `handoff` output) is accepted too; keys then come from --psk-file/env.
    const isBareHandoff = isHandoff(parsed);
    const outputsFile = isBareHandoff ? { handoff: { vpn: { handoff: parsed } } } : parsed;
    const found = selectHandoff(findHandoffs(outputsFile, values.outputs), values.stack, values.vpn);
    const keyFile = values['psk-file'] ? (readJsonFile(values['psk-file'], 'Key file') as { [k: string]: string }) : undefined;
    const devices = deviceInputs(found, {
      profile: loadProfile(values, found.stack),
      keyFile,
      env,
      advertise: values.advertise,
      remotePrefixes: values['remote-prefix'],
      interfacePrefix: values['interface-prefix'],
      updownPath: values['updown-path'],
      xfrmInterfaces: values.xfrm,
      timers: {
        dpdDelaySeconds: num('dpd-delay', values['dpd-delay']),
        dpdTimeoutSeconds: num('dpd-timeout', values['dpd-timeout']),
        bgpKeepaliveSeconds: num('bgp-keepalive', values['bgp-keepalive']),
        bgpHoldSeconds: num('bgp-hold', values['bgp-hold']),
      },
    });
    for (const device of devices) {
      const dir = join(values['out-dir']!, device.site);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const write = (name: string, text: string, mode: number) => {
        const file = join(dir, name);
        writeFileSync(file, text, { mode });
        chmodSync(file, mode); // an existing file keeps its old mode otherwise
        out(`wrote ${file}\n`);
      };
      write('swanctl.conf', renderSwanctlConf(device), 0o600);
      if (values['split-tunnels']) for (const t of device.tunnels) write(`swanctl-tunnel${t.tunnel}.conf`, renderSwanctlConf(device, [t.tunnel]), 0o600);
      write('strongswan-aws-vpn.conf', renderStrongswanConf(device), 0o644);
      if (device.routing === 'dynamic') write('frr.conf', renderFrrConf(device), 0o644);
      else write('aws-vpn-updown.sh', renderUpdownScript(device), 0o755);
    }
    return 0;
  } catch (e) {
    if (e instanceof VpnValidationError) {
      err(`vpn-device-config: ${e.message.split('\n')[0]}\n${e.issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}\n`);
    } else {
      err(`vpn-device-config: ${(e as Error).message}\n`);
      if (!(e instanceof Error) || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) err(`${USAGE}\n`);
    }
    return 1;
  }
}
