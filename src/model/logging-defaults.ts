/**
 * What the construct-wide `logging` props turn on for every tunnel, as the lowest layer of its
 * options (below the profile, so a profile, connection or tunnel can still override any log
 * field). The construct writes this layer; validation reads the same decision, so a tunnel's own
 * log options are judged against the logging it really inherits. Loads no cdktf module.
 */
import { LogOutputFormat, RoutingMode, TunnelOptions, VpnLoggingProps } from './props';

/** Default retention of the created log group: a quarter covers most incident reviews. */
export const DEFAULT_LOG_RETENTION_DAYS = 90;

/** Which logs the construct-wide logging switches on for every tunnel. */
export interface LogKinds {
  /** Tunnel activity (IKE/IPsec) logs. */
  readonly tunnel: boolean;
  /** BGP logs. */
  readonly bgp: boolean;
}

/**
 * Which logs the construct-wide `logging` switches on for every tunnel (before any profile,
 * connection or tunnel override).
 */
export function defaultLogKinds(props: VpnLoggingProps | undefined, routing: RoutingMode): LogKinds {
  if (props?.enabled === false) return { tunnel: false, bgp: false };
  // BGP logs say nothing on a static connection; with BGP they explain flapping sessions.
  return { tunnel: true, bgp: props?.bgpLogs ?? routing === RoutingMode.DYNAMIC };
}

/**
 * The lowest option layer of every tunnel: logs on, into `logGroupArn` (the given or the created
 * group), in the configured format; undefined when logging is off.
 */
export function loggingLayer(props: VpnLoggingProps | undefined, routing: RoutingMode, logGroupArn: string): TunnelOptions | undefined {
  const kinds = defaultLogKinds(props, routing);
  if (!kinds.tunnel) return undefined;
  const format = props?.outputFormat ?? LogOutputFormat.JSON;
  return {
    logOptions: {
      logEnabled: true,
      logGroupArn,
      logOutputFormat: format,
      ...(kinds.bgp ? { bgpLogEnabled: true, bgpLogGroupArn: logGroupArn, bgpLogOutputFormat: format } : {}),
    },
  };
}
