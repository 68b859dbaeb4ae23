/**
 * Public props and enums of the redundant Site-to-Site VPN construct.
 *
 * Enum values are the exact strings AWS uses, so a JSON/YAML config file can write them
 * verbatim (`"routing": "static"`) and the library and the app share one vocabulary.
 */
import type { AdoptedSite, AdoptedVpn } from './adopt';

/** How the VPN connections learn and announce routes. */
export enum RoutingMode {
  /**
   * Static routing: `static_routes_only = true` on every connection and the same prefix list on
   * every connection, so either customer gateway can carry all traffic when the other fails.
   */
  STATIC = 'static',
  /** Dynamic routing with BGP: each tunnel runs a BGP session; AWS recommends it for failover. */
  DYNAMIC = 'dynamic',
}

/** IKE protocol version allowed on a tunnel. */
export enum IkeVersion {
  IKEV1 = 'ikev1',
  IKEV2 = 'ikev2',
}

/** Encryption algorithm for IKE phase 1 or phase 2. */
export enum EncryptionAlgorithm {
  AES128 = 'AES128',
  AES256 = 'AES256',
  AES128_GCM_16 = 'AES128-GCM-16',
  AES256_GCM_16 = 'AES256-GCM-16',
}

/** Integrity algorithm for IKE phase 1 or phase 2. */
export enum IntegrityAlgorithm {
  SHA1 = 'SHA1',
  SHA2_256 = 'SHA2-256',
  SHA2_384 = 'SHA2-384',
  SHA2_512 = 'SHA2-512',
}

/** What AWS does when dead peer detection times out. */
export enum DpdTimeoutAction {
  /** End the IKE session and stop the tunnel (AWS default). */
  CLEAR = 'clear',
  /** Do nothing. */
  NONE = 'none',
  /** Restart the IKE session: the tunnel comes back without the customer gateway initiating. */
  RESTART = 'restart',
}

/** Who starts IKE negotiation when a tunnel is (re)established. */
export enum StartupAction {
  /** The customer gateway device must initiate (AWS default). */
  ADD = 'add',
  /** AWS initiates the IKE negotiation (requires IKEv2 only). */
  START = 'start',
}

/** Format of tunnel and BGP activity logs in CloudWatch Logs. */
export enum LogOutputFormat {
  JSON = 'json',
  TEXT = 'text',
}

/** Where AWS keeps the pre-shared keys of a VPN connection (`preshared_key_storage`). */
export enum PresharedKeyStorage {
  /** Stored in the Site-to-Site VPN service (AWS default). */
  STANDARD = 'Standard',
  /** Stored in an AWS Secrets Manager secret; its ARN is the connection's `preshared_key_arn`. */
  SECRETS_MANAGER = 'SecretsManager',
}

/**
 * CloudWatch Logs options of one tunnel (`tunnelN_log_options.cloudwatch_log_options`).
 */
export interface TunnelLogOptions {
  /**
   * Send tunnel activity (IKE/IPsec) logs to CloudWatch Logs.
   * @default - AWS default (disabled)
   */
  readonly logEnabled?: boolean;
  /**
   * ARN of the CloudWatch log group for tunnel activity logs. Required when `logEnabled` is true.
   * @default - none
   */
  readonly logGroupArn?: string;
  /**
   * Format of tunnel activity logs.
   * @default - AWS default (json)
   */
  readonly logOutputFormat?: LogOutputFormat;
  /**
   * Send BGP logs to CloudWatch Logs.
   * @default - AWS default (disabled)
   */
  readonly bgpLogEnabled?: boolean;
  /**
   * ARN of the CloudWatch log group for BGP logs. Required when `bgpLogEnabled` is true.
   * @default - none
   */
  readonly bgpLogGroupArn?: string;
  /**
   * Format of BGP logs.
   * @default - AWS default (json)
   */
  readonly bgpLogOutputFormat?: LogOutputFormat;
}

/**
 * Options of one IPsec tunnel. Field names are the provider's `tunnelN_*` arguments in camelCase.
 *
 * Every field is optional: an unset field is omitted from the synthesized JSON so AWS applies its
 * own default. Options merge field by field from the construct-wide profile, then the connection,
 * then the single tunnel (the most specific wins).
 */
export interface TunnelOptions {
  /**
   * The /30 inside CIDR of the tunnel, within 169.254.0.0/16. Changing it replaces the connection.
   * @default - AWS picks a free /30
   */
  readonly insideCidr?: string;
  /**
   * IPv6 inside CIDR. Transit-gateway only: always rejected on a virtual private gateway; kept in
   * the type so the error can say so instead of silently ignoring it.
   * @default - none
   */
  readonly insideIpv6Cidr?: string;
  /**
   * Pre-shared key: 8–64 characters from A–Z a–z 0–9 `.` `_`, not starting with `0`.
   * Prefer a token (a sensitive Terraform variable) to a literal: a literal lands in `cdktf.out`
   * and in the state.
   * @default - AWS generates a key
   */
  readonly presharedKey?: string;
  /**
   * IKE versions allowed.
   * @default - AWS default (ikev1 and ikev2)
   */
  readonly ikeVersions?: IkeVersion[];
  /**
   * Phase 1 encryption algorithms.
   * @default - AWS default (all four)
   */
  readonly phase1EncryptionAlgorithms?: EncryptionAlgorithm[];
  /**
   * Phase 1 integrity algorithms.
   * @default - AWS default (all four)
   */
  readonly phase1IntegrityAlgorithms?: IntegrityAlgorithm[];
  /**
   * Phase 1 Diffie-Hellman group numbers: a subset of 2 and 14–24.
   * @default - AWS default (2, 14–24)
   */
  readonly phase1DhGroupNumbers?: number[];
  /**
   * Phase 1 lifetime in seconds (900–28800).
   * @default - AWS default (28800)
   */
  readonly phase1LifetimeSeconds?: number;
  /**
   * Phase 2 encryption algorithms.
   * @default - AWS default (all four)
   */
  readonly phase2EncryptionAlgorithms?: EncryptionAlgorithm[];
  /**
   * Phase 2 integrity algorithms.
   * @default - AWS default (all four)
   */
  readonly phase2IntegrityAlgorithms?: IntegrityAlgorithm[];
  /**
   * Phase 2 Diffie-Hellman group numbers: a subset of 2, 5 and 14–24.
   * @default - AWS default (2, 5, 14–24)
   */
  readonly phase2DhGroupNumbers?: number[];
  /**
   * Phase 2 lifetime in seconds (900–3600), less than the phase 1 lifetime.
   * @default - AWS default (3600)
   */
  readonly phase2LifetimeSeconds?: number;
  /**
   * Rekey margin in seconds (60–1800), at most half the phase 2 lifetime.
   * @default - AWS default (270)
   */
  readonly rekeyMarginTimeSeconds?: number;
  /**
   * Rekey fuzz in percent (0–100).
   * @default - AWS default (100)
   */
  readonly rekeyFuzzPercentage?: number;
  /**
   * IKE replay window size in packets (64–2048).
   * @default - AWS default (1024)
   */
  readonly replayWindowSize?: number;
  /**
   * Dead peer detection timeout in seconds (30 or more).
   * @default - AWS default (30)
   */
  readonly dpdTimeoutSeconds?: number;
  /**
   * Action after a dead peer detection timeout.
   * @default - AWS default (clear)
   */
  readonly dpdTimeoutAction?: DpdTimeoutAction;
  /**
   * Who initiates IKE. `start` requires `ikeVersions` to be exactly `[ikev2]`.
   * @default - AWS default (add)
   */
  readonly startupAction?: StartupAction;
  /**
   * Lets you control when AWS replaces the tunnel endpoint during maintenance.
   * @default - AWS default (false)
   */
  readonly enableTunnelLifecycleControl?: boolean;
  /**
   * CloudWatch Logs for tunnel and BGP activity.
   * @default - AWS default (no logs)
   */
  readonly logOptions?: TunnelLogOptions;
}

/**
 * Options of one VPN connection that apply to both of its tunnels (connection-level
 * `aws_vpn_connection` arguments, as opposed to the `tunnelN_*` {@link TunnelOptions}).
 *
 * Every field is optional: an unset field is omitted from the synthesized JSON so AWS applies its
 * own default.
 */
export interface ConnectionOptions {
  /**
   * The on-premises (customer gateway side) IPv4 CIDR allowed through the tunnels: the traffic
   * selector AWS negotiates. Changes in place (ModifyVpnConnectionOptions): the connection is
   * briefly unavailable while AWS applies it.
   * @default - AWS default (0.0.0.0/0)
   */
  readonly localIpv4NetworkCidr?: string;
  /**
   * The AWS-side IPv4 CIDR allowed through the tunnels (the traffic selector on the AWS side, e.g.
   * the VPC CIDR). Changes in place (ModifyVpnConnectionOptions): the connection is briefly
   * unavailable while AWS applies it.
   * @default - AWS default (0.0.0.0/0)
   */
  readonly remoteIpv4NetworkCidr?: string;
}

/**
 * One on-premises customer gateway device, and the VPN connection that serves it.
 */
export interface CustomerGatewayProps extends ConnectionOptions {
  /**
   * Unique name of the device, e.g. `dc1-edge-a`: lower-case letters, digits and `-`.
   *
   * It becomes part of the construct ids, the Terraform addresses and the output names of this
   * device's customer gateway and VPN connection. Renaming it REPLACES the VPN connection (new
   * tunnel outside addresses: an outage until the device is reconfigured).
   */
  readonly name: string;
  /** Public IPv4 address of the device's outside interface. */
  readonly ipAddress: string;
  /**
   * BGP ASN of the device (1–4294967295, not 7224). Required by AWS even for static routing.
   * ASNs of 2147483648 and above are written to `bgp_asn_extended`.
   */
  readonly bgpAsn: number;
  /**
   * Device name shown in the AWS console.
   * @default - none
   */
  readonly deviceName?: string;
  /**
   * ARN of a private certificate for certificate-based authentication.
   * @default - none (pre-shared keys)
   */
  readonly certificateArn?: string;
  /**
   * Options for both tunnels of this device's connection; override the construct-wide profile.
   * @default - the construct-wide `tunnelOptions`
   */
  readonly tunnelOptions?: TunnelOptions;
  /**
   * Options for tunnel 1 only; override the connection and profile options field by field.
   * @default - the connection's options
   */
  readonly tunnel1?: TunnelOptions;
  /**
   * Options for tunnel 2 only; override the connection and profile options field by field.
   * @default - the connection's options
   */
  readonly tunnel2?: TunnelOptions;
  /**
   * Pin this connection's tunnel options: Terraform ignores changes to every `tunnelN_*` argument
   * (`lifecycle.ignore_changes`), so a deploy that changes the profile, keys or log options leaves
   * this connection untouched while the others are changed. Remove the pin in the next deploy to
   * roll the change out here too: one connection per deploy, the other keeps carrying traffic.
   * @default false
   */
  readonly pinTunnelOptions?: boolean;
  /**
   * Live resources this device's customer gateway and VPN connection take over (Terraform `import`
   * blocks). An adopted connection gets no construct default in its tunnel options (see
   * {@link AdoptedSite}); `vpn-adopt` writes this entry from the live values.
   * @default - nothing adopted: new resources are created
   */
  readonly adopt?: AdoptedSite;
  /**
   * Extra tags for this device's customer gateway and VPN connection.
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/** Props of {@link RedundantVpn}. */
export interface RedundantVpnProps {
  /**
   * The VPC to attach the virtual private gateway to. Required unless an existing gateway is
   * imported with `vpnGatewayAttached: true`.
   * @default - none
   */
  readonly vpcId?: string;
  /**
   * Import this existing virtual private gateway (`vgw-...`) instead of creating one.
   * @default - a new virtual private gateway is created
   */
  readonly vpnGatewayId?: string;
  /**
   * With `vpnGatewayId`: the imported gateway is already attached to the VPC, so no
   * `aws_vpn_gateway_attachment` is created (a second attachment would fail).
   * @default false
   */
  readonly vpnGatewayAttached?: boolean;
  /**
   * Amazon-side BGP ASN of the virtual private gateway (64512–65534 or 4200000000–4294967294).
   * For an imported gateway it states the existing ASN (used for validation and the hand-off
   * output) and is not applied. Changing it replaces a created gateway.
   * @default 64512
   */
  readonly amazonSideAsn?: number;
  /**
   * Route tables that receive the VPN routes via route propagation. Duplicates are removed.
   * @default - no propagation
   */
  readonly routeTableIds?: string[];
  /**
   * Static or dynamic (BGP) routing. Switching it replaces every connection.
   * @default RoutingMode.DYNAMIC
   */
  readonly routing?: RoutingMode;
  /**
   * On-premises IPv4 prefixes for static routing, created on EVERY connection so either device can
   * carry all traffic. Required with static routing, forbidden with dynamic routing.
   * @default - none
   */
  readonly staticRoutes?: string[];
  /** Two or more on-premises devices: one customer gateway and one VPN connection each. */
  readonly customerGateways: CustomerGatewayProps[];
  /**
   * Tunnel profile applied to every tunnel of every connection.
   * @default - AWS defaults for every option
   */
  readonly tunnelOptions?: TunnelOptions;
  /**
   * CloudWatch alarms on `TunnelState`: per connection and for the whole set.
   * @default - alarms on, notifying a topic the construct creates
   */
  readonly monitoring?: VpnMonitoringProps;
  /**
   * Tunnel activity (and, with BGP, BGP) logs of every tunnel to CloudWatch Logs.
   * @default - logs on, into a log group the construct creates (json, 90 days)
   */
  readonly logging?: VpnLoggingProps;
  /**
   * Where AWS keeps the pre-shared keys. With `SecretsManager` the secret ARN of each connection is
   * an output and part of the hand-off; the keys stay out of every output.
   * @default - AWS default (Standard)
   */
  readonly presharedKeyStorage?: PresharedKeyStorage;
  /**
   * `lifecycle.prevent_destroy` on every VPN connection and the created virtual private gateway:
   * a plan that would delete or replace one fails instead of cutting the site off.
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * Live resources of the whole set to take over (Terraform `import` blocks): the gateway, the alarm
   * topic, the log group, the alarms. The devices' own are in `customerGateways[].adopt`.
   * @default - nothing adopted
   */
  readonly adopt?: AdoptedVpn;
  /**
   * Prefix of the `Name` tag of every resource.
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * Tags on every taggable resource (a `Name` tag is added per resource).
   * @default - none
   */
  readonly tags?: { [key: string]: string };
  /**
   * Warnings accepted on purpose, by rule id (see docs/validation.md), each with the reason:
   * `{ "VPN-WARN-IKEV1": "the DC1 routers speak IKEv1 only" }`. An acknowledged warning is not
   * reported; it is listed in `RedundantVpn.acknowledgedWarnings` with its reason. Acknowledging
   * an unknown id, an error rule, or without a reason is an error.
   * @default - no warning is acknowledged
   */
  readonly acknowledgedWarnings?: { [ruleId: string]: string };
}

/** CloudWatch alarms of a {@link RedundantVpn} (namespace `AWS/VPN`, metric `TunnelState`). */
export interface VpnMonitoringProps {
  /**
   * Create the alarms.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * SNS topic ARN the alarms notify (ALARM and OK). No topic is created when given.
   * @default - the construct creates a topic
   */
  readonly alarmTopicArn?: string;
  /**
   * KMS key (id, ARN or alias) to encrypt the created topic. It must be a customer managed key whose
   * policy lets `cloudwatch.amazonaws.com` use it: alarms cannot publish to a topic encrypted with
   * the AWS managed key `alias/aws/sns`.
   * @default - the created topic is not encrypted with KMS
   */
  readonly topicKmsMasterKeyId?: string;
  /**
   * Period of every alarm in seconds (60 or a multiple of 60).
   * @default 300
   */
  readonly periodSeconds?: number;
  /**
   * Consecutive periods a tunnel must be down before a degraded alarm fires.
   * @default 3
   */
  readonly degradedEvaluationPeriods?: number;
  /**
   * Consecutive periods with no tunnel up before the outage alarm fires.
   * @default 2
   */
  readonly outageEvaluationPeriods?: number;
}

/** Tunnel and BGP logs of a {@link RedundantVpn} in CloudWatch Logs. */
export interface VpnLoggingProps {
  /**
   * Send the logs of every tunnel to CloudWatch Logs.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * ARN of an existing log group to write to. No log group is created when given.
   * @default - the construct creates a log group `/aws/vpn/<name>`
   */
  readonly logGroupArn?: string;
  /**
   * Retention of the created log group in days (a value CloudWatch Logs accepts, e.g. 30, 90, 365).
   * @default 90
   */
  readonly retentionInDays?: number;
  /**
   * KMS key ARN to encrypt the created log group; its key policy must allow the CloudWatch Logs
   * service principal of the region.
   * @default - CloudWatch Logs default encryption
   */
  readonly kmsKeyArn?: string;
  /**
   * Format of tunnel and BGP logs.
   * @default LogOutputFormat.JSON
   */
  readonly outputFormat?: LogOutputFormat;
  /**
   * Also send BGP logs (`bgp_log_*`).
   * @default - true with dynamic (BGP) routing, false with static routing
   */
  readonly bgpLogs?: boolean;
}
