/**
 * AWS's `customer_gateway_configuration` XML (the connection's "generic" device configuration,
 * also `aws ec2 describe-vpn-connections … CustomerGatewayConfiguration`) as a hand-off, so
 * `vpn-device-config` renders from it like from the construct's outputs.
 *
 * Two things the XML does not say plainly:
 * - which `<ipsec_tunnel>` is tunnel 1: AWS does not keep an order. Like the AWS provider, the
 *   tunnel whose inside CIDR is the configured `tunnel1.insideCidr` is tunnel 1; without one, the
 *   tunnels are numbered by outside address (string order, the provider's fallback);
 * - what the tunnel accepts: `<ike>`/`<ipsec>` hold one suggested legacy suite (AES128, SHA1, DH 2,
 *   IKEv1 main mode), not the tunnel's options. It is used only when nothing else gives options.
 *
 * The XML embeds the pre-shared keys: they go to the key map only, never into an error.
 */
import { XMLParser } from 'fast-xml-parser';
import * as ipaddr from 'ipaddr.js';
import type { ConnectionHandoff, TunnelHandoff, VpnHandoff } from '../model/handoff';
import { EncryptionAlgorithm, IkeVersion, IntegrityAlgorithm, TunnelOptions } from '../model/props';
import type { FoundHandoff } from '../handoff/outputs-file';

/** A connection read from the XML: the hand-off it amounts to, its keys and its suggested suites. */
export interface AwsXmlHandoff extends FoundHandoff {
  /** The XML's suggested suite per `<site>_tunnel<N>` (legacy; used only when nothing else is given). */
  readonly suggestedOptions: { [siteTunnel: string]: TunnelOptions };
}

/** Options of {@link awsXmlHandoff}. */
export interface AwsXmlOptions {
  /** The customer gateway's name; default: the customer gateway id of the XML. */
  readonly device?: string;
  /** The configured inside CIDR of tunnel 1 (orders the tunnels as the provider does). */
  readonly tunnel1InsideCidr?: string;
}

/** True when the text is AWS's device configuration XML (not JSON). */
export const looksLikeAwsXml = (text: string): boolean => /^\s*(<\?xml[^>]*>\s*)?<vpn_connection[\s>]/.test(text);

const ENCRYPTION: Record<string, EncryptionAlgorithm> = {
  'aes-128-cbc': EncryptionAlgorithm.AES128,
  'aes-256-cbc': EncryptionAlgorithm.AES256,
  'aes-128-gcm-16': EncryptionAlgorithm.AES128_GCM_16,
  'aes-256-gcm-16': EncryptionAlgorithm.AES256_GCM_16,
};
const INTEGRITY: Record<string, IntegrityAlgorithm> = {
  'sha1': IntegrityAlgorithm.SHA1,
  'hmac-sha1-96': IntegrityAlgorithm.SHA1,
  'sha2-256': IntegrityAlgorithm.SHA2_256,
  'hmac-sha2-256-128': IntegrityAlgorithm.SHA2_256,
  'sha2-384': IntegrityAlgorithm.SHA2_384,
  'hmac-sha2-384-192': IntegrityAlgorithm.SHA2_384,
  'sha2-512': IntegrityAlgorithm.SHA2_512,
  'hmac-sha2-512-256': IntegrityAlgorithm.SHA2_512,
};

type Node = Record<string, unknown>;
const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim());
const node = (v: unknown): Node => (v && typeof v === 'object' ? (v as Node) : {});
const ipOf = (v: unknown): string => text(node(v).ip_address);

/** Reads the XML; throws naming the file and the missing element (never quoting the XML). */
export function awsXmlHandoff(xml: string, source: string, opts: AwsXmlOptions = {}): AwsXmlHandoff {
  let doc: Node;
  try {
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => name === 'ipsec_tunnel' }).parse(xml, true) as Node;
  } catch {
    throw new Error(`${source}: not well-formed XML (the text is not shown: it holds pre-shared keys)`);
  }
  const vpn = node(doc.vpn_connection);
  const raw = (vpn.ipsec_tunnel as unknown[] | undefined) ?? [];
  if (raw.length !== 2) throw new Error(`${source}: expected 2 <ipsec_tunnel> elements in <vpn_connection>, found ${raw.length}`);
  const problems: string[] = [];
  const tunnels = raw.map((t, i) => {
    const cgw = node(node(t).customer_gateway);
    const vgw = node(node(t).vpn_gateway);
    const ike = node(node(t).ike);
    const ipsec = node(node(t).ipsec);
    const inside = node(vgw.tunnel_inside_address);
    const read = (what: string, v: string) => {
      if (v === '') problems.push(`<ipsec_tunnel> #${i + 1}: ${what} missing`);
      return v;
    };
    const cidrBits = text(inside.network_cidr) || '30';
    const vgwInside = read('vpn_gateway/tunnel_inside_address/ip_address', ipOf(inside));
    return {
      outsideAddress: read('vpn_gateway/tunnel_outside_address/ip_address', ipOf(vgw.tunnel_outside_address)),
      customerGatewayIp: read('customer_gateway/tunnel_outside_address/ip_address', ipOf(cgw.tunnel_outside_address)),
      cgwInside: read('customer_gateway/tunnel_inside_address/ip_address', ipOf(cgw.tunnel_inside_address)),
      vgwInside,
      insideCidr: vgwInside ? read('a valid vpn_gateway inside address and network_cidr', networkOf(vgwInside, Number(cidrBits)) && `${networkOf(vgwInside, Number(cidrBits))}/${cidrBits}`) : '',
      cgwAsn: text(node(cgw.bgp).asn),
      vgwAsn: text(node(vgw.bgp).asn),
      holdTime: text(node(vgw.bgp).hold_time),
      key: read('ike/pre_shared_key', text(ike.pre_shared_key)),
      mssBytes: Number(text(ipsec.tcp_mss_adjustment)) || undefined,
      suite: suggestedSuite(ike, ipsec),
    };
  });
  if (problems.length > 0) throw new Error(`${source}: not a complete AWS customer gateway configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  // Tunnel 1: the configured inside CIDR, else the lower outside address (the provider's order).
  const byCidr = opts.tunnel1InsideCidr ? tunnels.findIndex((t) => t.insideCidr === opts.tunnel1InsideCidr) : -1;
  const ordered = byCidr >= 0 ? [tunnels[byCidr], tunnels[1 - byCidr]] : [...tunnels].sort((a, b) => (a.outsideAddress < b.outsideAddress ? -1 : a.outsideAddress > b.outsideAddress ? 1 : 0));

  const connectionId = text(vpn['@id']);
  const site = opts.device ?? (text(vpn.customer_gateway_id) || 'customer-gateway');
  const routing = text(vpn.vpn_connection_attributes) === 'NoBGPVPNConnection' ? 'static' : 'dynamic';
  const presharedKeys: { [k: string]: string } = {};
  const suggestedOptions: { [k: string]: TunnelOptions } = {};
  const handoffTunnels: TunnelHandoff[] = ordered.map((t, i) => {
    presharedKeys[`${site}_tunnel${i + 1}`] = t.key;
    suggestedOptions[`${site}_tunnel${i + 1}`] = t.suite;
    return {
      tunnel: i + 1,
      outside_address: t.outsideAddress,
      inside_cidr: t.insideCidr,
      cgw_inside_address: t.cgwInside,
      vgw_inside_address: t.vgwInside,
      bgp_asn: t.vgwAsn,
      bgp_holdtime: Number(t.holdTime) || 30,
      // AWS's own advice for the suggested suite (IPv4: MTU = MSS + 40 bytes of IP and TCP headers).
      ...(t.mssBytes ? { mss_bytes: t.mssBytes, mtu_bytes: t.mssBytes + 40 } : {}),
    };
  });
  const connection: ConnectionHandoff = {
    connection_id: connectionId,
    customer_gateway_id: text(vpn.customer_gateway_id),
    customer_gateway_ip: ordered[0].customerGatewayIp,
    customer_gateway_asn: Number(ordered[0].cgwAsn) || 0,
    routing,
    tunnels: handoffTunnels,
  };
  const handoff: VpnHandoff = {
    vpn_gateway_id: text(vpn.vpn_gateway_id) || text(vpn.transit_gateway_id),
    amazon_side_asn: ordered[0].vgwAsn,
    routing,
    static_routes: [],
    connections: { [site]: connection },
  };
  return { stack: 'aws-xml', vpn: connectionId || 'vpn', handoff, presharedKeys, suggestedOptions };
}

/** The one suite the XML suggests, as tunnel options (IKEv1 main mode: AWS's legacy sample). */
function suggestedSuite(ike: Node, ipsec: Node): TunnelOptions {
  const group = (v: unknown) => Number(/^group(\d+)$/.exec(text(v))?.[1]);
  const list = <T>(v: T | undefined) => (v === undefined ? undefined : [v]);
  const dpd = node(ipsec.dead_peer_detection);
  const interval = Number(text(dpd.interval));
  const retries = Number(text(dpd.retries));
  const options: TunnelOptions = {
    ikeVersions: text(ike.mode) === 'main' ? [IkeVersion.IKEV1] : undefined,
    phase1EncryptionAlgorithms: list(ENCRYPTION[text(ike.encryption_protocol)]),
    phase1IntegrityAlgorithms: list(INTEGRITY[text(ike.authentication_protocol)]),
    phase1DhGroupNumbers: group(ike.perfect_forward_secrecy) ? [group(ike.perfect_forward_secrecy)] : undefined,
    phase1LifetimeSeconds: Number(text(ike.lifetime)) || undefined,
    phase2EncryptionAlgorithms: list(ENCRYPTION[text(ipsec.encryption_protocol)]),
    phase2IntegrityAlgorithms: list(INTEGRITY[text(ipsec.authentication_protocol)]),
    phase2DhGroupNumbers: group(ipsec.perfect_forward_secrecy) ? [group(ipsec.perfect_forward_secrecy)] : undefined,
    phase2LifetimeSeconds: Number(text(ipsec.lifetime)) || undefined,
    dpdTimeoutSeconds: interval > 0 && retries > 0 ? interval * retries : undefined,
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as TunnelOptions;
}

/** The network address of `ip`/`bits`. */
function networkOf(ip: string, bits: number): string {
  try {
    return ipaddr.IPv4.networkAddressFromCIDR(`${ip}/${bits}`).toString();
  } catch {
    return '';
  }
}
