/**
 * `vpn-device-config`: one input (the cdktf outputs file, a hand-off file, the bare hand-off value,
 * or AWS's customer_gateway_configuration XML), optionally the tunnel profile, out: per customer
 * gateway a directory with `swanctl.conf`, `strongswan-aws-vpn.conf`, `tunnel-interfaces.sh`,
 * `frr.conf` (dynamic) or `aws-vpn-updown.sh` (static), and the tunnel sheet (`tunnel-sheet.md`,
 * `tunnel-sheet.csv`). Keys are written into swanctl's secrets only (mode 0600) and never printed.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { parseArgs } from 'util';
import { findHandoffs, FoundHandoff, isHandoff } from '../handoff/outputs-file';
import { InputFileError, parseJsonText, readJsonFile, readTextFile } from '../internal/read-json-file';
import { formatIssue, VpnValidationError } from '../validation/issues';
import { awsXmlHandoff, looksLikeAwsXml } from './aws-xml';
import { renderFrrConf, renderUpdownScript } from './frr';
import { deviceInputs, DeviceInputOptions, TunnelProfile } from './inputs';
import { renderInterfacesScript } from './interfaces';
import { INTERFACE_TYPES, InterfaceType } from './model';
import { renderSheetCsv, renderSheetMarkdown } from './sheet';
import { renderStrongswanConf, renderSwanctlConf } from './swanctl';

export const USAGE = `Usage: vpn-device-config --outputs <file> [options]

  --outputs FILE          any of: what \`cdktf output --outputs-file FILE\` wrote (or terraform output -json),
                          a hand-off file (npm run handoff), the bare value of the handoff output, or
                          AWS's customer_gateway_configuration XML of one VPN connection
  --config FILE           the app's config file (JSON or YAML): tunnel profile + per-device and per-tunnel overrides
  --tunnel-options FILE   or: a JSON TunnelOptions object used as the profile for every tunnel
  --stack NAME            the stack to render (needed when the outputs or config file has several)
  --vpn ID                the RedundantVpn construct id (needed when a stack has several)
  --device NAME             AWS XML input: the customer gateway's name (default: the config's gateway with
                          the XML's address, else the customer gateway id)
  --out-dir DIR           where to write <DIR>/<customer gateway>/... (default: device-config)
  --psk-file FILE         JSON {"<gateway>_tunnel<N>": "key"} when the input has no keys
                          (also: env VPN_PSK_<GATEWAY>_TUNNEL<N>)
  --advertise CIDR        on-premises prefix to advertise over BGP (repeat; dynamic routing)
  --remote-prefix CIDR    AWS-side prefix (VPC CIDR) to route into the tunnels (repeat; static routing)
  --interface-type T      route-based tunnel interfaces: xfrm (default), vti, or libipsec (userspace ESP,
                          one IKE daemon per tunnel whose TUN device is the interface)
  --interface-prefix P    tunnel interface names P1, P2 (default: vti)
  --updown-path PATH      where the updown hook will live on the device (static routing)
  --split-tunnels         also write swanctl-tunnel<N>.conf, one tunnel each (one IKE daemon per tunnel)
  --sheets-only           write only the tunnel sheets (no key and no prefixes needed)
  --dpd-delay S, --dpd-timeout S, --bgp-keepalive S, --bgp-hold S
                          device timers (defaults 10, the tunnel's DPD timeout or 30, 10, 30);
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

/** The profile of `--config` (the stack's `vpn`, overrides included) or `--tunnel-options`. */
function loadProfile(values: { config?: string; 'tunnel-options'?: string; stack?: string }, stack: string | undefined): TunnelProfile | undefined {
  if (values.config && values['tunnel-options']) throw new Error('give either --config or --tunnel-options, not both');
  if (values['tunnel-options']) return { tunnelOptions: readJsonFile(values['tunnel-options'], 'Tunnel options') as TunnelProfile['tunnelOptions'] };
  if (!values.config) return undefined;
  const { loadConfigFile } = require('../config/load-config') as typeof import('../config/load-config');
  const specs = loadConfigFile(values.config);
  const name = values.stack ?? stack;
  const spec = specs.find((s) => s.name === name) ?? (specs.length === 1 ? specs[0] : undefined);
  if (!spec) throw new Error(`config ${values.config}: no stack named ${JSON.stringify(name)} (has: ${specs.map((s) => s.name).join(', ')}; choose one with --stack)`);
  return spec.vpn;
}

/** The input file as a hand-off (+ keys, + the XML's suggested suites), whatever its kind. */
function readInput(file: string, values: { stack?: string; vpn?: string; device?: string }, profileOf: (stack: string | undefined) => TunnelProfile | undefined) {
  let text: string;
  try {
    text = readTextFile(file, 'Outputs file');
  } catch (e) {
    if (e instanceof InputFileError) throw new Error(e.message);
    throw e;
  }
  if (looksLikeAwsXml(text)) {
    const profile = profileOf(values.stack);
    // The device: --device, else the config's gateway with the XML's address (its tunnel 1 CIDR orders the tunnels).
    const first = awsXmlHandoff(text, file);
    const ip = Object.values(first.handoff.connections)[0].customer_gateway_ip;
    const gateway = profile?.customerGateways?.find((g) => (values.device ? g.name === values.device : (g as { ipAddress?: string }).ipAddress === ip));
    const tunnel1InsideCidr = gateway?.tunnel1?.insideCidr ?? gateway?.tunnelOptions?.insideCidr;
    const found = awsXmlHandoff(text, file, { device: values.device ?? gateway?.name, tunnel1InsideCidr });
    return { found, profile, suggestedOptions: found.suggestedOptions, keySource: `the AWS XML ${file}` };
  }
  let parsed: unknown;
  try {
    parsed = parseJsonText(text, file, 'Outputs file');
  } catch (e) {
    if (e instanceof InputFileError) throw new Error(e.message);
    throw e;
  }
  // A bare hand-off map (the value of the `handoff` output) is accepted too; keys then come from --psk-file/env.
  const outputsFile = isHandoff(parsed) ? { handoff: { vpn: { handoff: parsed } } } : parsed;
  const found = selectHandoff(findHandoffs(outputsFile, file), values.stack, values.vpn);
  return { found, profile: profileOf(found.stack), suggestedOptions: undefined, keySource: 'the outputs file' };
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
        'interface-type': { type: 'string', default: 'xfrm' },
        device: { type: 'string' },
        'sheets-only': { type: 'boolean', default: false },
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
    if (!values.outputs) throw new Error('--outputs is required (the file written by `cdktf output --outputs-file`, a hand-off file, or AWS\'s configuration XML)');
    const interfaceType = values['interface-type'] as InterfaceType;
    if (!INTERFACE_TYPES.includes(interfaceType)) throw new Error(`--interface-type: ${JSON.stringify(values['interface-type'])} is not one of ${INTERFACE_TYPES.join(', ')}`);
    const input = readInput(values.outputs, values, (stack) => loadProfile(values, stack));
    const found = input.found;
    const keyFile = values['psk-file'] ? (readJsonFile(values['psk-file'], 'Key file') as { [k: string]: string }) : undefined;
    const sheetsOnly = values['sheets-only'];
    const options: DeviceInputOptions = {
      profile: input.profile,
      suggestedOptions: input.suggestedOptions,
      inputKeySource: input.keySource,
      sheetsOnly,
      keyFile,
      env,
      advertise: values.advertise,
      remotePrefixes: values['remote-prefix'],
      interfacePrefix: values['interface-prefix'],
      updownPath: values['updown-path'],
      interfaceType,
      timers: {
        dpdDelaySeconds: num('dpd-delay', values['dpd-delay']),
        dpdTimeoutSeconds: num('dpd-timeout', values['dpd-timeout']),
        bgpKeepaliveSeconds: num('bgp-keepalive', values['bgp-keepalive']),
        bgpHoldSeconds: num('bgp-hold', values['bgp-hold']),
      },
    };
    const devices = deviceInputs(found, options);
    for (const device of devices) {
      const dir = join(values['out-dir']!, device.name);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const write = (name: string, text: string, mode: number) => {
        const file = join(dir, name);
        writeFileSync(file, text, { mode });
        chmodSync(file, mode); // an existing file keeps its old mode otherwise
        out(`wrote ${file}\n`);
      };
      for (const note of device.notes) out(`note: ${device.name} ${note}\n`);
      write('tunnel-sheet.md', renderSheetMarkdown(device), 0o644);
      write('tunnel-sheet.csv', renderSheetCsv(device), 0o644);
      if (sheetsOnly) continue;
      write('swanctl.conf', renderSwanctlConf(device), 0o600);
      if (values['split-tunnels']) for (const t of device.tunnels) write(`swanctl-tunnel${t.tunnel}.conf`, renderSwanctlConf(device, [t.tunnel]), 0o600);
      write('strongswan-aws-vpn.conf', renderStrongswanConf(device), 0o644);
      write('tunnel-interfaces.sh', renderInterfacesScript(device), 0o755);
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
