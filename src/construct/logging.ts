/**
 * Tunnel activity and BGP logs: one log group (created, or given) for every tunnel of every
 * connection, written into the tunnel options as the lowest layer so a profile, connection or
 * tunnel can still override any log field.
 */
import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { attributeRef, lean } from '../internal/synth-speed';
import { LogOutputFormat, RoutingMode, TunnelOptions, VpnLoggingProps } from '../model/props';

/** Default retention of the created log group: a quarter covers most incident reviews. */
// The provider class, synthesizing only the arguments that are set (see lean-resource.ts).
const LeanCloudwatchLogGroup = lean(CloudwatchLogGroup);

export const DEFAULT_LOG_RETENTION_DAYS = 90;

/** What {@link addLogging} created and the option layer every tunnel gets. */
export interface LoggingResources {
  readonly logGroup?: CloudwatchLogGroup;
  readonly logGroupArn?: string;
  /** Lowest option layer (below the construct-wide profile); undefined when logging is off. */
  readonly layer?: TunnelOptions;
}

/** Log group names allow `[A-Za-z0-9_\-/.#]`; anything else becomes `-`. */
export function logGroupName(name: string): string {
  return `/aws/vpn/${name.replace(/[^A-Za-z0-9_\-/.#]/g, '-')}`;
}

/**
 * Which logs the construct-wide `logging` switches on for every tunnel (before any profile,
 * connection or tunnel override). Validation reads this too, so an override such as a tunnel's
 * own `logOutputFormat` is judged against the logging it really inherits.
 */
export function defaultLogKinds(props: VpnLoggingProps | undefined, routing: RoutingMode): { tunnel: boolean; bgp: boolean } {
  if (props?.enabled === false) return { tunnel: false, bgp: false };
  // BGP logs say nothing on a static connection; with BGP they explain flapping sessions.
  return { tunnel: true, bgp: props?.bgpLogs ?? routing === RoutingMode.DYNAMIC };
}

export function addLogging(
  scope: Construct,
  name: string,
  props: VpnLoggingProps | undefined,
  routing: RoutingMode,
  tags?: { [key: string]: string },
): LoggingResources {
  const kinds = defaultLogKinds(props, routing);
  if (!kinds.tunnel) return {};

  let logGroup: CloudwatchLogGroup | undefined;
  let logGroupArn = props?.logGroupArn;
  if (logGroupArn === undefined) {
    const groupName = logGroupName(name);
    logGroup = new LeanCloudwatchLogGroup(scope, 'LogGroup', {
      name: groupName,
      retentionInDays: props?.retentionInDays ?? DEFAULT_LOG_RETENTION_DAYS,
      kmsKeyId: props?.kmsKeyArn,
      tags: { ...tags, Name: groupName },
    });
    logGroupArn = attributeRef(logGroup, 'arn');
  }

  const format = props?.outputFormat ?? LogOutputFormat.JSON;
  return {
    logGroup,
    logGroupArn,
    layer: {
      logOptions: {
        logEnabled: true,
        logGroupArn,
        logOutputFormat: format,
        ...(kinds.bgp ? { bgpLogEnabled: true, bgpLogGroupArn: logGroupArn, bgpLogOutputFormat: format } : {}),
      },
    },
  };
}
