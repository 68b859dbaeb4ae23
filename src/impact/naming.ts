/**
 * Which construct and device a resource belongs to, from the names RedundantVpn gives it: construct
 * ids `VpnGateway`, `VpnGatewayAttachment`, `CustomerGateway-<device>`, `VpnConnection-<device>`,
 * `Route-<device>-<prefix>`, `RoutePropagation-<rtb>`. cdktf makes the Terraform name from the
 * construct path (segments joined with `_`, the stack dropped) plus `_<8 hex digits>`; its `//`
 * metadata (in synth output, not in plans) holds the path itself.
 */

/** The parts of a RedundantVpn resource name. */
export interface ConstructName {
  /** The path of the RedundantVpn inside its stack, `_`-joined (`vpn`, `network_vpn`). */
  readonly set: string;
  /** The construct id inside the RedundantVpn (`VpnConnection-edge-a`). */
  readonly id: string;
  /** The device name, for per-device ids. */
  readonly device?: string;
}

const PER_DEVICE = /^(VpnConnection|CustomerGateway)-(.+)$/;

/** Splits a cdktf resource name (`vpn_VpnConnection-edge-a_A8B137CE`); undefined when it is not one of the construct's. */
export function parseResourceName(name: string): ConstructName | undefined {
  const m = /^(.+?)_((?:VpnConnection|CustomerGateway|Route|RoutePropagation)-.+|VpnGateway|VpnGatewayAttachment)_[0-9A-F]{8}$/.exec(name);
  if (!m) return undefined;
  const device = PER_DEVICE.exec(m[2])?.[2];
  return { set: m[1], id: m[2], ...(device !== undefined ? { device } : {}) };
}

/** Splits a cdktf metadata path (`stack/vpn/VpnConnection-edge-a`): the set is the path between stack and id. */
export function parseMetadataPath(path: string): ConstructName | undefined {
  const parts = path.split('/');
  if (parts.length < 3) return undefined;
  const id = parts[parts.length - 1];
  if (!/^((VpnConnection|CustomerGateway|Route|RoutePropagation)-.+|VpnGateway|VpnGatewayAttachment)$/.test(id)) return undefined;
  const device = PER_DEVICE.exec(id)?.[2];
  return { set: parts.slice(1, -1).join('/'), id, ...(device !== undefined ? { device } : {}) };
}

/** The name part of a resource address (`module.x.aws_vpn_connection.NAME` → NAME, without an index). */
export function nameOfAddress(address: string): string {
  const last = address.split('.').pop() ?? address;
  return last.replace(/\[.*\]$/, '');
}

/** The module part of an address (`module.x.` or empty). */
export function moduleOfAddress(address: string): string {
  const m = /^((?:module\.[^.]+\.)*)/.exec(address);
  return m ? m[1] : '';
}
