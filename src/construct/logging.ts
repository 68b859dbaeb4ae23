/**
 * Tunnel activity and BGP logs: one log group (created, or given) for every tunnel of every
 * connection, written into the tunnel options as the lowest layer so a profile, connection or
 * tunnel can still override any log field.
 */
import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { attributeRef, lean } from '../internal/synth-speed';
import { DEFAULT_LOG_RETENTION_DAYS, defaultLogKinds, loggingLayer } from '../model/logging-defaults';
import { RoutingMode, TunnelOptions, VpnLoggingProps } from '../model/props';

// The provider class, synthesizing only the arguments that are set (see lean-resource.ts).
const LeanCloudwatchLogGroup = lean(CloudwatchLogGroup);

/** What {@link addLogging} created and the option layer every tunnel gets. */
export interface LoggingResources {
  readonly logGroup?: CloudwatchLogGroup;
  readonly logGroupArn?: string;
  /** Lowest option layer (below the construct-wide profile): logs on, or explicitly off. */
  readonly layer: TunnelOptions;
}

/** Log group names allow `[A-Za-z0-9_\-/.#]`; anything else becomes `-`. */
export function logGroupName(name: string): string {
  return `/aws/vpn/${name.replace(/[^A-Za-z0-9_\-/.#]/g, '-')}`;
}

export function addLogging(
  scope: Construct,
  name: string,
  props: VpnLoggingProps | undefined,
  routing: RoutingMode,
  tags?: { [key: string]: string },
  adoptedGroupName?: string,
): LoggingResources {
  const kinds = defaultLogKinds(props, routing);
  if (!kinds.tunnel) return { layer: loggingLayer(props, routing) };

  let logGroup: CloudwatchLogGroup | undefined;
  let logGroupArn = props?.logGroupArn;
  if (logGroupArn === undefined) {
    // An adopted group keeps its live name (a different name would replace it).
    const groupName = adoptedGroupName ?? logGroupName(name);
    logGroup = new LeanCloudwatchLogGroup(scope, 'LogGroup', {
      name: groupName,
      retentionInDays: props?.retentionInDays ?? DEFAULT_LOG_RETENTION_DAYS,
      kmsKeyId: props?.kmsKeyArn,
      tags: { ...tags, Name: groupName },
    });
    if (adoptedGroupName !== undefined) logGroup.importFrom(adoptedGroupName);
    logGroupArn = attributeRef(logGroup, 'arn');
  }

  return { logGroup, logGroupArn, layer: loggingLayer(props, routing, logGroupArn) };
}
