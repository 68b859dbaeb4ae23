/**
 * The config file's schema, written once with TypeBox: it validates the file at load time and is
 * written out as JSON Schema (`config.schema.json`) for editors. The `vpn` object is
 * `RedundantVpnProps` in JSON: same field names, same meaning.
 */
import { TSchema, Type } from '@sinclair/typebox';
import { LogOutputFormat, PresharedKeyStorage, RoutingMode } from '../model/props';
import { CONNECTION_OPTION_FIELDS, CONNECTION_OPTION_NAMES } from '../model/connection-option-fields';
import { allowedText, TUNNEL_OPTION_FIELDS, TUNNEL_OPTION_NAMES, TunnelOptionField } from '../model/tunnel-option-fields';

/** A closed set of strings, as JSON Schema `anyOf` of constants (editors complete them). */
function oneOf(values: Record<string, string>, description: string): TSchema {
  return Type.Union(
    Object.values(values).map((v) => Type.Literal(v)),
    { description },
  );
}

const closed = { additionalProperties: false } as const;
const str = (description: string) => Type.String({ description });
const int = (description: string) => Type.Integer({ description });
const opt = Type.Optional;

const Tags = Type.Record(Type.String(), Type.String(), { description: 'Tags: string keys and values' });

export const TunnelLogOptionsSchema = Type.Object(
  {
    logEnabled: opt(Type.Boolean({ description: 'Send tunnel activity logs to CloudWatch Logs' })),
    logGroupArn: opt(str('Log group ARN for tunnel activity logs')),
    logOutputFormat: opt(oneOf(LogOutputFormat, 'Tunnel log format')),
    bgpLogEnabled: opt(Type.Boolean({ description: 'Send BGP logs to CloudWatch Logs' })),
    bgpLogGroupArn: opt(str('Log group ARN for BGP logs')),
    bgpLogOutputFormat: opt(oneOf(LogOutputFormat, 'BGP log format')),
  },
  closed,
);

/**
 * The schema of one tunnel or connection option, from its row of the field table: its type and a description
 * with the allowed values. Ranges and closed sets of numbers are left to the rules, whose messages
 * name the range; closed sets of strings are `anyOf` constants, so editors complete them.
 */
function optionSchema(field: TunnelOptionField): TSchema {
  const description = `${field.doc} (${allowedText(field)})`;
  switch (field.kind) {
    case 'number':
      return Type.Integer({ description });
    case 'enum':
      return Type.Union(field.values.map((v) => Type.Literal(v)), { description });
    case 'list': {
      const item = field.values.every((v) => typeof v === 'number') ? Type.Integer() : Type.Union(field.values.map((v) => Type.Literal(v as string)));
      return Type.Array(item, { description });
    }
    case 'boolean':
      return Type.Boolean({ description });
    case 'nested':
      return TunnelLogOptionsSchema;
    default:
      return Type.String({ description });
  }
}

export const TunnelOptionsSchema = Type.Object(
  Object.fromEntries(TUNNEL_OPTION_NAMES.map((name) => [name, opt(optionSchema(TUNNEL_OPTION_FIELDS[name]))])),
  closed,
);

const LiveTags = (what: string) =>
  Type.Record(Type.String(), Type.String(), { description: `The live tags of the adopted ${what}, kept exactly (they replace the construct's tags on it)` });

/** Live resources of one device to take over (Terraform import blocks); vpn-adopt writes it. */
export const AdoptedSiteSchema = Type.Object(
  {
    customerGatewayId: opt(str('Live customer gateway (cgw-...) to take over')),
    customerGatewayTags: opt(LiveTags('customer gateway')),
    vpnConnectionId: opt(str('Live VPN connection (vpn-...) to take over; it keeps its live tunnel options (no construct default applies)')),
    vpnConnectionTags: opt(LiveTags('VPN connection')),
  },
  closed,
);

/** Live resources of the whole set to take over. */
export const AdoptedVpnSchema = Type.Object(
  {
    vpnGatewayId: opt(str('Live virtual private gateway (vgw-...) to manage and import (not with vpnGatewayId)')),
    vpnGatewayTags: opt(LiveTags('gateway')),
    alarmTopicArn: opt(str('Live SNS topic ARN to manage and import as the alarm topic')),
    logGroupName: opt(str('Live log group name to manage and import as the tunnel log group')),
    alarms: opt(Type.Boolean({ description: 'The alarms exist under the construct\'s names: import them' })),
  },
  closed,
);

export const CustomerGatewaySchema = Type.Object(
  {
    name: str('Unique device name; part of ids and output names (renaming replaces the VPN)'),
    ipAddress: str('Public IPv4 address of the device'),
    bgpAsn: int('BGP ASN of the device (1–4294967295, not 7224)'),
    deviceName: opt(str('Device name shown in the AWS console')),
    certificateArn: opt(str('Private certificate ARN for certificate authentication')),
    ...Object.fromEntries(CONNECTION_OPTION_NAMES.map((name) => [name, opt(optionSchema(CONNECTION_OPTION_FIELDS[name]))])),
    tunnelOptions: opt(TunnelOptionsSchema),
    tunnel1: opt(TunnelOptionsSchema),
    tunnel2: opt(TunnelOptionsSchema),
    pinTunnelOptions: opt(Type.Boolean({ description: 'Ignore changes to this connection\'s tunnel options (change one connection per deploy)' })),
    adopt: opt(AdoptedSiteSchema),
    tags: opt(Tags),
  },
  closed,
);

export const MonitoringSchema = Type.Object(
  {
    enabled: opt(Type.Boolean({ description: 'Create the TunnelState alarms (default true)' })),
    alarmTopicArn: opt(str('SNS topic ARN the alarms notify; default: a topic is created')),
    topicKmsMasterKeyId: opt(str('Customer managed KMS key for the created topic (not alias/aws/sns)')),
    periodSeconds: opt(int('Alarm period in seconds: 60 or a multiple of 60 (default 300)')),
    degradedEvaluationPeriods: opt(int('Periods a tunnel must be down before a degraded alarm (default 3)')),
    outageEvaluationPeriods: opt(int('Periods with no tunnel up before the outage alarm (default 2)')),
  },
  closed,
);

export const LoggingSchema = Type.Object(
  {
    enabled: opt(Type.Boolean({ description: 'Send tunnel logs to CloudWatch Logs (default true)' })),
    logGroupArn: opt(str('Existing log group ARN; default: /aws/vpn/<name> is created')),
    retentionInDays: opt(int('Retention of the created log group in days (default 90)')),
    kmsKeyArn: opt(str('KMS key ARN for the created log group')),
    outputFormat: opt(oneOf(LogOutputFormat, 'Log format (default json)')),
    bgpLogs: opt(Type.Boolean({ description: 'Also send BGP logs (default: true with dynamic routing)' })),
  },
  closed,
);

export const VpnSchema = Type.Object(
  {
    vpcId: opt(str('VPC to attach the virtual private gateway to')),
    vpnGatewayId: opt(str('Import this existing virtual private gateway (vgw-...)')),
    vpnGatewayAttached: opt(Type.Boolean({ description: 'The imported gateway is already attached' })),
    amazonSideAsn: opt(int('Amazon-side ASN (64512–65534 or 4200000000–4294967294), default 64512')),
    routeTableIds: opt(Type.Array(str('Route table id (rtb-...)'))),
    routing: opt(oneOf(RoutingMode, 'static or dynamic (BGP); default dynamic')),
    staticRoutes: opt(Type.Array(str('On-premises IPv4 CIDR'))),
    customerGateways: Type.Array(CustomerGatewaySchema, { description: 'Two or more devices' }),
    tunnelOptions: opt(TunnelOptionsSchema),
    monitoring: opt(MonitoringSchema),
    logging: opt(LoggingSchema),
    presharedKeyStorage: opt(oneOf(PresharedKeyStorage, 'Where AWS keeps the pre-shared keys (default Standard)')),
    preventDestroy: opt(Type.Boolean({ description: 'prevent_destroy on the connections and the created VGW' })),
    adopt: opt(AdoptedVpnSchema),
    name: opt(str('Name tag prefix; default the construct id')),
    tags: opt(Tags),
    acknowledgedWarnings: opt(
      Type.Record(Type.String(), Type.String(), { description: 'Warnings accepted on purpose: rule id (docs/validation.md) → the reason' }),
    ),
  },
  closed,
);

/** How the AWS provider of a stack gets into the stack's account. */
export const AssumeRoleSchema = Type.Object(
  {
    roleArn: str('IAM role the AWS provider assumes: arn:aws:iam::<accountId>:role/<name>'),
    sessionName: opt(str('STS session name (2–64 of A–Z a–z 0–9 _+=,.@-); default "vpn-<stack name>"')),
    externalId: opt(str('External id the role\'s trust policy requires (2–1224 characters)')),
  },
  closed,
);

/** Remote state in S3: one object per stack; encryption and the S3 lock file are always on. */
export const BackendSchema = Type.Object(
  {
    bucket: str('S3 bucket holding the Terraform state'),
    region: str('Region of the state bucket'),
    key: opt(str('State object key; default "site-to-site-vpn/<stack name>.tfstate"')),
    dynamodbTable: opt(str('DynamoDB lock table, only while migrating to the S3 lock file (deprecated by Terraform 1.11)')),
    roleArn: opt(str('IAM role the backend assumes to read and write the state')),
  },
  closed,
);

const DefaultTags = Type.Record(Type.String(), Type.String(), { description: 'Provider default tags: on every taggable resource of the stack' });

/** The fields of a stack entry besides its name; every one may also come from `defaults`. */
const stackFields = {
  region: str('AWS region, e.g. eu-west-1'),
  accountId: opt(str('12-digit AWS account id, as a string; the provider refuses credentials of any other account')),
  assumeRole: opt(AssumeRoleSchema),
  assumeRoleArn: opt(str('Shorthand for assumeRole.roleArn')),
  tags: opt(DefaultTags),
  backend: opt(BackendSchema),
  vpn: VpnSchema,
};

/** The same fields, all optional, objects partial: what `defaults` and a stack entry may give. */
const layerFields = {
  region: opt(stackFields.region),
  accountId: stackFields.accountId,
  assumeRole: opt(Type.Partial(AssumeRoleSchema)),
  assumeRoleArn: stackFields.assumeRoleArn,
  tags: stackFields.tags,
  backend: opt(Type.Partial(BackendSchema)),
  vpn: opt(Type.Partial(VpnSchema)),
};

const STACK_NAME = 'Stack name: unique; letters, digits, ".", "_", "-" (no whitespace or glob characters)';

/** One stack after `defaults` are merged in: what {@link VpnStack} builds. */
export const StackSchema = Type.Object({ name: str(STACK_NAME), ...stackFields }, closed);

/** A stack entry as written in the file: a name, and whatever `defaults` does not give. */
export const StackEntrySchema = Type.Object({ name: str(STACK_NAME), ...layerFields }, closed);

/** Merged under every stack entry (objects deep-merged, the stack's values win, arrays replaced). */
export const DefaultsSchema = Type.Object(layerFields, {
  ...closed,
  description: 'Merged under every stack: objects deep-merged, the stack\'s own values win, arrays replaced whole',
});

export const ConfigSchema = Type.Object(
  {
    $schema: opt(Type.String()),
    defaults: opt(DefaultsSchema),
    stacks: Type.Array(StackEntrySchema, { minItems: 1 }),
  },
  { ...closed, title: 'Redundant Site-to-Site VPN config' },
);
