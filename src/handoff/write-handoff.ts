/**
 * The per-stack hand-off files for the on-premises team: `<outdir>/<stack>.json` with, per VPN
 * connection and tunnel, the AWS outside IP, the inside addresses and the ASNs (and, when on, the
 * alarm topic and log group ARNs).
 *
 * Built field by field from a whitelist (never by copying the outputs), so a pre-shared key can
 * never reach these files, even when the outputs file was written with sensitive outputs.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { basename, join } from 'path';
import { InputFileError, readJsonFile } from '../internal/read-json-file';
import { ConnectionHandoff, findHandoffs, FoundHandoff, TunnelHandoff, VpnHandoff } from './outputs-file';

/** One file: every RedundantVpn of one stack, by construct id (`vpn` in the app). */
export interface StackHandoffDocument {
  readonly stack: string;
  readonly vpns: { [vpn: string]: VpnHandoff };
}

/** Groups the hand-offs by stack, copying only the documented, secret-free fields. */
export function stackHandoffDocuments(found: readonly FoundHandoff[]): StackHandoffDocument[] {
  const byStack = new Map<string, { [vpn: string]: VpnHandoff }>();
  for (const f of found) {
    const vpns = byStack.get(f.stack) ?? {};
    vpns[f.vpn] = publicHandoff(f.handoff);
    byStack.set(f.stack, vpns);
  }
  return [...byStack.entries()].map(([stack, vpns]) => ({ stack, vpns }));
}

function publicHandoff(h: VpnHandoff): VpnHandoff {
  const connections: { [name: string]: ConnectionHandoff } = {};
  for (const [name, c] of Object.entries(h.connections)) {
    connections[name] = {
      connection_id: c.connection_id,
      customer_gateway_id: c.customer_gateway_id,
      customer_gateway_ip: c.customer_gateway_ip,
      customer_gateway_asn: c.customer_gateway_asn,
      // With Secrets Manager key storage: where the device team reads the keys (the ARN is no secret).
      ...(c.preshared_key_arn ? { preshared_key_arn: c.preshared_key_arn } : {}),
      tunnels: (c.tunnels ?? []).map(publicTunnel),
    };
  }
  return {
    vpn_gateway_id: h.vpn_gateway_id,
    amazon_side_asn: h.amazon_side_asn,
    routing: h.routing,
    static_routes: [...(h.static_routes ?? [])],
    connections,
    // Where the alarms notify and the tunnel logs go (when on): ARNs, no secrets.
    ...(h.alarm_topic_arn ? { alarm_topic_arn: h.alarm_topic_arn } : {}),
    ...(h.log_group_arn ? { log_group_arn: h.log_group_arn } : {}),
  };
}

function publicTunnel(t: TunnelHandoff): TunnelHandoff {
  return {
    tunnel: t.tunnel,
    outside_address: t.outside_address,
    inside_cidr: t.inside_cidr,
    cgw_inside_address: t.cgw_inside_address,
    vgw_inside_address: t.vgw_inside_address,
    bgp_asn: t.bgp_asn,
    bgp_holdtime: t.bgp_holdtime,
  };
}

/** Reads `outputsFile`, writes `<outdir>/<stack>.json` per stack; returns the files written. */
export function writeHandoffFiles(outputsFile: string, outdir: string): string[] {
  let parsed: unknown;
  try {
    parsed = readJsonFile(outputsFile, 'Outputs file');
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    // The detail is an error code or a parse message that quotes nothing of the file (it can hold keys).
    throw new Error(`${outputsFile}: cannot read the outputs file (${e.detail})`);
  }
  const documents = stackHandoffDocuments(findHandoffs(parsed, outputsFile));
  for (const doc of documents) {
    // Stack names are file names here: never let one point outside outdir.
    if (basename(doc.stack) !== doc.stack || doc.stack === '.' || doc.stack === '..') {
      throw new Error(`${outputsFile}: stack name ${JSON.stringify(doc.stack)} cannot be used as a file name`);
    }
  }
  mkdirSync(outdir, { recursive: true });
  return documents.map((doc) => {
    const file = join(outdir, `${doc.stack}.json`);
    writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
    return file;
  });
}
