/**
 * What a device configuration is rendered from: one customer gateway, its two tunnels (hand-off
 * values + merged tunnel options + key) and the routing facts.
 */
import type { TunnelOptions } from '../model/props';

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
  /** Pre-shared key; written only into the `secrets` section. */
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
   * Bind each tunnel to a Linux XFRM interface (`if_id_in`/`if_id_out` = the tunnel number), the
   * route-based setup of strongSwan with kernel IPsec. Off for devices whose IKE daemon owns the
   * tunnel interface itself (e.g. kernel-libipsec, one daemon per tunnel, as in the lab).
   * @default false
   */
  readonly xfrmInterfaces?: boolean;
  /**
   * Path of the rendered updown script as the device will see it (static routing).
   * @default /etc/swanctl/aws-vpn-updown.sh
   */
  readonly updownPath?: string;
}

/** One customer gateway device. */
export interface DeviceInput extends DeviceSettings {
  /** Customer gateway name (the config's `customerGateways[].name`). */
  readonly site: string;
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
}

export const DEFAULT_TIMERS = { dpdDelaySeconds: 10, bgpKeepaliveSeconds: 10, bgpHoldSeconds: 30 } as const;
export const DEFAULT_UPDOWN_PATH = '/etc/swanctl/aws-vpn-updown.sh';

/** The IKE/CHILD name of a tunnel: `<site>-tunnel<N>`. */
export const tunnelName = (site: string, tunnel: number): string => `${site}-tunnel${tunnel}`;
/** The route-based interface of a tunnel. */
export const interfaceName = (device: DeviceInput, tunnel: number): string => `${device.interfacePrefix ?? 'vti'}${tunnel}`;
