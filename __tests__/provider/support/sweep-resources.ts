/**
 * The provider side of a sweep case: the one resource the construct would write the value into,
 * taken from the synthesized JSON of the base props and with the value written straight in (no
 * validation of ours in between). References to the stack's other resources become literal ids, so
 * each case is a resource on its own.
 */
import { Testing } from 'cdktf';
import { RedundantVpn } from '../../../src';
import { TunnelOptions } from '../../../src/model/props';
import { tunnelArguments } from '../../../src/model/tunnel-options';
import { Json } from './batch';
import { baseProps } from '../../support/synth';
import { baseField, QUIET, SweepCase } from './sweep-cases';


const LITERAL_FOR: Record<string, string> = {
  aws_customer_gateway: 'cgw-0123456789abcdef0',
  aws_vpn_gateway: 'vgw-0123456789abcdef0',
  aws_vpn_connection: 'vpn-0123456789abcdef0',
  aws_vpn_gateway_attachment: 'vpc-0a1b2c3d4e5f60718',
};

const ARN_FOR: Record<string, string> = {
  aws_sns_topic: 'arn:aws:sns:eu-west-1:111111111111:vpn-vpn-alarms',
  aws_cloudwatch_log_group: 'arn:aws:logs:eu-west-1:111111111111:log-group:/aws/vpn/vpn',
  aws_cloudwatch_metric_alarm: 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:vpn-outage',
};

/** `${aws_x.name.attr}` → a literal id (or ARN) of the right kind; `depends_on` dropped. */
function standalone(body: Json): Json {
  const literal = (type: string, attr: string) => (attr === 'arn' ? ARN_FOR[type] : LITERAL_FOR[type]) ?? 'x-0123456789abcdef0';
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/\$\{(aws_[a-z_]+)\.[^.}]+\.([a-z0-9_]+)\}/g, (_m, type: string, attr: string) => literal(type, attr));
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const copy = walk(body) as Json;
  delete copy.depends_on;
  delete copy.lifecycle;
  return copy;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** cdktf config keys → Terraform JSON (snake_case, nested blocks as objects). */
function toTerraform(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(toTerraform);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [snake(k), toTerraform(x)]));
  return v;
}

const templates = new Map<string, Record<string, Json>>();
/**
 * One body per resource type (plus `aws_cloudwatch_metric_alarm#outage`/`#degraded`), from the
 * synthesized base props — quiet (no log group, no alarms) or with the production defaults on.
 */
function template(type: string, production = false): Json {
  const key = production ? 'production' : 'quiet';
  if (!templates.has(key)) {
    const props = production ? baseProps() : { ...baseProps(), ...QUIET };
    const json = JSON.parse(Testing.synthScope((scope) => void new RedundantVpn(scope, 'vpn', props)));
    const bodies: Record<string, Json> = Object.fromEntries(Object.entries<Json>(json.resource).map(([t, byName]) => [t, standalone(Object.values<Json>(byName).pop()!)]));
    for (const body of Object.values<Json>(json.resource.aws_cloudwatch_metric_alarm ?? {})) {
      bodies[`aws_cloudwatch_metric_alarm#${/-outage$/.test(body.alarm_name) ? 'outage' : 'degraded'}`] = standalone(body);
    }
    templates.set(key, bodies);
  }
  const body = templates.get(key)![type];
  if (!body) throw new Error(`no ${type} in the base stack`);
  return JSON.parse(JSON.stringify(body));
}

/** The resource (type and body) that carries the case's value to the provider. */
export function sweepResource(c: SweepCase): { type: string; body: Json } {
  const field = baseField(c.row.field);
  const v = c.value as any;
  if (c.row.target === 'tunnel') {
    const body = template('aws_vpn_connection');
    const options = c.props.customerGateways[1].tunnel1 as TunnelOptions;
    return { type: 'aws_vpn_connection', body: { ...body, ...(toTerraform(tunnelArguments(1, options)) as Json) } };
  }
  if (c.row.target === 'customerGateway') {
    const body = template('aws_customer_gateway');
    if (field === 'ipAddress') body.ip_address = v;
    else if (field === 'deviceName') body.device_name = v;
    else if (field === 'certificateArn') body.certificate_arn = v;
    else if (field === 'bgpAsn') {
      // As the construct writes it: above 2147483647 in bgp_asn_extended; the value itself, never rounded.
      const text = Number.isInteger(v) ? v.toFixed(0) : String(v);
      delete body.bgp_asn;
      if (Number.isInteger(v) && v > 2147483647) body.bgp_asn_extended = text;
      else body.bgp_asn = text;
    } else throw new Error(`no provider argument for customer gateway field ${field}`);
    return { type: 'aws_customer_gateway', body };
  }
  switch (field) {
    case 'amazonSideAsn':
      return { type: 'aws_vpn_gateway', body: { ...template('aws_vpn_gateway'), amazon_side_asn: String(v) } };
    case 'vpcId':
      return { type: 'aws_vpn_gateway_attachment', body: { ...template('aws_vpn_gateway_attachment'), vpc_id: v } };
    case 'vpnGatewayId':
      return { type: 'aws_vpn_connection', body: { ...template('aws_vpn_connection'), vpn_gateway_id: v } };
    case 'routeTableIds':
      return { type: 'aws_vpn_gateway_route_propagation', body: { ...template('aws_vpn_gateway_route_propagation'), route_table_id: v } };
    case 'staticRoutes':
      return { type: 'aws_vpn_connection_route', body: { ...template('aws_vpn_connection_route'), destination_cidr_block: v } };
    case 'presharedKeyStorage':
      return { type: 'aws_vpn_connection', body: { ...template('aws_vpn_connection'), preshared_key_storage: v } };
    case 'tags':
      return { type: 'aws_customer_gateway', body: { ...template('aws_customer_gateway'), tags: { ...v, Name: 'vpn-dc1-edge-b-cgw' } } };
    case 'logging.retentionInDays':
      return { type: 'aws_cloudwatch_log_group', body: { ...template('aws_cloudwatch_log_group', true), retention_in_days: v } };
    case 'logging.kmsKeyArn':
      return { type: 'aws_cloudwatch_log_group', body: { ...template('aws_cloudwatch_log_group', true), kms_key_id: v } };
    case 'monitoring.topicKmsMasterKeyId':
      return { type: 'aws_sns_topic', body: { ...template('aws_sns_topic', true), kms_master_key_id: v } };
    case 'monitoring.alarmTopicArn':
      return { type: 'aws_cloudwatch_metric_alarm', body: { ...template('aws_cloudwatch_metric_alarm#outage', true), alarm_actions: [v], ok_actions: [v] } };
    case 'monitoring.degradedEvaluationPeriods':
      return { type: 'aws_cloudwatch_metric_alarm', body: { ...template('aws_cloudwatch_metric_alarm#degraded', true), evaluation_periods: v, datapoints_to_alarm: v } };
    case 'monitoring.periodSeconds': {
      const body = template('aws_cloudwatch_metric_alarm#outage', true);
      for (const q of body.metric_query) if (q.metric) q.metric.period = v;
      return { type: 'aws_cloudwatch_metric_alarm', body };
    }
    default:
      throw new Error(`no provider argument for ${field}`);
  }
}
