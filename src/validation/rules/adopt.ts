/**
 * Adopting live resources (`adopt` on the props and on each customer gateway): ids of the right
 * kind, nothing adopted twice, and no combination whose first plan would change a live tunnel
 * (an adopted connection moved to a new customer gateway or gateway: both tunnels down) or
 * contradict itself (adopting a topic while naming another one, or with alarms off).
 * Sources: AWS resource id format (`<prefix>-` then 8 or 17 lowercase hex digits); SNS topic ARN
 * and CloudWatch Logs log group name rules (CreateTopic, CreateLogGroup: 1–512 of `[.\-_/#A-Za-z0-9]`).
 */
import { Reporter } from '../issues';
import type { RuleContext } from '../rule';
import { forEachGateway } from '../gateways';
import { isRecord, isToken } from '../values';

const ID = (prefix: string) => new RegExp(`^${prefix}-(?:[0-9a-f]{8}|[0-9a-f]{17})$`);
const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;
const LOG_GROUP_NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;

/** The fields of each `adopt` object (a test pins them to the config schema). */
export const ADOPT_FIELDS = {
  vpn: ['vpnGatewayId', 'vpnGatewayTags', 'alarmTopicArn', 'logGroupName', 'alarms'],
  site: ['customerGatewayId', 'customerGatewayTags', 'vpnConnectionId', 'vpnConnectionTags'],
} as const;

function objectWithFields(r: Reporter, path: string, value: unknown, fields: readonly string[]): value is Record<string, unknown> {
  if (value === undefined) return false;
  if (!isRecord(value)) {
    r.error(path, value, 'not an object', `an object with ${fields.join(', ')}`);
    return false;
  }
  for (const key of Object.keys(value)) {
    if (!fields.includes(key) && value[key] !== undefined) r.error(`${path}.${key}`, value[key], 'unknown field', `one of ${fields.join(', ')}`);
  }
  return true;
}

function idField(r: Reporter, path: string, value: unknown, prefix: string): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'string' || !ID(prefix).test(value)) {
    r.error(path, value, `not a ${prefix}- id`, `"${prefix}-" then 8 or 17 lowercase hex digits, e.g. "${prefix}-0a1b2c3d4e5f60718"`);
  }
}

function liveTags(r: Reporter, path: string, value: unknown): void {
  if (value === undefined || isToken(value)) return;
  if (!isRecord(value)) {
    r.error(path, value, 'not an object', 'the live tags: string keys and string values');
    return;
  }
  for (const [key, tag] of Object.entries(value)) {
    // Keys starting with "aws:" are AWS's own; the provider cannot write them (and the live ones stay).
    if (key.length < 1 || key.length > 128 || key.toLowerCase().startsWith('aws:')) r.error(`${path}.${key}`, key, 'not a valid tag key', '1–128 characters, not starting with "aws:"');
    else if (typeof tag !== 'string' || tag.length > 256) r.error(`${path}.${key}`, tag, 'not a valid tag value', 'a string of up to 256 characters');
  }
}

/** `adopt` of the props: known fields, a vgw- id, a topic ARN, a log group name, a boolean. */
export function adoptedVpnShape({ props, report: r }: RuleContext): void {
  const adopt: unknown = props.adopt;
  if (!objectWithFields(r, 'adopt', adopt, ADOPT_FIELDS.vpn)) return;
  idField(r, 'adopt.vpnGatewayId', adopt.vpnGatewayId, 'vgw');
  liveTags(r, 'adopt.vpnGatewayTags', adopt.vpnGatewayTags);
  const topic = adopt.alarmTopicArn;
  if (topic !== undefined && !isToken(topic) && (typeof topic !== 'string' || !SNS_TOPIC_ARN.test(topic))) {
    r.error('adopt.alarmTopicArn', topic, 'not an SNS topic ARN', 'arn:aws:sns:<region>:<account>:<topic name>');
  }
  const group = adopt.logGroupName;
  if (group !== undefined && !isToken(group) && (typeof group !== 'string' || !LOG_GROUP_NAME.test(group))) {
    r.error('adopt.logGroupName', group, 'not a log group name', '1–512 characters of A–Z a–z 0–9 . - _ / #');
  }
  if (adopt.alarms !== undefined && typeof adopt.alarms !== 'boolean') r.error('adopt.alarms', adopt.alarms, 'not a boolean', 'true or false');
}

/** `customerGateways[i].adopt`: known fields, a cgw- and a vpn- id, live tags. */
export function adoptedSiteShape({ props, report: r }: RuleContext): void {
  forEachGateway(props, (cgw, i) => {
    const path = `customerGateways[${i}].adopt`;
    const adopt = cgw.adopt;
    if (!objectWithFields(r, path, adopt, ADOPT_FIELDS.site)) return;
    idField(r, `${path}.customerGatewayId`, adopt.customerGatewayId, 'cgw');
    idField(r, `${path}.vpnConnectionId`, adopt.vpnConnectionId, 'vpn');
    liveTags(r, `${path}.customerGatewayTags`, adopt.customerGatewayTags);
    liveTags(r, `${path}.vpnConnectionTags`, adopt.vpnConnectionTags);
  });
}

/** One live resource is taken over by one device only (two resources with one id would fight in the state). */
export function adoptedIdsDistinct({ props, report: r }: RuleContext): void {
  for (const field of ['customerGatewayId', 'vpnConnectionId'] as const) {
    const seen = new Map<string, number>();
    forEachGateway(props, (cgw, i) => {
      const id = isRecord(cgw.adopt) ? cgw.adopt[field] : undefined;
      if (typeof id !== 'string' || isToken(id)) return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else r.error(`customerGateways[${i}].adopt.${field}`, id, `already adopted by customerGateways[${first}]`, 'each live resource is adopted by one device');
    });
  }
}

/**
 * An adopted connection keeps its customer gateway and gateway: a new one of either would move it
 * (ModifyVpnConnection: both tunnels down). Other adopt fields must not contradict the props.
 */
export function adoptionCoherent({ props, report: r }: RuleContext): void {
  const adopt: Record<string, unknown> = isRecord(props.adopt) ? props.adopt : {};
  if (adopt.vpnGatewayId !== undefined && props.vpnGatewayId !== undefined) {
    r.error('adopt.vpnGatewayId', adopt.vpnGatewayId, 'not with vpnGatewayId', 'either manage the live gateway (adopt.vpnGatewayId) or only reference it (vpnGatewayId)');
  }
  const monitoring: Record<string, unknown> = isRecord(props.monitoring) ? props.monitoring : {};
  const logging: Record<string, unknown> = isRecord(props.logging) ? props.logging : {};
  if (adopt.alarmTopicArn !== undefined) {
    if (monitoring.enabled === false) r.error('adopt.alarmTopicArn', adopt.alarmTopicArn, 'alarms are off (monitoring.enabled: false)', 'turn alarms on, or remove adopt.alarmTopicArn');
    else if (monitoring.alarmTopicArn !== undefined) r.error('adopt.alarmTopicArn', adopt.alarmTopicArn, 'not with monitoring.alarmTopicArn', 'adopt the topic (managed here) or name it in monitoring (managed elsewhere), not both');
  }
  if (adopt.alarms === true && monitoring.enabled === false) r.error('adopt.alarms', true, 'alarms are off (monitoring.enabled: false)', 'turn alarms on, or remove adopt.alarms');
  if (adopt.logGroupName !== undefined) {
    if (logging.enabled === false) r.error('adopt.logGroupName', adopt.logGroupName, 'logging is off (logging.enabled: false)', 'turn logging on, or remove adopt.logGroupName');
    else if (logging.logGroupArn !== undefined) r.error('adopt.logGroupName', adopt.logGroupName, 'not with logging.logGroupArn', 'adopt the group (managed here) or name it in logging (managed elsewhere), not both');
  }
  const gatewayLive = adopt.vpnGatewayId !== undefined || props.vpnGatewayId !== undefined;
  forEachGateway(props, (cgw, i) => {
    if (!isRecord(cgw.adopt) || cgw.adopt.vpnConnectionId === undefined) return;
    const path = `customerGateways[${i}].adopt.vpnConnectionId`;
    if (cgw.adopt.customerGatewayId === undefined) {
      r.error(path, cgw.adopt.vpnConnectionId, 'adopted without its customer gateway', 'add adopt.customerGatewayId (the connection\'s live cgw-): a new customer gateway would move the connection, both tunnels down');
    }
    if (!gatewayLive) {
      r.error(path, cgw.adopt.vpnConnectionId, 'adopted without its gateway', 'add adopt.vpnGatewayId or vpnGatewayId (the connection\'s live vgw-): a new gateway would move the connection, both tunnels down');
    }
  });
}
