/**
 * Shapes for props that do not come from TypeScript (JavaScript, JSON): objects where objects
 * belong, no unknown fields (transit-gateway-only ones named as such) in the props, customer
 * gateways, tunnel options, log options, monitoring and logging. The config loader checks the
 * same shape with its JSON schema first; these rules protect library users.
 */
import { CONNECTION_OPTION_NAMES } from '../../model/connection-option-fields';
import { TUNNEL_OPTION_NAMES } from '../../model/tunnel-option-fields';
import { Reporter } from '../issues';
import { RuleContext } from '../rule';
import { transitGatewayOnlyReason } from '../transit-gateway-only';
import { isRecord, isToken } from '../values';
import { forEachGateway } from '../gateways';

/** The fields of each props interface (a test pins them to the config schema). */
export const PROPS_FIELDS = {
  vpn: ['vpcId', 'vpnGatewayId', 'vpnGatewayAttached', 'amazonSideAsn', 'routeTableIds', 'routing', 'staticRoutes', 'customerGateways', 'tunnelOptions', 'name', 'tags',
    'monitoring', 'logging', 'presharedKeyStorage', 'preventDestroy', 'acknowledgedWarnings', 'adopt'],
  customerGateway: ['name', 'ipAddress', 'bgpAsn', 'deviceName', 'certificateArn', ...CONNECTION_OPTION_NAMES, 'tunnelOptions', 'tunnel1', 'tunnel2', 'tags', 'pinTunnelOptions', 'adopt'],
  tunnelOptions: TUNNEL_OPTION_NAMES,
  logOptions: ['logEnabled', 'logGroupArn', 'logOutputFormat', 'bgpLogEnabled', 'bgpLogGroupArn', 'bgpLogOutputFormat'],
  monitoring: ['enabled', 'alarmTopicArn', 'topicKmsMasterKeyId', 'periodSeconds', 'degradedEvaluationPeriods', 'outageEvaluationPeriods'],
  logging: ['enabled', 'logGroupArn', 'retentionInDays', 'kmsKeyArn', 'outputFormat', 'bgpLogs'],
} as const;

const KNOWN = Object.fromEntries(Object.entries(PROPS_FIELDS).map(([k, v]) => [k, new Set<string>(v)])) as Record<keyof typeof PROPS_FIELDS, Set<string>>;

function unknownFields(r: Reporter, path: string, value: Record<string, unknown>, known: Set<string>): void {
  for (const key of Object.keys(value)) {
    if (known.has(key) || value[key] === undefined) continue;
    const fieldPath = path ? `${path}.${key}` : key;
    const tgw = transitGatewayOnlyReason(key);
    if (tgw) r.error(fieldPath, value[key], tgw.rule, tgw.allowed);
    else r.error(fieldPath, value[key], 'unknown field', 'check the spelling');
  }
}

/** The props and their `monitoring` and `logging` objects have known fields only. */
export function knownVpnFields(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  unknownFields(r, '', props as unknown as Record<string, unknown>, KNOWN.vpn);
  for (const field of ['monitoring', 'logging'] as const) {
    const value: unknown = props[field];
    if (isRecord(value)) unknownFields(r, field, value, KNOWN[field]);
  }
}

/** Each customer gateway is an object with known fields. */
export function customerGatewayShape(ctx: RuleContext): void {
  const { props, report: r } = ctx;
  if (props.customerGateways !== undefined && !Array.isArray(props.customerGateways)) {
    r.error('customerGateways', props.customerGateways, 'not a list', 'a list of two or more customer gateway objects');
    return;
  }
  (props.customerGateways ?? []).forEach((cgw: unknown, i: number) => {
    if (!isRecord(cgw)) r.error(`customerGateways[${i}]`, cgw, 'not an object', 'e.g. { "name": "dc1-edge-a", "ipAddress": "203.0.113.10", "bgpAsn": 65010 }');
  });
  forEachGateway(props, (cgw, i) => unknownFields(r, `customerGateways[${i}]`, cgw, KNOWN.customerGateway));
}

/** Every tunnel option layer and its `logOptions` are objects with known fields. */
export function tunnelOptionsShape(ctx: RuleContext): void {
  const { report: r } = ctx;
  for (const layer of ctx.layers) {
    if (layer.value === undefined || isToken(layer.value)) continue;
    if (!isRecord(layer.value)) {
      r.error(layer.path, layer.value, 'not an object', 'tunnel options, e.g. { "insideCidr": "169.254.10.0/30" }');
      continue;
    }
    unknownFields(r, layer.path, layer.value, KNOWN.tunnelOptions);
    if (isRecord(layer.value.logOptions)) unknownFields(r, `${layer.path}.logOptions`, layer.value.logOptions, KNOWN.logOptions);
  }
}
