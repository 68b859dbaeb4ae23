/**
 * What a device configuration is rendered from: one customer gateway, its two tunnels (hand-off
 * values + merged tunnel options + key) and the routing facts.
 */
import type { TunnelOptions } from '../model/props';
import type { TunnelCryptoRecord } from '../handoff/tunnel-crypto';

/**
 * How the device gets one route-based interface per tunnel.
 * - `xfrm`: Linux XFRM interfaces (`if_id`), strongSwan with kernel IPsec, one charon for both tunnels;
 * - `vti`: Linux VTI interfaces keyed by marks, as AWS's own strongSwan sample does;
 * - `libipsec`: userspace ESP (kernel-libipsec), one charon per tunnel whose TUN device is the
 *   tunnel interface (kernels with neither VTI nor XFRM; the lab uses it).
 */
export type InterfaceType = 'xfrm' | 'vti' | 'libipsec';
export const INTERFACE_TYPES: readonly InterfaceType[] = ['xfrm', 'vti', 'libipsec'];

/** One tunnel of a customer gateway, ready to render. */
export interface DeviceTunnel {
  /** Tunnel number (1 or 2) within the VPN connection. */
  readonly tunnel: number;
  /** AWS outside (public) address of the tunnel. */
  readonly outsideAddress: string;
  /** Customer-side inside address (169.254.x.y). */
  readonly cgwInsideAddress: string;
  /** AWS-side inside address: the BGP neighbour. */
  readonly vgwInsideAddress: string;
  /** Inside /30 of the tunnel. */
  readonly insideCidr: string;
  /** Amazon-side BGP ASN as AWS reports it for this tunnel. */
  readonly amazonAsn: string;
  /** Tunnel options after merging profile → connection → tunnel. */
  readonly options: TunnelOptions;
  /** The options with AWS's defaults filled in, AWS's timers, MTU/MSS: what the sheet shows. */
  readonly record: TunnelCryptoRecord;
  /** Where the options came from (config, hand-off, the XML's suggestion, AWS defaults). */
  readonly optionsSource: string;
  /** Where the key is kept (for the sheet; never the key). */
  readonly keyLocation: string;
  /** Pre-shared key; written only into the `secrets` section. Empty when rendering sheets only. */
  readonly presharedKey: string;
}

/**
 * Device-side timers. AWS does not let you set these on its side, so they are the device's choice;
 * the defaults are AWS's own values (DPD every 10 s, BGP keepalive 10 / hold 30).
 */
export interface DeviceTimers {
  /**
   * Seconds between DPD probes.
   * @default 10
   */
  readonly dpdDelaySeconds?: number;
  /**
   * DPD timeout; overrides the tunnel options' `dpdTimeoutSeconds` (only for lab/test profiles:
   * AWS's minimum is 30).
   * @default - the tunnel options' value, else AWS's 30
   */
  readonly dpdTimeoutSeconds?: number;
  /**
   * BGP keepalive.
   * @default 10
   */
  readonly bgpKeepaliveSeconds?: number;
  /**
   * BGP hold time.
   * @default 30
   */
  readonly bgpHoldSeconds?: number;
}

/** How the device is set up: the same for every device of one run (CLI options). */
export interface DeviceSettings {
  /** Device timers. */
  readonly timers?: DeviceTimers;
  /**
   * Interface name prefix of the route-based tunnel interfaces (`vti` → `vti1`, `vti2`).
   * @default vti
   */
  readonly interfacePrefix?: string;
  /**
   * The route-based tunnel interfaces.
   * @default xfrm
   */
  readonly interfaceType?: InterfaceType;
  /**
   * Path of the rendered updown script as the device will see it (static routing).
   * @default /etc/swanctl/aws-vpn-updown.sh
   */
  readonly updownPath?: string;
}

/** One customer gateway device. */
export interface DeviceInput extends DeviceSettings {
  /** Customer gateway name (the config's `customerGateways[].name`). */
  readonly name: string;
  /** VPN connection id (for comments). */
  readonly connectionId: string;
  /** The device's public address: its IKE identity. */
  readonly customerGatewayIp: string;
  /** The device's BGP ASN. */
  readonly customerGatewayAsn: number;
  /** `static` or `dynamic`. */
  readonly routing: string;
  /** Both tunnels. */
  readonly tunnels: DeviceTunnel[];
  /** On-premises prefixes the device advertises over BGP (dynamic routing). */
  readonly advertisedPrefixes: string[];
  /** Prefixes on the AWS side (the VPC CIDRs) routed into the tunnels (static routing). */
  readonly remotePrefixes: string[];
  /** Static routing: the on-premises prefixes AWS routes into this connection. */
  readonly awsStaticRoutes: string[];
  /** The VPC behind the gateway, when the hand-off names it. */
  readonly vpcId?: string;
  /** What the tool wants the reader to know (e.g. the options were the XML's legacy suggestion). */
  readonly notes: string[];
}

export const DEFAULT_TIMERS = { dpdDelaySeconds: 10, bgpKeepaliveSeconds: 10, bgpHoldSeconds: 30 } as const;
export const DEFAULT_UPDOWN_PATH = '/etc/swanctl/aws-vpn-updown.sh';

/** The IKE/CHILD name of a tunnel: `<site>-tunnel<N>`. */
export const tunnelName = (site: string, tunnel: number): string => `${site}-tunnel${tunnel}`;
/** The route-based interface of a tunnel. */
export const interfaceName = (device: DeviceInput, tunnel: number): string => `${device.interfacePrefix ?? 'vti'}${tunnel}`;
/** The interface type in effect. */
export const interfaceTypeOf = (device: DeviceInput): InterfaceType => device.interfaceType ?? 'xfrm';
/** The XFRM `if_id` / VTI mark of a tunnel: 100 × the tunnel number, like AWS's strongSwan sample (mark=100, 200). */
export const tunnelMark = (tunnel: number): number => 100 * tunnel;
