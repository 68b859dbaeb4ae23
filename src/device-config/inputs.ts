/**
 * Gathers what the renderers need from the outputs file (addresses, ASNs, keys), the tunnel profile
 * (the construct's TunnelOptions, merged exactly as the construct merges them) and the key sources.
 */
import type { FoundHandoff, TunnelHandoff } from '../handoff/outputs-file';
import type { CustomerGatewayProps, TunnelOptions } from '../model/props';
import { TUNNEL_NUMBERS } from '../model/tunnel-options';
import { optionsFromRecord, tunnelCryptoRecord, tunnelOptionsOf } from '../handoff/tunnel-crypto';
import type { DeviceInput, DeviceSettings, DeviceTunnel } from './model';

/** The tunnel profile: the `vpn` object of the app's config (or just its `tunnelOptions`). */
export interface TunnelProfile {
  /** Construct-wide tunnel options. */
  readonly tunnelOptions?: TunnelOptions;
  /** Per-device overrides (matched by name). */
  readonly customerGateways?: Pick<CustomerGatewayProps, 'name' | 'tunnelOptions' | 'tunnel1' | 'tunnel2'>[];
}

/** Options of {@link deviceInputs}. */
export interface DeviceInputOptions extends DeviceSettings {
  /** Explicit tunnel options (`--config`, `--tunnel-options`): win over what the input says. */
  readonly profile?: TunnelProfile;
  /** Suggested options per `<site>_tunnel<N>` (the AWS XML's legacy suite): used only when nothing else gives options. */
  readonly suggestedOptions?: { [siteTunnel: string]: TunnelOptions };
  /** Keys by `<site>_tunnel<N>` from a key file (used when the outputs file has no sensitive outputs). */
  readonly keyFile?: { [key: string]: string };
  /** Environment for `VPN_PSK_<SITE>_TUNNEL<N>` keys. */
  readonly env?: NodeJS.ProcessEnv;
  /** On-premises prefixes to advertise (dynamic routing). */
  readonly advertise?: string[];
  /** AWS-side prefixes, e.g. the VPC CIDR (static routing). */
  readonly remotePrefixes?: string[];
  /** Render tunnel sheets only: no key and no routing prefixes are needed. */
  readonly sheetsOnly?: boolean;
  /** Where the input's keys come from, for the sheet (`the sensitive outputs`, `the AWS XML`). */
  readonly inputKeySource?: string;
}

/** `VPN_PSK_<SITE>_TUNNEL<N>`: the site upper-cased, every other character `_`. */
export function keyEnvName(site: string, tunnel: number): string {
  return `VPN_PSK_${site.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TUNNEL${tunnel}`;
}

const TUNNEL_FIELDS = ['outside_address', 'inside_cidr', 'cgw_inside_address', 'vgw_inside_address', 'bgp_asn'] as const;

/**
 * The options of one tunnel and where they came from: explicit options (config) first, then the
 * hand-off's deployed crypto, then the XML's suggestion (said so), else AWS's defaults.
 */
function optionsFor(site: string, n: 1 | 2, t: TunnelHandoff, opts: DeviceInputOptions): { options: TunnelOptions; source: string; note?: string; inputMtu?: boolean } {
  if (opts.profile) {
    const overrides = opts.profile.customerGateways?.find((c) => c.name === site);
    return { options: tunnelOptionsOf(opts.profile.tunnelOptions, overrides, n), source: overrides ? 'the config (profile, device and tunnel overrides)' : 'the config (profile)' };
  }
  const deployed = optionsFromRecord(t);
  if (deployed) return { options: deployed, source: 'the hand-off (as deployed)' };
  const suggested = opts.suggestedOptions?.[`${site}_tunnel${n}`];
  if (suggested) {
    return {
      options: suggested,
      source: "the AWS XML's suggested suite",
      inputMtu: true,
      note: `tunnel ${n}: options are the AWS configuration file's suggested legacy suite (one IKEv1 suite; the tunnel may accept more). Give --config or --tunnel-options to render what the tunnel is deployed with.`,
    };
  }
  return {
    options: {},
    source: "AWS's defaults",
    note: `tunnel ${n}: the input names no tunnel options; AWS's defaults are assumed (give --config if the tunnels were deployed with others).`,
  };
}

/** One {@link DeviceInput} per customer gateway of the hand-off; every missing value is reported at once. */
export function deviceInputs(found: FoundHandoff, opts: DeviceInputOptions = {}): DeviceInput[] {
  const problems: string[] = [];
  const env = opts.env ?? process.env;
  const routing = found.handoff.routing;
  const where = `${found.stack}/${found.vpn}`;
  const advertise = opts.advertise ?? [];
  const remote = opts.remotePrefixes ?? [];
  if (!opts.sheetsOnly && routing === 'dynamic' && advertise.length === 0) {
    problems.push('dynamic routing: no on-premises prefix to advertise (give --advertise CIDR, the same on every device)');
  }
  if (!opts.sheetsOnly && routing === 'static' && remote.length === 0) {
    problems.push('static routing: no AWS-side prefix to route into the tunnels (give --remote-prefix CIDR, e.g. the VPC CIDR)');
  }
  const devices: DeviceInput[] = [];
  for (const [site, conn] of Object.entries(found.handoff.connections)) {
    const tunnels: DeviceTunnel[] = [];
    const notes: string[] = [];
    for (const n of TUNNEL_NUMBERS) {
      const t = (conn.tunnels ?? []).find((x) => x.tunnel === n);
      if (!t) {
        problems.push(`${site} tunnel ${n}: missing from the hand-off output`);
        continue;
      }
      const missing = TUNNEL_FIELDS.filter((f) => t[f] === undefined || t[f] === null || String(t[f]) === '');
      if (missing.length > 0) {
        problems.push(`${site} tunnel ${n}: output ${missing.join(', ')} missing or empty (read the outputs after \`cdktf apply\`)`);
        continue;
      }
      const { options, source, note, inputMtu } = optionsFor(site, n, t, opts);
      const computed = tunnelCryptoRecord(options);
      // The XML's MTU/MSS advice is for its suggested suite: kept only when that suite is used.
      const record = inputMtu && t.mtu_bytes && t.mss_bytes ? { ...computed, mtu_bytes: t.mtu_bytes, mss_bytes: t.mss_bytes } : computed;
      if (note) notes.push(note);
      const keyName = `${site}_tunnel${n}`;
      const fromInput = found.presharedKeys[keyName];
      const fromFile = opts.keyFile?.[keyName];
      const fromEnv = env[keyEnvName(site, n)];
      const key = fromInput ?? fromFile ?? fromEnv ?? options.presharedKey ?? '';
      const location = t.key_location;
      const keyLocation = location?.secrets_manager_arn
        ? `Secrets Manager secret ${location.secrets_manager_arn}`
        : location?.sensitive_output
          ? `sensitive output ${location.sensitive_output}, field ${location.field}`
          : `${opts.inputKeySource ?? 'the input'} (or --psk-file "${keyName}", or ${keyEnvName(site, n)})`;
      if (!opts.sheetsOnly) {
        if (!key) {
          problems.push(
            `${site} tunnel ${n}: no pre-shared key (write the outputs file with \`cdktf output --outputs-file-include-sensitive-outputs\`, or give --psk-file with "${keyName}", or set ${keyEnvName(site, n)})`,
          );
          continue;
        }
        // The key goes into a double-quoted swanctl string: AWS keys never contain quotes, but a file might.
        if (!/^[A-Za-z0-9._]+$/.test(key)) {
          problems.push(`${site} tunnel ${n}: the pre-shared key has characters AWS does not allow (A–Z a–z 0–9 . _ only); not shown`);
          continue;
        }
      }
      tunnels.push({
        tunnel: n,
        outsideAddress: t.outside_address,
        insideCidr: t.inside_cidr,
        cgwInsideAddress: t.cgw_inside_address,
        vgwInsideAddress: t.vgw_inside_address,
        amazonAsn: String(t.bgp_asn),
        options,
        record,
        optionsSource: source,
        keyLocation,
        presharedKey: opts.sheetsOnly ? '' : key,
      });
    }
    if (!conn.customer_gateway_ip) problems.push(`${site}: output customer_gateway_ip missing`);
    devices.push({
      name: site,
      connectionId: conn.connection_id,
      customerGatewayIp: conn.customer_gateway_ip,
      customerGatewayAsn: conn.customer_gateway_asn,
      routing,
      tunnels,
      advertisedPrefixes: advertise,
      remotePrefixes: remote,
      awsStaticRoutes: [...(conn.static_routes ?? found.handoff.static_routes ?? [])],
      vpcId: conn.vpc_id ?? found.handoff.vpc_id,
      notes,
      timers: opts.timers,
      interfacePrefix: opts.interfacePrefix,
      updownPath: opts.updownPath,
      interfaceType: opts.interfaceType,
    });
  }
  if (problems.length > 0) throw new Error(`Cannot render device configs for ${where}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return devices;
}
