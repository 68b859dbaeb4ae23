/**
 * The rule list and the run. Each rule is data (`rule.ts`): an id, a level, the AWS or provider
 * reference it enforces and a check. This list is the single place that decides which rules run
 * and in which order; the rules table of `docs/validation.md` is generated from it (`npm run docs:tables`).
 *
 * A new rule written as a plain `(props, report) => void` function joins the list through
 * `ruleFromFunction({ id, level, source, what }, fn)`.
 */
import { defaultLogKinds } from '../model/logging-defaults';
import { RedundantVpnProps, RoutingMode } from '../model/props';
import { AcknowledgedWarning, Reporter, ValidationIssue } from './issues';
import { Rule, RuleContext } from './rule';
import { acknowledgementsRule } from './rules/acknowledgements';
import { adoptedIdsDistinct, adoptedSiteShape, adoptedVpnShape, adoptionCoherent } from './rules/adopt';
import { amazonSideAsnRange, customerAsnDiffersFromAmazonSide, customerGatewayAsn } from './rules/asn';
import { customerGatewayIpAddress, customerGatewaysDistinct } from './rules/customer-gateway-ip';
import { phase1GcmNeedsIkev2 } from './rules/ike-gcm';
import { noRoutePropagationWarning } from './rules/propagation';
import { customerGatewayDetails, namePrefix, routeTableIdsShape, tagsShape, vpcAttachment, vpcIdShape, vpnGatewayIdShape } from './rules/ids';
import { presharedKeyStorage } from './rules/key-storage';
import { phase2ShorterThanPhase1, rekeyMarginWithinHalfPhase2 } from './rules/lifetimes';
import { logOptionsCoherent, logOptionsShape, logOptionValues } from './rules/log-options';
import { logSettings } from './rules/logging';
import { booleanRule, connectionCidrRule, enumRule, listRule, rangeRule } from './rules/lookups';
import { alarmSettings, alarmTopic } from './rules/monitoring';
import { presharedKeyFormat } from './rules/preshared-key';
import { routingMode, staticRoutePrefixes, staticRoutesMatchRouting } from './rules/routing';
import { customerGatewayShape, knownVpnFields, tunnelOptionsShape } from './rules/shape';
import { startupStartNeedsIkev2Only } from './rules/startup-action';
import { atLeastTwoCustomerGateways, customerGatewayNames } from './rules/topology';
import { insideCidrShape, insideCidrsDistinct, noInsideIpv6Cidr } from './rules/tunnel-cidr';
import { ikev1Warning, literalPresharedKeyWarning, rekeyFuzzZeroWarning, weakCryptoWarning } from './rules/warnings';
import { tunnelView } from './tunnels';
import { isRecord } from './values';

export { Rule, RuleContext, RuleLevel, ruleFromFunction } from './rule';

const TUNNEL_API = 'EC2 API VpnTunnelOptionsSpecification';
const error = (id: string, source: string, what: string, check: Rule['check']): Rule => ({ id, level: 'error', source, what, check });
const warning = (id: string, source: string, what: string, check: Rule['check']): Rule => ({ id, level: 'warning', source, what, check });

/** Error rules, in report order: shape first, then per concern. */
export const RULES: readonly Rule[] = [
  // shape (props from JavaScript or JSON)
  error('VPN-SHAPE-FIELDS', 'library rule; transit-gateway-only fields named (AWS docs)', 'no unknown fields in the props, monitoring and logging', knownVpnFields),
  error('VPN-SHAPE-CGW', 'library rule', 'customerGateways is a list of objects with known fields', customerGatewayShape),
  error('VPN-SHAPE-TUNNEL', 'library rule', 'every tunnel option layer and its logOptions are objects with known fields', tunnelOptionsShape),
  // topology
  error('VPN-TOPO-REDUNDANCY', 'AWS docs: redundant Site-to-Site VPN connections', 'two or more customer gateway devices', atLeastTwoCustomerGateways),
  error('VPN-TOPO-NAMES', 'library rule (names key construct ids and outputs)', 'customer gateway names unique, id-safe and literal', customerGatewayNames),
  // ids
  error('VPN-ID-VPC', 'AWS resource id format', 'vpcId is a vpc- id', vpcIdShape),
  error('VPN-ID-VGW', 'AWS resource id format', 'vpnGatewayId is a vgw- id', vpnGatewayIdShape),
  error('VPN-ID-ATTACHMENT', 'EC2 API AttachVpnGateway', 'a VPC for the attachment; vpnGatewayAttached only with an imported gateway', vpcAttachment),
  error('VPN-ID-RTB', 'AWS resource id format', 'routeTableIds is a literal list of rtb- ids', routeTableIdsShape),
  error('VPN-NAME', 'library rule (Name tag prefix)', 'name is a string of 1–200 characters', namePrefix),
  error('VPN-TAGS', 'EC2 tag restrictions', 'tag keys 1–128 characters not starting with "aws:", values up to 256', tagsShape),
  // customer gateways
  error('VPN-CGW-IP', 'provider ip_address IsIPv4Address; AWS docs (public static IPv4 on a VGW)', 'ipAddress is a public dotted-quad IPv4 address', customerGatewayIpAddress),
  error('VPN-CGW-DISTINCT', 'EC2 API CreateCustomerGateway (identical gateways are returned, not created)', 'no two devices with the same IP, ASN and device name', customerGatewaysDistinct),
  error('VPN-CGW-ASN', 'EC2 API CreateCustomerGateway BgpAsn / BgpAsnExtended', 'bgpAsn is a literal whole number 1–4294967295, not 7224', customerGatewayAsn),
  error('VPN-CGW-DETAILS', 'provider device_name StringLenBetween(1, 255), certificate_arn ValidARN', 'deviceName 1–255 characters; certificateArn an ACM certificate ARN', customerGatewayDetails),
  connectionCidrRule('VPN-CONN-CIDR'),
  error('VPN-ASN-AMAZON', 'provider ValidAmazonSideASN; EC2 API CreateVpnGateway', 'amazonSideAsn 64512–65534 or 4200000000–4294967294 (legacy ASNs for an imported gateway)', amazonSideAsnRange),
  error('VPN-ASN-DISTINCT', 'AWS docs: BGP for Site-to-Site VPN', 'with BGP, every customer gateway ASN differs from the Amazon side', customerAsnDiffersFromAmazonSide),
  // routing
  error('VPN-ROUTE-MODE', 'library enum RoutingMode', 'routing is static or dynamic', routingMode),
  error('VPN-ROUTE-STATIC', 'AWS docs: static routing needs the same prefixes on every connection', 'static routing has prefixes, dynamic routing none', staticRoutesMatchRouting),
  error('VPN-ROUTE-PREFIXES', 'provider aws_vpn_connection_route destination_cidr_block', 'each static prefix a canonical IPv4 network CIDR, listed once', staticRoutePrefixes),
  // tunnels
  error('VPN-TUN-CIDR', `provider validVPNConnectionTunnelInsideCIDR; ${TUNNEL_API} TunnelInsideCidr`, 'insideCidr a /30 in 169.254.0.0/16, not reserved', insideCidrShape),
  error('VPN-TUN-CIDR-DISTINCT', `${TUNNEL_API} TunnelInsideCidr (unique per virtual private gateway)`, 'every tunnel on the gateway has its own inside CIDR', insideCidrsDistinct),
  error('VPN-TUN-IPV6', 'provider tunnelN_inside_ipv6_cidr RequiredWith transit_gateway_id; AWS docs', 'no IPv6 inside CIDR on a virtual private gateway', noInsideIpv6Cidr),
  error('VPN-TUN-PSK', `provider validVPNConnectionTunnelPreSharedKey; ${TUNNEL_API} PreSharedKey`, 'presharedKey 8–64 characters of A–Z a–z 0–9 . _, not starting with 0 (never echoed)', presharedKeyFormat),
  rangeRule('VPN-TUN-LIFETIME-P1', 'phase1LifetimeSeconds'),
  rangeRule('VPN-TUN-LIFETIME-P2', 'phase2LifetimeSeconds'),
  error('VPN-TUN-LIFETIME-ORDER', `${TUNNEL_API} Phase2LifetimeSeconds`, 'phase 2 lifetime less than phase 1 lifetime, in each tunnel', phase2ShorterThanPhase1),
  rangeRule('VPN-TUN-REKEY-MARGIN', 'rekeyMarginTimeSeconds'),
  error('VPN-TUN-REKEY-MARGIN-HALF', `${TUNNEL_API} RekeyMarginTimeSeconds`, 'rekey margin at most half the phase 2 lifetime, in each tunnel', rekeyMarginWithinHalfPhase2),
  rangeRule('VPN-TUN-REKEY-FUZZ', 'rekeyFuzzPercentage'),
  rangeRule('VPN-TUN-REPLAY-WINDOW', 'replayWindowSize'),
  rangeRule('VPN-TUN-DPD-TIMEOUT', 'dpdTimeoutSeconds'),
  listRule('VPN-TUN-DH-P1', 'phase1DhGroupNumbers: groups 2, 14–24, each once', 'phase1DhGroupNumbers'),
  listRule('VPN-TUN-DH-P2', 'phase2DhGroupNumbers: groups 2, 5, 14–24, each once', 'phase2DhGroupNumbers'),
  listRule('VPN-TUN-IKE-VERSIONS', 'ikeVersions: ikev1, ikev2, each once', 'ikeVersions'),
  listRule('VPN-TUN-ENCRYPTION', 'phase 1 and 2 encryption algorithms: AES128, AES256, AES128-GCM-16, AES256-GCM-16', 'phase1EncryptionAlgorithms', 'phase2EncryptionAlgorithms'),
  listRule('VPN-TUN-INTEGRITY', 'phase 1 and 2 integrity algorithms: SHA1, SHA2-256, SHA2-384, SHA2-512', 'phase1IntegrityAlgorithms', 'phase2IntegrityAlgorithms'),
  enumRule('VPN-TUN-DPD-ACTION', 'dpdTimeoutAction'),
  enumRule('VPN-TUN-STARTUP-ACTION', 'startupAction'),
  error('VPN-TUN-IKE-GCM', 'RFC 5282 (AES-GCM for the IKE SA is defined for IKEv2 only)', 'GCM-only phase 1 encryption needs IKEv2 allowed', phase1GcmNeedsIkev2),
  error('VPN-TUN-STARTUP-IKEV2', 'AWS docs: VPN tunnel initiation options, rules and limitations', 'startupAction "start" needs ikeVersions exactly ["ikev2"]', startupStartNeedsIkev2Only),
  booleanRule('VPN-TUN-LIFECYCLE-CONTROL', 'enableTunnelLifecycleControl'),
  error('VPN-TUN-LOG-SHAPE', 'provider tunnelN_log_options block', 'logOptions is an object', logOptionsShape),
  error('VPN-TUN-LOG-VALUES', 'provider log_output_format StringInSlice; log group ARN format', 'log switches are booleans, groups log group ARNs, formats json or text', logOptionValues),
  error('VPN-TUN-LOG-COHERENT', 'EC2 API CloudWatchLogOptionsSpecification; library rule', 'logging enabled has a group; a group or format has logging enabled', logOptionsCoherent),
  // monitoring, logging, key storage
  error('VPN-MON-ALARMS', 'CloudWatch PutMetricAlarm', 'alarm period 60 s or a multiple; evaluation periods ≥ 1, window ≤ one day', alarmSettings),
  error('VPN-MON-TOPIC', 'SNS topic ARN format; AWS docs on alarm actions to encrypted topics', 'alarm topic ARN; KMS key only for a created topic, not alias/aws/sns', alarmTopic),
  error('VPN-LOG-SETTINGS', 'CloudWatch Logs PutRetentionPolicy, log group and KMS key ARN formats', 'log group ARN, retention, KMS key ARN and format of the construct-wide logging', logSettings),
  error('VPN-KEY-STORAGE', 'provider preshared_key_storage StringInSlice', 'presharedKeyStorage is Standard or SecretsManager', presharedKeyStorage),
  // adopting live resources
  error('VPN-ADOPT-VPN', 'AWS resource id formats (vgw-, SNS topic ARN, log group name)', 'adopt names a vgw- id, a topic ARN, a log group name, alarms true/false', adoptedVpnShape),
  error('VPN-ADOPT-SITE', 'AWS resource id formats (cgw-, vpn-)', "a device's adopt names a cgw- and a vpn- id and their live tags", adoptedSiteShape),
  error('VPN-ADOPT-DISTINCT', 'library rule (one live resource, one Terraform address)', 'no live resource adopted twice', adoptedIdsDistinct),
  error('VPN-ADOPT-COHERENT', 'EC2 API ModifyVpnConnection (a new gateway moves the connection, both tunnels down)', 'an adopted connection keeps its customer gateway and gateway; nothing both adopted and given', adoptionCoherent),
  // acknowledgements (they need the whole list, warnings included)
  acknowledgementsRule(() => ALL_RULES),
];

/** Warning rules: run only when there is no error (a broken config gets its errors first). */
export const WARNING_RULES: readonly Rule[] = [
  warning('VPN-WARN-WEAK-CRYPTO', `${TUNNEL_API} defaults; RFC 8247`, 'AES128, SHA1 or DH groups 2/5 allowed, explicitly or by leaving a list unset', weakCryptoWarning),
  warning('VPN-WARN-IKEV1', `${TUNNEL_API} IKEVersions default`, 'IKEv1 allowed, explicitly or by leaving ikeVersions unset', ikev1Warning),
  warning('VPN-WARN-LITERAL-PSK', 'library rule (secrets in cdktf.out and the state)', 'a literal pre-shared key (lands in plain text in cdktf.out and the state)', literalPresharedKeyWarning),
  warning('VPN-ROUTE-NO-PROPAGATION', 'AWS docs: route tables and route propagation for Site-to-Site VPN', 'no route table gets the VPN routes (routeTableIds absent or empty)', noRoutePropagationWarning),
  warning('VPN-WARN-REKEY-FUZZ-ZERO', 'provider reads tunnelN_rekey_fuzz_percentage with GetOk (0 is unset)', 'rekeyFuzzPercentage 0 is never sent: AWS keeps 100 %', rekeyFuzzZeroWarning),
];

/** Every rule, errors first. */
export const ALL_RULES: readonly Rule[] = [...RULES, ...WARNING_RULES];

/** The id of the issue reported when the props are not an object at all. */
export const PROPS_OBJECT_RULE_ID = 'VPN-SHAPE-PROPS';

/** What one run found: errors, warnings not acknowledged, and the acknowledged ones. */
export interface ValidationRun {
  readonly errors: ValidationIssue[];
  readonly warnings: ValidationIssue[];
  readonly acknowledged: AcknowledgedWarning[];
}

/** Runs all rules; returns the collected errors and warnings (never throws on bad input). */
export function validateVpnProps(props: RedundantVpnProps): ValidationRun {
  const report = new Reporter(PROPS_OBJECT_RULE_ID);
  if (!isRecord(props)) {
    report.error('$', props, 'not an object', 'RedundantVpnProps: { customerGateways: [...], ... }');
    return { errors: report.errors, warnings: [], acknowledged: [] };
  }
  const base = { props, ...tunnelView(props), inheritedLogs: defaultLogKinds(isRecord(props.logging) ? props.logging : undefined, props.routing ?? RoutingMode.DYNAMIC) };
  runAll(RULES, base, report);
  if (report.errors.length > 0) return { errors: report.errors, warnings: [], acknowledged: [] };
  runAll(WARNING_RULES, base, report);
  const reasons: Record<string, unknown> = isRecord(props.acknowledgedWarnings) ? props.acknowledgedWarnings : {};
  const acknowledged = (issue: ValidationIssue) => Object.prototype.hasOwnProperty.call(reasons, issue.ruleId);
  return {
    errors: report.errors,
    warnings: report.warnings.filter((w) => !acknowledged(w)),
    acknowledged: report.warnings.filter(acknowledged).map((w) => ({ ...w, reason: String(reasons[w.ruleId]) })),
  };
}

function runAll(rules: readonly Rule[], base: Omit<RuleContext, 'report'>, report: Reporter): void {
  for (const rule of rules) {
    const own = report.forRule(rule.id);
    try {
      rule.check({ ...base, report: own });
    } catch (e) {
      // A rule bug must still end as a listed issue, never a TypeError with a stack trace.
      own.error('$', undefined, `could not be checked by rule ${rule.id} (${(e as Error)?.message ?? String(e)})`, 'please report this');
    }
  }
}

/** The result of {@link checkRedundantVpnProps}. */
export interface VpnValidationResult {
  /** Broken AWS rules: constructing a RedundantVpn with these props throws. */
  readonly errors: ValidationIssue[];
  /** Legal but risky choices (weak crypto, IKEv1, a literal pre-shared key) that are not acknowledged. */
  readonly warnings: ValidationIssue[];
  /** Warnings the props acknowledge (`acknowledgedWarnings`), with the reason given. */
  readonly acknowledgedWarnings: AcknowledgedWarning[];
}

/** Checks props without building anything: the errors the construct would throw and its warnings. */
export function checkRedundantVpnProps(props: RedundantVpnProps): VpnValidationResult {
  const run = validateVpnProps(props);
  return { errors: [...run.errors], warnings: [...run.warnings], acknowledgedWarnings: [...run.acknowledged] };
}
