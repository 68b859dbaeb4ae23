/**
 * CloudWatch alarms on the tunnel state of a redundant VPN.
 *
 * `TunnelState` (namespace `AWS/VPN`) is 1 when a tunnel is up (BGP: established) and 0 otherwise.
 * The per-`VpnId` series averages the two tunnels of a connection, so a value between 0 and 1 only
 * says "something is down". The alarms therefore read one series per tunnel (dimension
 * `TunnelIpAddress` = the tunnel's outside address) and combine them with metric math:
 *
 * - degraded, per connection: `MIN(FILL([t1, t2], 0)) < 1` — any of its tunnels down;
 * - degraded, for the whole set: a composite alarm, `ALARM(<connection 1 degraded>) OR …` — the
 *   same condition as one metric-math alarm over every tunnel, without reading the series twice;
 * - outage, for the whole set: `MAX(FILL([t1, …, tn], 0)) < 1` — no tunnel up anywhere.
 *
 * `FILL(…, 0)` counts a tunnel that stops reporting as down, and `treat_missing_data = breaching`
 * does the same when no series reports at all. A metric-math alarm may reference at most 10 metrics
 * (a hard CloudWatch limit), so beyond 5 connections the outage alarm becomes a composite alarm
 * over groups of at most 10 tunnels.
 *
 * One failure, one notification: only the two set alarms notify. The per-connection alarms are the
 * composite's inputs (their state says which connection is degraded) and notify nobody. The set
 * degraded alarm's actions are suppressed while the outage
 * alarm is in ALARM (a composite `actions_suppressor`), so losing every tunnel pages once, as an
 * outage, not as an outage and a degradation. The table is in docs/monitoring.md.
 */
import { Construct } from 'constructs';
import { CloudwatchCompositeAlarm, CloudwatchCompositeAlarmActionsSuppressor } from '@cdktf/provider-aws/lib/cloudwatch-composite-alarm';
import { CloudwatchMetricAlarm, CloudwatchMetricAlarmMetricQuery } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import type { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import type { VpnMonitoringProps } from '../model/props';
import { attributeRef, lean } from '../internal/synth-speed';
import { DEFAULT_ALARM_PERIOD_SECONDS, DEFAULT_DEGRADED_EVALUATION_PERIODS, DEFAULT_OUTAGE_EVALUATION_PERIODS } from '../model/monitoring-defaults';

// The provider classes, synthesizing only the arguments that are set (see lean-resource.ts).
const LeanCloudwatchCompositeAlarm = lean(CloudwatchCompositeAlarm);
const LeanCloudwatchMetricAlarm = lean(CloudwatchMetricAlarm);
const LeanSnsTopic = lean(SnsTopic);

/** CloudWatch: an alarm based on metric math can reference at most 10 metrics (hard limit). */
export const MAX_METRICS_PER_ALARM = 10;

/** One tunnel to watch. */
export interface WatchedTunnel {
  readonly device: string;
  readonly tunnel: 1 | 2;
  /** The tunnel outside address (token), the value of the `TunnelIpAddress` dimension. */
  readonly address: string;
}

/** What {@link addMonitoring} created. */
export interface MonitoringResources {
  readonly topic?: SnsTopic;
  /** The topic's ARN: the one given, or a token-free reference to the created topic. */
  readonly topicArn?: string;
  readonly metricAlarms: CloudwatchMetricAlarm[];
  readonly compositeAlarms: CloudwatchCompositeAlarm[];
}

/** The tunnels of one connection, in tunnel order. */
function tunnelsOf(device: string, connection: VpnConnection): WatchedTunnel[] {
  return [
    { device, tunnel: 1, address: attributeRef(connection, 'tunnel1_address') },
    { device, tunnel: 2, address: attributeRef(connection, 'tunnel2_address') },
  ];
}

interface Settings {
  readonly period: number;
  readonly actions: string[];
  readonly tags?: { [key: string]: string };
}

/**
 * Creates the topic (unless one is given) and the alarms. `devices` is in the order of the customer
 * gateways; construct ids derive from the device names only (reordering keeps every address).
 */
export function addMonitoring(
  scope: Construct,
  name: string,
  props: VpnMonitoringProps | undefined,
  devices: { name: string; connection: VpnConnection }[],
  tags?: { [key: string]: string },
  adopt?: AdoptedMonitoring,
): MonitoringResources {
  if (props?.enabled === false) return { metricAlarms: [], compositeAlarms: [] };

  let topic: SnsTopic | undefined;
  let topicArn = props?.alarmTopicArn;
  if (topicArn === undefined) {
    // SNS topic names allow letters, digits, `-` and `_` only.
    // An adopted topic keeps its live name, the last part of its ARN (a different name replaces it).
    const topicName = adopt?.topicArn !== undefined ? adopt.topicArn.split(':').pop()! : `${name.replace(/[^A-Za-z0-9_-]/g, '-')}-vpn-alarms`;
    topic = new LeanSnsTopic(scope, 'AlarmTopic', {
      name: topicName,
      kmsMasterKeyId: props?.topicKmsMasterKeyId,
      tags: { ...tags, Name: topicName },
    });
    if (adopt?.topicArn !== undefined) topic.importFrom(adopt.topicArn);
    topicArn = attributeRef(topic, 'arn');
  }
  const resources: MonitoringResources = { topic, topicArn, metricAlarms: [], compositeAlarms: [] };

  const settings: Settings = {
    period: props?.periodSeconds ?? DEFAULT_ALARM_PERIOD_SECONDS,
    actions: [topicArn],
    tags,
  };
  const degradedPeriods = props?.degradedEvaluationPeriods ?? DEFAULT_DEGRADED_EVALUATION_PERIODS;
  const outagePeriods = props?.outageEvaluationPeriods ?? DEFAULT_OUTAGE_EVALUATION_PERIODS;

  // Per connection: any of its two tunnels down. Inputs of the set degraded alarm: they notify nobody.
  const watched = devices.map(({ name: device, connection }) => ({ device, tunnels: tunnelsOf(device, connection) }));
  const connectionAlarms = watched.map(({ device, tunnels }) => {
    const alarm = metricMathAlarm(scope, `Alarm-${device}-degraded`, settings, {
      alarmName: `${name}-${device}-degraded`,
      description: `VPN connection ${device}: at least one tunnel is down (no redundancy left on this connection; input of ${name}-degraded, notifies nobody)`,
      tunnels,
      aggregate: 'MIN',
      evaluationPeriods: degradedPeriods,
      notify: false,
    });
    resources.metricAlarms.push(alarm);
    return alarm;
  });

  const outage = addOutageAlarm(scope, name, settings, watched.flatMap(({ tunnels }) => tunnels), outagePeriods, devices.length, resources);

  // The whole set is degraded when any connection is: a composite of the per-connection alarms,
  // silent while the outage alarm (which already paged) is in ALARM.
  resources.compositeAlarms.push(
    compositeAlarm(
      scope,
      'Alarm-degraded',
      settings,
      {
        alarmName: `${name}-degraded`,
        description: `Redundant VPN ${name}: at least one tunnel of ${devices.length} connections is down (silent during ${name}-outage)`,
      },
      connectionAlarms,
      'OR',
      {
        alarm: attributeRef(outage, 'arn'),
        // Waits this long for the outage alarm before notifying: with the defaults the outage alarm
        // (2 periods) is in ALARM before this one (3 periods) whenever every tunnel fell at once.
        waitPeriod: Math.max(MIN_SUPPRESSOR_PERIOD_SECONDS, (outagePeriods - degradedPeriods + 1) * settings.period),
        // Stays silent this long after the outage clears, while its own inputs settle.
        extensionPeriod: Math.max(MIN_SUPPRESSOR_PERIOD_SECONDS, degradedPeriods * settings.period),
      },
    ),
  );
  return importAlarms(resources, adopt);
}

/** The provider's default (and our floor) for a composite alarm's suppressor wait and extension periods. */
export const MIN_SUPPRESSOR_PERIOD_SECONDS = 60;

/**
 * The outage alarm: no tunnel up anywhere. One metric-math alarm up to 10 tunnels; beyond, a
 * composite AND of groups of at most 10 tunnels (the groups notify nobody, the composite does).
 */
function addOutageAlarm(
  scope: Construct,
  name: string,
  settings: Settings,
  all: WatchedTunnel[],
  outagePeriods: number,
  connections: number,
  resources: MonitoringResources,
): CloudwatchMetricAlarm | CloudwatchCompositeAlarm {
  const outage = {
    alarmName: `${name}-outage`,
    description: `Redundant VPN ${name}: OUTAGE — no tunnel of ${connections} connections is up`,
    aggregate: 'MAX' as const,
    evaluationPeriods: outagePeriods,
  };
  if (all.length <= MAX_METRICS_PER_ALARM) {
    const alarm = metricMathAlarm(scope, 'Alarm-outage', settings, { ...outage, tunnels: all, notify: true });
    resources.metricAlarms.push(alarm);
    return alarm;
  }
  const parts: CloudwatchMetricAlarm[] = [];
  for (let i = 0; i * MAX_METRICS_PER_ALARM < all.length; i++) {
    const part = metricMathAlarm(scope, `Alarm-outage-part${i + 1}`, settings, {
      ...outage,
      alarmName: `${name}-outage-part${i + 1}`,
      description: `Redundant VPN ${name}: no tunnel up in group ${i + 1} (input of ${name}-outage; notifies nobody)`,
      tunnels: all.slice(i * MAX_METRICS_PER_ALARM, (i + 1) * MAX_METRICS_PER_ALARM),
      notify: false,
    });
    parts.push(part);
    resources.metricAlarms.push(part);
  }
  const composite = compositeAlarm(scope, 'Alarm-outage', settings, { alarmName: outage.alarmName, description: outage.description }, parts, 'AND');
  resources.compositeAlarms.push(composite);
  return composite;
}

/** What of the monitoring already exists and is imported (from `adopt` of the props). */
export interface AdoptedMonitoring {
  /** ARN of the live topic to import as the alarm topic. */
  readonly topicArn?: string;
  /** Import every alarm by its name (metric and composite alarms are imported by `alarm_name`). */
  readonly alarms?: boolean;
}

function importAlarms(resources: MonitoringResources, adopt: AdoptedMonitoring | undefined): MonitoringResources {
  if (adopt?.alarms) {
    for (const alarm of [...resources.metricAlarms, ...resources.compositeAlarms]) alarm.importFrom(alarm.alarmNameInput!);
  }
  return resources;
}

interface AlarmSpec {
  readonly alarmName: string;
  readonly description: string;
  readonly tunnels: WatchedTunnel[];
  /** MIN: below 1 when any tunnel is down. MAX: below 1 when no tunnel is up. */
  readonly aggregate: 'MIN' | 'MAX';
  readonly evaluationPeriods: number;
  readonly notify: boolean;
}

function metricMathAlarm(scope: Construct, id: string, s: Settings, spec: AlarmSpec): CloudwatchMetricAlarm {
  if (spec.tunnels.length > MAX_METRICS_PER_ALARM) throw new Error(`internal: ${spec.tunnels.length} metrics in one alarm`);
  // Per tunnel, the statistic that matches the question: Minimum — was it down at any time in the
  // period; Maximum — was it up at any time in the period.
  const stat = spec.aggregate === 'MIN' ? 'Minimum' : 'Maximum';
  const ids = spec.tunnels.map((_, i) => `t${i + 1}`);
  const metricQuery: CloudwatchMetricAlarmMetricQuery[] = [
    ...spec.tunnels.map((t, i) => ({
      id: ids[i],
      label: `${t.device} tunnel ${t.tunnel}`,
      returnData: false,
      metric: {
        namespace: 'AWS/VPN',
        metricName: 'TunnelState',
        dimensions: { TunnelIpAddress: t.address },
        period: s.period,
        stat,
      },
    })),
    {
      id: 'state',
      label: spec.aggregate === 'MIN' ? 'lowest tunnel state' : 'highest tunnel state',
      expression: `${spec.aggregate}(FILL([${ids.join(', ')}], 0))`,
      returnData: true,
    },
  ];
  return new LeanCloudwatchMetricAlarm(scope, id, {
    alarmName: spec.alarmName,
    alarmDescription: spec.description,
    comparisonOperator: 'LessThanThreshold',
    threshold: 1,
    evaluationPeriods: spec.evaluationPeriods,
    datapointsToAlarm: spec.evaluationPeriods,
    treatMissingData: 'breaching',
    metricQuery,
    alarmActions: spec.notify ? s.actions : undefined,
    okActions: spec.notify ? s.actions : undefined,
    tags: s.tags,
  });
}

function compositeAlarm(
  scope: Construct,
  id: string,
  s: Settings,
  spec: { alarmName: string; description: string },
  inputs: CloudwatchMetricAlarm[],
  operator: 'OR' | 'AND',
  actionsSuppressor?: CloudwatchCompositeAlarmActionsSuppressor,
): CloudwatchCompositeAlarm {
  return new LeanCloudwatchCompositeAlarm(scope, id, {
    alarmName: spec.alarmName,
    alarmDescription: spec.description,
    // By ARN reference: Terraform then creates the input alarms first.
    alarmRule: inputs.map((a) => `ALARM("${attributeRef(a, 'arn')}")`).join(` ${operator} `),
    alarmActions: s.actions,
    okActions: s.actions,
    actionsSuppressor,
    tags: s.tags,
  });
}
