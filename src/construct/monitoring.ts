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
 */
import { Construct } from 'constructs';
import { CloudwatchCompositeAlarm } from '@cdktf/provider-aws/lib/cloudwatch-composite-alarm';
import { CloudwatchMetricAlarm, CloudwatchMetricAlarmMetricQuery } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import type { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import type { VpnMonitoringProps } from '../model/props';
import { attributeRef, lean } from '../internal/synth-speed';

// The provider classes, synthesizing only the arguments that are set (see lean-resource.ts).
const LeanCloudwatchCompositeAlarm = lean(CloudwatchCompositeAlarm);
const LeanCloudwatchMetricAlarm = lean(CloudwatchMetricAlarm);
const LeanSnsTopic = lean(SnsTopic);

/** CloudWatch: an alarm based on metric math can reference at most 10 metrics (hard limit). */
export const MAX_METRICS_PER_ALARM = 10;
/** Default alarm period: AWS/VPN publishes TunnelState at a low rate; 5 minutes always has data. */
export const DEFAULT_ALARM_PERIOD_SECONDS = 300;
/** Default: a tunnel must be down 3 periods in a row (15 min) — rides out rekeys and endpoint replacements. */
export const DEFAULT_DEGRADED_EVALUATION_PERIODS = 3;
/** Default: no tunnel up for 2 periods in a row (10 min) — one late datapoint alone never pages. */
export const DEFAULT_OUTAGE_EVALUATION_PERIODS = 2;

/** One tunnel to watch. */
export interface WatchedTunnel {
  readonly site: string;
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
function tunnelsOf(site: string, connection: VpnConnection): WatchedTunnel[] {
  return [
    { site, tunnel: 1, address: attributeRef(connection, 'tunnel1_address') },
    { site, tunnel: 2, address: attributeRef(connection, 'tunnel2_address') },
  ];
}

interface Settings {
  readonly period: number;
  readonly actions: string[];
  readonly tags?: { [key: string]: string };
}

/**
 * Creates the topic (unless one is given) and the alarms. `sites` is in the order of the customer
 * gateways; construct ids derive from the site names only (reordering keeps every address).
 */
export function addMonitoring(
  scope: Construct,
  name: string,
  props: VpnMonitoringProps | undefined,
  sites: { name: string; connection: VpnConnection }[],
  tags?: { [key: string]: string },
): MonitoringResources {
  if (props?.enabled === false) return { metricAlarms: [], compositeAlarms: [] };

  let topic: SnsTopic | undefined;
  let topicArn = props?.alarmTopicArn;
  if (topicArn === undefined) {
    // SNS topic names allow letters, digits, `-` and `_` only.
    const topicName = `${name.replace(/[^A-Za-z0-9_-]/g, '-')}-vpn-alarms`;
    topic = new LeanSnsTopic(scope, 'AlarmTopic', {
      name: topicName,
      kmsMasterKeyId: props?.topicKmsMasterKeyId,
      tags: { ...tags, Name: topicName },
    });
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

  // Per connection: any of its two tunnels down.
  const watched = sites.map(({ name: site, connection }) => ({ site, tunnels: tunnelsOf(site, connection) }));
  const connectionAlarms = watched.map(({ site, tunnels }) => {
    const alarm = metricMathAlarm(scope, `Alarm-${site}-degraded`, settings, {
      alarmName: `${name}-${site}-degraded`,
      description: `VPN connection ${site}: at least one tunnel is down (no redundancy left on this connection)`,
      tunnels,
      aggregate: 'MIN',
      evaluationPeriods: degradedPeriods,
      notify: true,
    });
    resources.metricAlarms.push(alarm);
    return alarm;
  });

  // The whole set is degraded when any connection is: a composite of the per-connection alarms.
  resources.compositeAlarms.push(
    compositeAlarm(
      scope,
      'Alarm-degraded',
      settings,
      {
        alarmName: `${name}-degraded`,
        description: `Redundant VPN ${name}: at least one tunnel of ${sites.length} connections is down`,
      },
      connectionAlarms,
      'OR',
    ),
  );

  const all = watched.flatMap(({ tunnels }) => tunnels);
  const outage = {
    alarmName: `${name}-outage`,
    description: `Redundant VPN ${name}: OUTAGE — no tunnel of ${sites.length} connections is up`,
    aggregate: 'MAX' as const,
    evaluationPeriods: outagePeriods,
  };
  if (all.length <= MAX_METRICS_PER_ALARM) {
    resources.metricAlarms.push(metricMathAlarm(scope, 'Alarm-outage', settings, { ...outage, tunnels: all, notify: true }));
    return resources;
  }

  // More than 10 tunnels: the set is out when every group of at most 10 tunnels has none up.
  // The groups notify nobody (the composite does).
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
  resources.compositeAlarms.push(
    compositeAlarm(scope, 'Alarm-outage', settings, { alarmName: outage.alarmName, description: outage.description }, parts, 'AND'),
  );
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
      label: `${t.site} tunnel ${t.tunnel}`,
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
): CloudwatchCompositeAlarm {
  return new LeanCloudwatchCompositeAlarm(scope, id, {
    alarmName: spec.alarmName,
    alarmDescription: spec.description,
    // By ARN reference: Terraform then creates the input alarms first.
    alarmRule: inputs.map((a) => `ALARM("${attributeRef(a, 'arn')}")`).join(` ${operator} `),
    alarmActions: s.actions,
    okActions: s.actions,
    tags: s.tags,
  });
}
