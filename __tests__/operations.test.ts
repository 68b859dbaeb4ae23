/** Operations: alarms, logs, pre-shared keys, safe changes, the strong profile (the hand-off itself: outputs.test.ts). */
import { TerraformVariable, Testing } from 'cdktf';
import {
  DpdTimeoutAction,
  EncryptionAlgorithm,
  IkeVersion,
  IntegrityAlgorithm,
  LogOutputFormat,
  PresharedKeyStorage,
  RedundantVpn,
  RedundantVpnProps,
  RoutingMode,
  StartupAction,
  TunnelProfiles,
  VpnValidationError,
} from '../src';
import { parseConfig } from '../src/config/load-config';
import { baseProps, CONNECTION, devices, handoffOf, Json, outputsOf, resources, secretsOf, synthVpn, withGateway } from './support/synth';

const address = (site: string, n: number) => expect.stringMatching(new RegExp(`${CONNECTION(site).source}tunnel${n}_address\\}$`));

/** The alarm with this name, or fail. */
function alarm(json: Json, name: string): Json {
  const found = [...resources(json, 'aws_cloudwatch_metric_alarm'), ...resources(json, 'aws_cloudwatch_composite_alarm')].filter((a) => a.alarm_name === name);
  expect(found).toHaveLength(1);
  return found[0];
}

const metrics = (a: Json): Json[] => a.metric_query.filter((q: Json) => q.metric);
const expressions = (a: Json): Json[] => a.metric_query.filter((q: Json) => q.expression);

/** Synthesized once per file: the defaults (static routing) and the same with BGP. */
const DEFAULT_JSON = synthVpn(baseProps());
const DYNAMIC_JSON = synthVpn(baseProps({ routing: RoutingMode.DYNAMIC, staticRoutes: undefined }));

describe('monitoring: default (two connections)', () => {
  const json = DEFAULT_JSON;
  const outputs = outputsOf(json);
  const topicArn = '${aws_sns_topic.vpn_AlarmTopic_BDB80371.arn}';

  test('one topic, three metric-math alarms (per connection degraded, set outage) and a composite set degraded alarm', () => {
    expect(resources(json, 'aws_sns_topic')).toEqual([expect.objectContaining({ name: 'vpn-vpn-alarms' })]);
    expect(resources(json, 'aws_cloudwatch_metric_alarm').map((a) => a.alarm_name).sort()).toEqual([
      'vpn-dc1-edge-a-degraded',
      'vpn-dc1-edge-b-degraded',
      'vpn-outage',
    ]);
    expect(resources(json, 'aws_cloudwatch_composite_alarm').map((a) => a.alarm_name)).toEqual(['vpn-degraded']);
  });

  test('a connection alarm reads TunnelState of its two tunnels by outside address and alarms on the minimum', () => {
    const a = alarm(json, 'vpn-dc1-edge-a-degraded');
    expect(metrics(a)).toEqual([
      {
        id: 't1',
        label: 'dc1-edge-a tunnel 1',
        return_data: false,
        metric: { namespace: 'AWS/VPN', metric_name: 'TunnelState', dimensions: { TunnelIpAddress: address('dc1-edge-a', 1) }, period: 300, stat: 'Minimum' },
      },
      {
        id: 't2',
        label: 'dc1-edge-a tunnel 2',
        return_data: false,
        metric: { namespace: 'AWS/VPN', metric_name: 'TunnelState', dimensions: { TunnelIpAddress: address('dc1-edge-a', 2) }, period: 300, stat: 'Minimum' },
      },
    ]);
    expect(expressions(a)).toEqual([expect.objectContaining({ id: 'state', expression: 'MIN(FILL([t1, t2], 0))', return_data: true })]);
    expect(a).toMatchObject({ comparison_operator: 'LessThanThreshold', threshold: 1, treat_missing_data: 'breaching', evaluation_periods: 3, datapoints_to_alarm: 3 });
  });

  test('the set is degraded when any connection is (composite OR); out when no tunnel of any connection is up', () => {
    const degraded = alarm(json, 'vpn-degraded');
    expect(degraded.alarm_rule).toMatch(
      /^ALARM\("\$\{aws_cloudwatch_metric_alarm\.vpn_Alarm-dc1-edge-a-degraded_[0-9A-F]{8}\.arn\}"\) OR ALARM\("\$\{aws_cloudwatch_metric_alarm\.vpn_Alarm-dc1-edge-b-degraded_[0-9A-F]{8}\.arn\}"\)$/,
    );
    expect(degraded).toMatchObject({ alarm_actions: [topicArn], ok_actions: [topicArn] });

    const all = [address('dc1-edge-a', 1), address('dc1-edge-a', 2), address('dc1-edge-b', 1), address('dc1-edge-b', 2)];
    const outage = alarm(json, 'vpn-outage');
    expect(metrics(outage).map((q) => q.metric.dimensions.TunnelIpAddress)).toEqual(all);
    expect(metrics(outage).every((q) => q.metric.stat === 'Maximum' && q.metric.metric_name === 'TunnelState')).toBe(true);
    expect(expressions(outage)[0].expression).toBe('MAX(FILL([t1, t2, t3, t4], 0))');
    expect(outage).toMatchObject({ threshold: 1, comparison_operator: 'LessThanThreshold', treat_missing_data: 'breaching', evaluation_periods: 2 });
  });

  test('every alarm returns exactly one series; only the outage alarm of them notifies the topic, on ALARM and OK', () => {
    const metricAlarms = resources(json, 'aws_cloudwatch_metric_alarm');
    expect(metricAlarms.map((a) => a.metric_query.filter((q: Json) => q.return_data).length)).toEqual([1, 1, 1]);
    const actions = Object.fromEntries(metricAlarms.map((a) => [a.alarm_name, [a.alarm_actions, a.ok_actions]]));
    expect(actions).toEqual({ 'vpn-dc1-edge-a-degraded': [undefined, undefined], 'vpn-dc1-edge-b-degraded': [undefined, undefined], 'vpn-outage': [[topicArn], [topicArn]] });
    expect(metricAlarms.map((a) => a.period)).toStrictEqual(Array(3).fill(undefined));
    expect(outputs.vpn_handoff.sensitive).toBe(false);
    expect(handoffOf(json).alarm_topic_arn).toBe(topicArn);
  });
});

describe('monitoring: options', () => {
  test('a given topic is used as is and no topic is created', () => {
    const arn = 'arn:aws:sns:eu-west-1:111111111111:noc-pager';
    const json = synthVpn(baseProps({ monitoring: { alarmTopicArn: arn } }));
    expect(resources(json, 'aws_sns_topic')).toHaveLength(0);
    expect(resources(json, 'aws_cloudwatch_metric_alarm').flatMap((a) => a.alarm_actions ?? [])).toEqual([arn]);
    expect(resources(json, 'aws_cloudwatch_composite_alarm').map((a) => a.alarm_actions)).toEqual([[arn]]);
    expect(handoffOf(json).alarm_topic_arn).toBe(arn);
  });

  test('the created topic can be KMS encrypted; period and evaluation counts are configurable', () => {
    const json = synthVpn(baseProps({ monitoring: { topicKmsMasterKeyId: 'alias/noc-alarms', periodSeconds: 60, degradedEvaluationPeriods: 5, outageEvaluationPeriods: 3 } }));
    expect(resources(json, 'aws_sns_topic')[0].kms_master_key_id).toBe('alias/noc-alarms');
    const degraded = alarm(json, 'vpn-dc1-edge-b-degraded');
    expect(metrics(degraded).map((q) => q.metric.period)).toEqual([60, 60]);
    expect(degraded).toMatchObject({ evaluation_periods: 5, datapoints_to_alarm: 5 });
    expect(alarm(json, 'vpn-outage')).toMatchObject({ evaluation_periods: 3, datapoints_to_alarm: 3 });
  });

  test('the created topic and log group names are made valid from any name', () => {
    const json = synthVpn(baseProps({ name: 'prod.eu west:1' }));
    expect(resources(json, 'aws_sns_topic')[0].name).toBe('prod-eu-west-1-vpn-alarms');
    expect(resources(json, 'aws_cloudwatch_log_group')[0].name).toBe('/aws/vpn/prod.eu-west-1');
  });

  test('alarms can be switched off: no alarm, no topic, no topic ARN in the hand-off', () => {
    const json = synthVpn(baseProps({ monitoring: { enabled: false } }));
    expect(resources(json, 'aws_cloudwatch_metric_alarm')).toHaveLength(0);
    expect(resources(json, 'aws_sns_topic')).toHaveLength(0);
    const handoff = handoffOf(json);
    expect(handoff).not.toHaveProperty('alarm_topic_arn');
    expect(handoff.log_group_arn).toBe('${aws_cloudwatch_log_group.vpn_LogGroup_9B2F2D15.arn}');
  });
});

describe('monitoring: more than 10 tunnels (CloudWatch allows 10 metrics per metric-math alarm)', () => {
  const json = synthVpn(baseProps({ customerGateways: devices(6) }));
  const metricAlarms = resources(json, 'aws_cloudwatch_metric_alarm');

  test('no metric-math alarm references more than 10 metrics', () => {
    // Six connection alarms and two outage parts.
    expect(metricAlarms).toHaveLength(8);
    for (const a of metricAlarms) expect(metrics(a).length).toBeLessThanOrEqual(10);
  });

  test('the outage is a composite AND of groups that together cover all 12 tunnels and notify nobody', () => {
    const parts = metricAlarms.filter((a) => /^vpn-outage-part\d$/.test(a.alarm_name));
    expect(parts.map((p) => metrics(p).length)).toEqual([10, 2]);
    const covered = parts.flatMap((p) => metrics(p).map((q) => q.metric.dimensions.TunnelIpAddress));
    expect(new Set(covered).size).toBe(12);
    for (const p of parts) {
      expect(p.alarm_actions).toBeUndefined();
      expect(expressions(p)[0].expression).toMatch(/^MAX\(FILL\(\[t1(, t\d+)*\], 0\)\)$/);
    }
    const outage = alarm(json, 'vpn-outage');
    expect(outage.alarm_rule).toMatch(/^ALARM\("\$\{aws_cloudwatch_metric_alarm\.vpn_Alarm-outage-part1_[0-9A-F]{8}\.arn\}"\) AND ALARM\("\$\{aws_cloudwatch_metric_alarm\.vpn_Alarm-outage-part2_[0-9A-F]{8}\.arn\}"\)$/);
    expect(outage.alarm_actions).toEqual(['${aws_sns_topic.vpn_AlarmTopic_BDB80371.arn}']);
  });

  test('the set degraded alarm is a composite OR of the six connection alarms', () => {
    const degraded = alarm(json, 'vpn-degraded');
    const inputs = degraded.alarm_rule.split(' OR ');
    expect(inputs).toHaveLength(6);
    for (let i = 1; i <= 6; i++) expect(degraded.alarm_rule).toMatch(new RegExp(`vpn_Alarm-edge-${i}-degraded_[0-9A-F]{8}\\.arn`));
    expect(metricAlarms.filter((a) => /^vpn-edge-\d-degraded$/.test(a.alarm_name))).toHaveLength(6);
  });
});

describe('logs', () => {
  const tunnelLogs = (json: Json) =>
    resources(json, 'aws_vpn_connection').flatMap((c) => [c.tunnel1_log_options?.cloudwatch_log_options, c.tunnel2_log_options?.cloudwatch_log_options]);
  const group = '${aws_cloudwatch_log_group.vpn_LogGroup_9B2F2D15.arn}';

  test('default (static): one created log group, json tunnel logs on all four tunnels, no BGP logs', () => {
    const json = DEFAULT_JSON;
    expect(resources(json, 'aws_cloudwatch_log_group')).toEqual([expect.objectContaining({ name: '/aws/vpn/vpn', retention_in_days: 90 })]);
    expect(tunnelLogs(json)).toEqual(Array(4).fill({ log_enabled: true, log_group_arn: group, log_output_format: 'json' }));
    expect(handoffOf(json).log_group_arn).toBe(group);
  });

  test('dynamic routing adds BGP logs to the same group on every tunnel', () => {
    const json = DYNAMIC_JSON;
    expect(tunnelLogs(json)).toEqual(
      Array(4).fill({
        log_enabled: true,
        log_group_arn: group,
        log_output_format: 'json',
        bgp_log_enabled: true,
        bgp_log_group_arn: group,
        bgp_log_output_format: 'json',
      }),
    );
  });

  test('a given log group is used and none is created; retention, KMS key and format apply to a created one', () => {
    const arn = 'arn:aws:logs:eu-west-1:111111111111:log-group:/network/vpn';
    const given = synthVpn(baseProps({ logging: { logGroupArn: arn, outputFormat: LogOutputFormat.TEXT } }));
    expect(resources(given, 'aws_cloudwatch_log_group')).toHaveLength(0);
    expect(tunnelLogs(given)).toEqual(Array(4).fill({ log_enabled: true, log_group_arn: arn, log_output_format: 'text' }));
    expect(handoffOf(given).log_group_arn).toBe(arn);

    const key = 'arn:aws:kms:eu-west-1:111111111111:key/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9';
    const created = synthVpn(baseProps({ logging: { retentionInDays: 365, kmsKeyArn: key } }));
    expect(resources(created, 'aws_cloudwatch_log_group')[0]).toMatchObject({ retention_in_days: 365, kms_key_id: key });
  });

  test('switched off: no log group, every tunnel writes its logs as off, no log group ARN in the hand-off', () => {
    const json = synthVpn(baseProps({ logging: { enabled: false } }));
    expect(resources(json, 'aws_cloudwatch_log_group')).toHaveLength(0);
    // Written, not left out: the provider keeps a live value for an omitted (computed) log switch.
    const off = { log_enabled: false, bgp_log_enabled: false };
    expect(tunnelLogs(json)).toStrictEqual([off, off, off, off]);
    const handoff = handoffOf(json);
    expect(handoff).not.toHaveProperty('log_group_arn');
    expect(handoff.alarm_topic_arn).toBe('${aws_sns_topic.vpn_AlarmTopic_BDB80371.arn}');
  });

  test('a tunnel can still override the defaults field by field', () => {
    const json = synthVpn(withGateway({ tunnel2: { logOptions: { logOutputFormat: LogOutputFormat.TEXT } } }));
    const [a] = resources(json, 'aws_vpn_connection');
    expect(a.tunnel2_log_options.cloudwatch_log_options).toEqual({ log_enabled: true, log_group_arn: group, log_output_format: 'text' });
    expect(a.tunnel1_log_options.cloudwatch_log_options.log_output_format).toBe('json');
  });
});

describe('pre-shared keys', () => {
  const KEY = 'Zq8.literal_test_key_1';

  test('by default AWS generates the keys: no key argument anywhere in the synthesized JSON', () => {
    const text = JSON.stringify(DEFAULT_JSON.resource);
    expect(text).not.toMatch(/preshared_key"/);
    expect(text).not.toMatch(/preshared_key_storage/);
  });

  test('SecretsManager storage: set on every connection, the secret ARN is a plain output and in the hand-off', () => {
    const json = synthVpn(baseProps({ presharedKeyStorage: PresharedKeyStorage.SECRETS_MANAGER }));
    expect(resources(json, 'aws_vpn_connection').map((c) => c.preshared_key_storage)).toEqual(['SecretsManager', 'SecretsManager']);
    const outputs = outputsOf(json);
    expect(outputs.vpn_handoff.sensitive).toBe(false);
    expect(Object.keys(secretsOf(json))).toEqual(['dc1-edge-a', 'dc1-edge-b']);
    for (const site of ['dc1-edge-a', 'dc1-edge-b']) {
      expect(handoffOf(json).connections[site].preshared_key_arn).toMatch(new RegExp(`${CONNECTION(site).source}preshared_key_arn\\}$`));
      // The service no longer returns the keys: no (misleading) key outputs, the secret is the source.
      expect(Object.keys(secretsOf(json)[site])).toEqual(['customer_gateway_configuration']);
    }
  });

  test('a key from a sensitive Terraform variable is passed as a reference, never as a value', () => {
    let json: Json = {};
    json = JSON.parse(
      Testing.synthScope((scope) => {
        const psk = new TerraformVariable(scope, 'psk_dc1_edge_a_tunnel1', { type: 'string', sensitive: true });
        new RedundantVpn(scope, 'vpn', withGateway({ tunnel1: { presharedKey: psk.stringValue } }));
      }),
    );
    expect(json.variable.psk_dc1_edge_a_tunnel1).toMatchObject({ sensitive: true, type: 'string' });
    expect(resources(json, 'aws_vpn_connection')[0].tunnel1_preshared_key).toBe('${var.psk_dc1_edge_a_tunnel1}');
  });

  test('even a literal key appears only in its connection argument: in no output, tag, alarm or other field', () => {
    const json = synthVpn(withGateway({ tunnel2: { presharedKey: KEY } }, 0, baseProps({ presharedKeyStorage: PresharedKeyStorage.SECRETS_MANAGER })));
    const [a] = resources(json, 'aws_vpn_connection');
    expect(a.tunnel2_preshared_key).toBe(KEY);
    const { tunnel2_preshared_key: _key, ...rest } = a;
    expect(JSON.stringify(rest)).not.toContain(KEY);
    expect(JSON.stringify({ ...json, resource: { ...json.resource, aws_vpn_connection: undefined } })).not.toContain(KEY);
    const outputs = outputsOf(json);
    const plain = Object.values(outputs).filter((o) => !o.sensitive);
    expect(plain).toHaveLength(2); // the hand-off and the VGW id
    for (const o of plain) {
      expect(JSON.stringify(o.value)).not.toMatch(/preshared_key\}|customer_gateway_configuration/);
    }
  });
});

describe('safe changes: lifecycle', () => {
  test('customer gateways are create_before_destroy; nothing else has a lifecycle by default', () => {
    const json = DEFAULT_JSON;
    expect(resources(json, 'aws_customer_gateway').map((cgw) => cgw.lifecycle)).toEqual(Array(2).fill({ create_before_destroy: true }));
    expect(resources(json, 'aws_vpn_connection').map((c) => c.lifecycle)).toStrictEqual([undefined, undefined]);
    expect(resources(json, 'aws_vpn_gateway')[0].lifecycle).toBeUndefined();
  });

  test('preventDestroy protects every connection and the created VGW', () => {
    const json = synthVpn(baseProps({ preventDestroy: true }));
    expect(resources(json, 'aws_vpn_connection').map((c) => c.lifecycle)).toEqual(Array(2).fill({ prevent_destroy: true }));
    expect(resources(json, 'aws_vpn_gateway')[0].lifecycle).toEqual({ prevent_destroy: true });
  });

  test('pinTunnelOptions makes Terraform ignore every tunnel argument of that connection only', () => {
    // Every option set, so every tunnel argument the library can write is present on the pinned connection.
    const everything = {
      ...TunnelProfiles.strong(),
      presharedKey: 'pinned.key_123',
      phase1LifetimeSeconds: 28800,
      phase2LifetimeSeconds: 3600,
      rekeyMarginTimeSeconds: 540,
      rekeyFuzzPercentage: 100,
      replayWindowSize: 1024,
      dpdTimeoutSeconds: 30,
      enableTunnelLifecycleControl: true,
    };
    const json = synthVpn(
      withGateway({ pinTunnelOptions: true, tunnel1: { insideCidr: '169.254.10.0/30' }, tunnel2: { insideCidr: '169.254.11.0/30' } }, 0, baseProps({ tunnelOptions: everything })),
    );
    const [pinned, free] = resources(json, 'aws_vpn_connection');
    const ignored: string[] = pinned.lifecycle.ignore_changes;
    // Every tunnel argument the connection carries is ignored, for both tunnels.
    const carried = Object.keys(pinned).filter((k) => /^tunnel[12]_/.test(k));
    expect(carried).toHaveLength(38); // 19 per tunnel: all but inside_ipv6_cidr (transit gateway only)
    for (const key of carried) expect(ignored).toContain(key);
    for (const key of ['tunnel1_preshared_key', 'tunnel2_inside_cidr', 'tunnel1_log_options', 'tunnel2_startup_action']) expect(ignored).toContain(key);
    expect(ignored.every((k) => /^tunnel[12]_[a-z0-9_]+$/.test(k))).toBe(true);
    expect(pinned.lifecycle.prevent_destroy).toBeUndefined();
    expect(free.lifecycle).toBeUndefined();
  });
});

describe('the strong tunnel profile', () => {
  const strong = TunnelProfiles.strong();

  test('IKEv2 only, AES256(-GCM), SHA2, DH ≥ 14 on both phases, AWS starts IKE and restarts on DPD timeout', () => {
    expect(strong.ikeVersions).toEqual([IkeVersion.IKEV2]);
    for (const enc of [strong.phase1EncryptionAlgorithms!, strong.phase2EncryptionAlgorithms!]) {
      expect(enc.every((a) => a === EncryptionAlgorithm.AES256 || a === EncryptionAlgorithm.AES256_GCM_16)).toBe(true);
    }
    for (const integrity of [strong.phase1IntegrityAlgorithms!, strong.phase2IntegrityAlgorithms!]) {
      expect(integrity).not.toContain(IntegrityAlgorithm.SHA1);
      expect(integrity.length).toBeGreaterThan(0);
    }
    for (const groups of [strong.phase1DhGroupNumbers!, strong.phase2DhGroupNumbers!]) {
      expect(groups.length).toBeGreaterThan(0);
      expect(groups.every((g) => g >= 14)).toBe(true);
    }
    expect(strong.startupAction).toBe(StartupAction.START);
    expect(strong.dpdTimeoutAction).toBe(DpdTimeoutAction.RESTART);
  });

  test('every call returns a fresh object (a caller cannot change the profile for others)', () => {
    // A profile of its own: mutating the shared `strong` would break the other tests of this block.
    const mine = TunnelProfiles.strong();
    (mine.phase1DhGroupNumbers as number[]).push(2);
    expect(TunnelProfiles.strong().phase1DhGroupNumbers).not.toContain(2);
  });

  test('as the construct profile it reaches every tunnel; it is not the default', () => {
    const json = synthVpn(baseProps({ tunnelOptions: TunnelProfiles.strong() }));
    const fields = ['ike_versions', 'startup_action', 'dpd_timeout_action', 'phase2_dh_group_numbers'];
    const tunnels = resources(json, 'aws_vpn_connection').flatMap((c) => [1, 2].map((n) => fields.map((f) => c[`tunnel${n}_${f}`])));
    expect(tunnels).toEqual(Array(4).fill([['ikev2'], 'start', 'restart', [14, 19, 20, 21]]));
    expect(resources(DEFAULT_JSON, 'aws_vpn_connection').map((c) => c.tunnel1_ike_versions)).toStrictEqual([undefined, undefined]);
  });
});

describe('validation of the production props', () => {
  function errors(props: RedundantVpnProps): string[] {
    try {
      synthVpn(props);
    } catch (e) {
      expect(e).toBeInstanceOf(VpnValidationError);
      return (e as VpnValidationError).issues.map((i) => `${i.path}: ${i.message}`);
    }
    throw new Error('expected a VpnValidationError');
  }

  test('alarm period, evaluation periods and the AWS managed SNS key', () => {
    expect(errors(baseProps({ monitoring: { periodSeconds: 45, outageEvaluationPeriods: 0, topicKmsMasterKeyId: 'alias/aws/sns' } }))).toEqual([
      'monitoring.periodSeconds: 45 — not an alarm period for a standard-resolution metric (60 or a multiple of 60 seconds)',
      'monitoring.outageEvaluationPeriods: 0 — not a number of evaluation periods (a whole number of 1 or more)',
      'monitoring.topicKmsMasterKeyId: "alias/aws/sns" — CloudWatch alarms cannot publish to a topic encrypted with the AWS managed key (a customer managed key whose policy lets cloudwatch.amazonaws.com use kms:Decrypt and kms:GenerateDataKey*)',
    ]);
    expect(errors(baseProps({ monitoring: { periodSeconds: 3600, degradedEvaluationPeriods: 25 } }))).toEqual([
      'monitoring.degradedEvaluationPeriods: 25 — the alarm would look back more than one day (periodSeconds × evaluation periods ≤ 86400)',
    ]);
  });

  test('topic and log group ARNs, and options that only apply to created resources', () => {
    expect(
      errors(
        baseProps({
          monitoring: { alarmTopicArn: 'noc-pager', topicKmsMasterKeyId: 'alias/noc' },
          logging: { logGroupArn: 'arn:aws:logs:eu-west-1:111111111111:log-group:/network/vpn:*', retentionInDays: 100, kmsKeyArn: 'alias/logs' },
        }),
      ),
    ).toEqual([
      'monitoring.alarmTopicArn: "noc-pager" — not an SNS topic ARN (arn:aws:sns:<region>:<account>:<topic>)',
      'monitoring.topicKmsMasterKeyId: "alias/noc" — applies only to a topic the construct creates (encrypt the given topic where it is defined, or drop alarmTopicArn)',
      'logging.logGroupArn: "arn:aws:logs:eu-west-1:111111111111:log-group:/network/vpn:*" — not a CloudWatch Logs log group ARN (arn:aws:logs:<region>:<account>:log-group:<name>, without a trailing ":*")',
      'logging.retentionInDays: 100 — not a retention CloudWatch Logs accepts (one of 0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)',
      'logging.retentionInDays: 100 — applies only to a log group the construct creates (set it where the given log group is defined, or drop logGroupArn)',
      'logging.kmsKeyArn: "alias/logs" — applies only to a log group the construct creates (set it where the given log group is defined, or drop logGroupArn)',
      'logging.kmsKeyArn: "alias/logs" — CloudWatch Logs needs the full key ARN (arn:aws:kms:<region>:<account>:key/<key id> (not an alias or a bare key id))',
    ]);
  });

  test('an unknown key storage', () => {
    expect(errors(baseProps({ presharedKeyStorage: 'secretsmanager' as PresharedKeyStorage }))).toEqual([
      'presharedKeyStorage: "secretsmanager" — unknown key storage (one of Standard, SecretsManager (case-sensitive))',
    ]);
  });
});

describe('config file: the production fields', () => {
  const stack = (vpn: Json) => ({ stacks: [{ name: 's', region: 'eu-west-1', vpn: { ...baseProps(), ...vpn } }] });

  test('are accepted with the same names as the props', () => {
    const [spec] = parseConfig(
      stack({
        monitoring: { alarmTopicArn: 'arn:aws:sns:eu-west-1:111111111111:noc', periodSeconds: 60 },
        logging: { retentionInDays: 30, outputFormat: 'text', bgpLogs: false },
        presharedKeyStorage: 'SecretsManager',
        preventDestroy: true,
        customerGateways: withGateway({ pinTunnelOptions: true }).customerGateways,
      }),
      'config.json',
    );
    expect(spec.vpn.monitoring?.periodSeconds).toBe(60);
    expect(spec.vpn.customerGateways[0].pinTunnelOptions).toBe(true);
  });

  test('an unknown field inside monitoring is rejected with its path', () => {
    expect(() => parseConfig(stack({ monitoring: { topicArn: 'x' } }), 'config.json')).toThrow(
      'stacks[0].vpn.monitoring.topicArn: "x" — unknown field (check the spelling; see config.schema.json)',
    );
  });
});
