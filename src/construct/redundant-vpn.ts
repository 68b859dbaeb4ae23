/**
 * The construct that lays out the redundant topology: one virtual private gateway, one customer
 * gateway and one VPN connection (two tunnels) per on-premises device, routes and propagation.
 */
import { AnnotationMetadataEntryType } from 'cdktf';
import { Construct } from 'constructs';
import type { CloudwatchCompositeAlarm } from '@cdktf/provider-aws/lib/cloudwatch-composite-alarm';
import type { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import type { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { CustomerGateway } from '@cdktf/provider-aws/lib/customer-gateway';
import type { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import { VpnConnectionRoute } from '@cdktf/provider-aws/lib/vpn-connection-route';
import { VpnGateway } from '@cdktf/provider-aws/lib/vpn-gateway';
import { VpnGatewayAttachment } from '@cdktf/provider-aws/lib/vpn-gateway-attachment';
import { VpnGatewayRoutePropagation } from '@cdktf/provider-aws/lib/vpn-gateway-route-propagation';
import { CustomerGatewayProps, RedundantVpnProps, RoutingMode, TunnelOptions } from '../model/props';
import { connectionArguments } from '../model/connection-option-fields';
import { effectiveTunnelOptions, TUNNEL_NUMBERS, tunnelArgumentNames, tunnelArguments } from '../model/tunnel-options';
import { addLogging } from './logging';
import { addMonitoring } from './monitoring';
import { addVpnOutputs } from './outputs';
import { attributeRef, lean, resourceAddress } from '../internal/synth-speed';
import { DEFAULT_AMAZON_SIDE_ASN } from '../model/aws-defaults';
import { DEFAULT_LOG_RETENTION_DAYS } from '../model/logging-defaults';
import { DEFAULT_ALARM_PERIOD_SECONDS, DEFAULT_DEGRADED_EVALUATION_PERIODS, DEFAULT_OUTAGE_EVALUATION_PERIODS } from '../model/monitoring-defaults';
import { MAX_METRICS_PER_ALARM } from './monitoring';
import { AcknowledgedWarning, formatWarning, isVpnValidationError, ValidationIssue, VpnValidationError } from '../validation/issues';
import { checkRedundantVpnProps, validateVpnProps, VpnValidationResult } from '../validation';

/** Marks every RedundantVpn, so {@link RedundantVpn.isRedundantVpn} works across copies of the library. */
const REDUNDANT_VPN = Symbol.for('cdktf-redundant-site-to-site-vpn.RedundantVpn');

/** AWS accepts 2-byte and 4-byte ASNs in `bgp_asn` only up to 2147483647; above goes to `bgp_asn_extended`. */
const MAX_BGP_ASN_FIELD = 2147483647;

// The provider classes, synthesizing only the arguments that are set (see lean-resource.ts).
const LeanCustomerGateway = lean(CustomerGateway);
const LeanVpnConnection = lean(VpnConnection);
const LeanVpnConnectionRoute = lean(VpnConnectionRoute);
const LeanVpnGateway = lean(VpnGateway);
const LeanVpnGatewayAttachment = lean(VpnGatewayAttachment);
const LeanVpnGatewayRoutePropagation = lean(VpnGatewayRoutePropagation);

/**
 * A virtual private gateway with two or more customer gateways, one VPN connection each (both
 * tunnels configured), static or BGP routing, and route propagation into the VPC route tables.
 *
 * Construct ids are a public contract: they are derived from the customer gateway names, and
 * changing one replaces a live VPN connection (new tunnel outside addresses).
 */
export class RedundantVpn extends Construct {
  /** AWS's default Amazon-side ASN for a new virtual private gateway (`amazonSideAsn` unset). */
  public static readonly DEFAULT_AMAZON_SIDE_ASN: number = DEFAULT_AMAZON_SIDE_ASN;
  /** Retention of the log group the construct creates, in days (`logging.retentionInDays` unset). */
  public static readonly DEFAULT_LOG_RETENTION_DAYS: number = DEFAULT_LOG_RETENTION_DAYS;
  /** Period of the tunnel-state alarms, in seconds (`monitoring.periodSeconds` unset). */
  public static readonly DEFAULT_ALARM_PERIOD_SECONDS: number = DEFAULT_ALARM_PERIOD_SECONDS;
  /** Evaluation periods of the *degraded* alarms (`monitoring.degradedEvaluationPeriods` unset). */
  public static readonly DEFAULT_DEGRADED_EVALUATION_PERIODS: number = DEFAULT_DEGRADED_EVALUATION_PERIODS;
  /** Evaluation periods of the *outage* alarms (`monitoring.outageEvaluationPeriods` unset). */
  public static readonly DEFAULT_OUTAGE_EVALUATION_PERIODS: number = DEFAULT_OUTAGE_EVALUATION_PERIODS;
  /** CloudWatch's limit of metrics in one metric-math alarm (what splits the outage alarm above 5 connections). */
  public static readonly MAX_METRICS_PER_ALARM: number = MAX_METRICS_PER_ALARM;

  /**
   * True when `x` is a RedundantVpn, also one built by another copy of this library (where
   * `instanceof` fails).
   */
  public static isRedundantVpn(x: any): boolean {
    return typeof x === 'object' && x !== null && x[REDUNDANT_VPN] === true;
  }

  /**
   * True when `x` is the error the constructor throws for invalid props (`VpnValidationError`,
   * whose `issues` list every problem), also one thrown by another copy of this library.
   */
  public static isValidationError(x: any): boolean {
    return isVpnValidationError(x);
  }

  /** The created virtual private gateway; undefined when an existing one is imported. */
  public readonly vpnGateway?: VpnGateway;
  /**
   * Id of the virtual private gateway in use (created or imported): a token, usable in other stacks.
   * (A getter: cdktf captures a stack trace for every token, so none is made unless it is read.)
   */
  public get vpnGatewayId(): string {
    return this.vpnGateway?.id ?? this.gatewayRef;
  }
  /** The attachment to the VPC; undefined for an imported, already attached gateway. */
  public readonly attachment?: VpnGatewayAttachment;
  /** One customer gateway per device, in the order given. */
  public readonly customerGateways: CustomerGateway[] = [];
  /** One VPN connection per device, in the order given. */
  public readonly connections: VpnConnection[] = [];
  /** Static routes: every prefix on every connection (empty with dynamic routing). */
  public readonly routes: VpnConnectionRoute[] = [];
  /** One propagation per distinct route table id. */
  public readonly propagations: VpnGatewayRoutePropagation[] = [];
  /** The routing mode in effect. */
  public readonly routing: RoutingMode;
  /** The Amazon-side ASN (created gateway's, or the one stated for an imported gateway). */
  public readonly amazonSideAsn: number;
  /** The SNS topic the construct created for the alarms; undefined when one is given or alarms are off. */
  public readonly alarmTopic?: SnsTopic;
  /** ARN of the topic the alarms notify (created or given); undefined when alarms are off. */
  public get alarmTopicArn(): string | undefined {
    return this.alarmTopic?.arn ?? this.refs.alarmTopicArn;
  }
  /** Metric-math alarms on TunnelState: per connection degraded, set outage (or its parts above 5 connections). */
  public readonly alarms: CloudwatchMetricAlarm[] = [];
  /** Composite set alarms: degraded (any connection degraded) and, above 5 connections, outage. */
  public readonly compositeAlarms: CloudwatchCompositeAlarm[] = [];
  /** The log group the construct created; undefined when one is given or logging is off. */
  public readonly logGroup?: CloudwatchLogGroup;
  /** ARN of the log group every tunnel logs to; undefined when logging is off. */
  public get logGroupArn(): string | undefined {
    return this.logGroup?.arn ?? this.refs.logGroupArn;
  }

  /** Legal but risky choices found in the props (also added as cdktf Annotations warnings). */
  public readonly validationWarnings: ValidationIssue[];
  /**
   * Warnings the props acknowledge (`acknowledgedWarnings`), with the reason given: not among
   * {@link validationWarnings}, added as cdktf Annotations info entries instead.
   */
  public readonly acknowledgedWarnings: AcknowledgedWarning[];

  /**
   * Checks props without building anything: the errors the constructor would throw (as a
   * {@link VpnValidationError}) and the warnings it would add. Never throws on bad input.
   */
  public static validate(props: RedundantVpnProps): VpnValidationResult {
    return checkRedundantVpnProps(props);
  }

  /**
   * @param scope the stack (or construct) the VPN belongs to
   * @param id construct id: part of every resource address and the prefix of every output name;
   *   changing it replaces every resource (a major version for a library that fixes it)
   * @param props the gateways, devices, routing and tunnel options
   * @throws VpnValidationError when the props break AWS's rules (every problem listed at once)
   */
  constructor(scope: Construct, id: string, props: RedundantVpnProps) {
    super(scope, id);
    Object.defineProperty(this, REDUNDANT_VPN, { value: true });
    const report = validateVpnProps(props);
    if (report.errors.length > 0) {
      throw new VpnValidationError(report.errors, `RedundantVpn "${this.node.path}"`);
    }
    this.validationWarnings = [...report.warnings];
    this.acknowledgedWarnings = [...report.acknowledged];
    // The entry cdktf's Annotations.addWarning writes, without the stack trace it captures for
    // each one (all frames, formatted: most of the construction time of a many-site stack, and
    // it would only point into this constructor). The cdktf CLI prints these entries as warnings.
    for (const warning of report.warnings) this.node.addMetadata(AnnotationMetadataEntryType.WARN, formatWarning(warning));
    for (const ack of report.acknowledged) {
      this.node.addMetadata(AnnotationMetadataEntryType.INFO, `acknowledged: ${formatWarning(ack)} — ${ack.reason}`);
    }

    this.routing = props.routing ?? RoutingMode.DYNAMIC;
    this.amazonSideAsn = props.amazonSideAsn ?? DEFAULT_AMAZON_SIDE_ASN;
    const name = props.name ?? id;
    const tagsFor = (resourceName: string, extra?: { [key: string]: string }) => ({
      ...props.tags,
      ...extra,
      Name: resourceName,
    });

    const adopted = props.adopt;
    if (props.vpnGatewayId === undefined) {
      // Never the inline vpc_id of aws_vpn_gateway: the separate attachment lets propagation
      // depend on it explicitly, and mixing both makes Terraform fight itself.
      this.vpnGateway = new LeanVpnGateway(this, 'VpnGateway', {
        amazonSideAsn: String(this.amazonSideAsn),
        tags: adopted?.vpnGatewayTags ?? tagsFor(`${name}-vgw`),
        lifecycle: props.preventDestroy ? { preventDestroy: true } : undefined,
      });
      if (adopted?.vpnGatewayId !== undefined) this.vpnGateway.importFrom(adopted.vpnGatewayId);
    }
    // The construct's own resources refer to the gateway without a token (see attributeRef); the
    // public vpnGatewayId is a token so that other stacks can use it.
    this.gatewayRef = this.vpnGateway ? attributeRef(this.vpnGateway, 'id') : props.vpnGatewayId!;

    const existingGateway = props.vpnGatewayId !== undefined || adopted?.vpnGatewayId !== undefined;
    if (!(existingGateway && props.vpnGatewayAttached)) {
      this.attachment = new LeanVpnGatewayAttachment(this, 'VpnGatewayAttachment', {
        vpcId: props.vpcId!,
        vpnGatewayId: this.gatewayRef,
      });
    }

    const logging = addLogging(this, name, props.logging, this.routing, props.tags, adopted?.logGroupName);
    this.logGroup = logging.logGroup;

    for (const device of props.customerGateways) {
      this.addDevice(device, props, name, tagsFor, logging.layer);
    }

    const monitoring = addMonitoring(
      this,
      name,
      props.monitoring,
      props.customerGateways.map((device, i) => ({ name: device.name, connection: this.connections[i] })),
      props.tags,
      { topicArn: adopted?.alarmTopicArn, alarms: adopted?.alarms },
    );
    this.alarmTopic = monitoring.topic;
    this.refs = { logGroupArn: logging.logGroupArn, alarmTopicArn: monitoring.topicArn };
    this.alarms.push(...monitoring.metricAlarms);
    this.compositeAlarms.push(...monitoring.compositeAlarms);

    for (const routeTableId of new Set(props.routeTableIds ?? [])) {
      this.propagations.push(
        new LeanVpnGatewayRoutePropagation(this, `RoutePropagation-${routeTableId}`, {
          routeTableId,
          vpnGatewayId: this.gatewayRef,
        }),
      );
    }
    // Propagation fails while the gateway is not attached yet: order it explicitly. By address
    // (what cdktf writes for `dependsOn: [attachment]`), without the token that would create.
    if (this.attachment) {
      for (const propagation of this.propagations) propagation.dependsOn = [resourceAddress(this.attachment)];
    }

    addVpnOutputs(this, props, { vpnGatewayId: this.gatewayRef, ...this.refs });
  }

  /** The VPN connection serving the named customer gateway device. */
  public connectionFor(customerGatewayName: string): VpnConnection {
    const connection = this.connectionsByName.get(customerGatewayName);
    if (!connection) throw new Error(`No customer gateway named "${customerGatewayName}"`);
    return connection;
  }

  private readonly connectionsByName = new Map<string, VpnConnection>();
  /** The gateway id for this construct's own resources and outputs: token-free when created here. */
  private readonly gatewayRef: string;
  /** The log group and topic ARNs for this construct's own resources and outputs (token-free likewise). */
  private readonly refs: { readonly logGroupArn?: string; readonly alarmTopicArn?: string };

  private addDevice(
    device: CustomerGatewayProps,
    props: RedundantVpnProps,
    name: string,
    tagsFor: (resourceName: string, extra?: { [key: string]: string }) => { [key: string]: string },
    logLayer: TunnelOptions | undefined,
  ): void {
    const asn = device.bgpAsn;
    const adopted = device.adopt;
    const extended = asn > MAX_BGP_ASN_FIELD;
    const customerGateway = new LeanCustomerGateway(this, `CustomerGateway-${device.name}`, {
      type: 'ipsec.1',
      ipAddress: device.ipAddress,
      // Canonical decimal string: "65010", never "6.5e4" or "065010".
      bgpAsn: extended ? undefined : asn.toFixed(0),
      bgpAsnExtended: extended ? asn.toFixed(0) : undefined,
      deviceName: device.deviceName,
      certificateArn: device.certificateArn,
      tags: adopted?.customerGatewayTags ?? tagsFor(`${name}-${device.name}-cgw`, device.tags),
      // A changed IP/ASN/device name creates the new gateway first; the connection then moves to
      // it in place (customer_gateway_id is not ForceNew) and the old one, no longer in use, goes.
      lifecycle: { createBeforeDestroy: true },
    });
    if (adopted?.customerGatewayId !== undefined) customerGateway.importFrom(adopted.customerGatewayId);

    const isStatic = this.routing === RoutingMode.STATIC;
    const connection = new LeanVpnConnection(this, `VpnConnection-${device.name}`, {
      type: 'ipsec.1',
      vpnGatewayId: this.gatewayRef,
      // References between this construct's own resources: plain strings, no tokens (see attributeRef).
      customerGatewayId: attributeRef(customerGateway, 'id'),
      staticRoutesOnly: isStatic,
      ...connectionArguments(device),
      ...Object.assign(
        {},
        ...TUNNEL_NUMBERS.map((n) => tunnelArguments(n, effectiveTunnelOptions(props.tunnelOptions, device, n, logLayer))),
      ),
      presharedKeyStorage: props.presharedKeyStorage,
      tags: adopted?.vpnConnectionTags ?? tagsFor(`${name}-${device.name}-vpn`, device.tags),
      lifecycle:
        props.preventDestroy || device.pinTunnelOptions
          ? {
              preventDestroy: props.preventDestroy ? true : undefined,
              ignoreChanges: device.pinTunnelOptions ? tunnelArgumentNames() : undefined,
            }
          : undefined,
    });

    if (adopted?.vpnConnectionId !== undefined) connection.importFrom(adopted.vpnConnectionId);

    if (isStatic) {
      const connectionId = attributeRef(connection, 'id');
      // The same prefixes on every connection: a device that does not carry all of them breaks
      // failover for the missing ones (AWS: "Both devices should advertise the same IP ranges").
      for (const prefix of props.staticRoutes ?? []) {
        this.routes.push(
          new LeanVpnConnectionRoute(this, `Route-${device.name}-${prefix.replace(/[./]/g, '_')}`, {
            vpnConnectionId: connectionId,
            destinationCidrBlock: prefix,
          }),
        );
      }
    }

    this.connectionsByName.set(device.name, connection);
    this.customerGateways.push(customerGateway);
    this.connections.push(connection);
  }
}
