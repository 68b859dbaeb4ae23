/**
 * The tunnel-option field table: one row per field of {@link TunnelOptions}, stating its provider
 * argument, its kind, what AWS allows, AWS's default and a one-line description.
 *
 * Everything else about a tunnel option is derived from this table: the props → provider argument
 * mapping (`tunnel-options.ts`), the config schema fragment (`config/schema.ts`), the AWS defaults
 * (`aws-defaults.ts`), the range, enum and list rules (`validation/rules/lookups.ts`) and the
 * options table in `docs/tunnel-options.md` (`npm run docs:tables`). The `satisfies` clause makes a field
 * of `TunnelOptions` without a row, or a row without a field, a compile error.
 *
 * Sources: provider 6.25 `aws_vpn_connection` `tunnelN_*` validators (IntBetween, IntAtLeast,
 * StringInSlice) and EC2 API `VpnTunnelOptionsSpecification` (allowed values and defaults).
 * Loads no cdktf module: the device-config CLI imports it.
 */
import {
  DpdTimeoutAction,
  EncryptionAlgorithm,
  IkeVersion,
  IntegrityAlgorithm,
  StartupAction,
  TunnelOptions,
} from './props';

/** How a field's value is shaped, and so how it is checked, mapped and documented. */
export type TunnelOptionKind = 'number' | 'enum' | 'list' | 'cidr' | 'string' | 'boolean' | 'nested';

interface FieldBase {
  /** The provider argument after `tunnelN_`, e.g. `phase1_lifetime_seconds`. */
  readonly argument: string;
  /** One line: what the option does. */
  readonly doc: string;
  /** Changing the value replaces the VPN connection (provider `ForceNew`). */
  readonly replacesConnection?: boolean;
}

/** A whole number in a range. */
export interface NumberField extends FieldBase {
  readonly kind: 'number';
  readonly min: number;
  /** Largest value; unset means the EC2 API's 32-bit limit (shown as "or more"). */
  readonly max?: number;
  readonly unit: 'seconds' | 'percent' | 'packets';
  /** A cross-field condition appended to the allowed range in messages and docs. */
  readonly note?: string;
  readonly awsDefault: number;
}

/** One value of a closed set (case-sensitive). */
export interface EnumField<T extends string> extends FieldBase {
  readonly kind: 'enum';
  readonly values: readonly T[];
  readonly awsDefault: T;
}

/** A non-empty list of distinct values from a closed set; unset means AWS's default list. */
export interface ListField<T> extends FieldBase {
  readonly kind: 'list';
  readonly values: readonly T[];
  readonly awsDefault: readonly T[];
  /** How the allowed set reads in messages, when not `one of "a", "b"; case-sensitive`. */
  readonly allowedText?: string;
  /** The rule a bad entry breaks, when not `not an allowed value`. */
  readonly badEntry?: string;
}

/** An IPv4 or IPv6 CIDR; AWS picks one when unset. */
export interface CidrField extends FieldBase {
  readonly kind: 'cidr';
  readonly allowedText: string;
  /** What AWS does when unset (words: there is no single value). */
  readonly awsDefault: string;
}

/** Free text with a format rule of its own (the pre-shared key). */
export interface StringField extends FieldBase {
  readonly kind: 'string';
  readonly allowedText: string;
  readonly awsDefault: string;
  /** Never echoed in messages, outputs or docs examples. */
  readonly secret?: boolean;
}

export interface BooleanField extends FieldBase {
  readonly kind: 'boolean';
  readonly awsDefault: boolean;
}

/** A block of its own fields (`tunnelN_log_options { cloudwatch_log_options { … } }`). */
export interface NestedField extends FieldBase {
  readonly kind: 'nested';
  /** The single block inside the argument, e.g. `cloudwatch_log_options`. */
  readonly block: string;
  readonly awsDefault: string;
}

/** The row type a field of the given value type must have (a list field gets a list row, …). */
export type FieldFor<T> = [T] extends [readonly (infer E)[]]
  ? ListField<E>
  : [T] extends [boolean]
    ? BooleanField
    : [T] extends [number]
      ? NumberField
      : [T] extends [string]
        ? string extends T
          ? StringField | CidrField
          : EnumField<T>
        : NestedField;

/** One row per field of `TunnelOptions`, of the kind its type calls for. */
export type TunnelOptionFieldTable = { readonly [K in keyof TunnelOptions]-?: FieldFor<NonNullable<TunnelOptions[K]>> };

/** Any row of the table. */
export type TunnelOptionField = TunnelOptionFieldTable[keyof TunnelOptionFieldTable];

/** Phase 1 DH groups AWS allows (2, 14–24), and offers when `phase1DhGroupNumbers` is unset. */
const PHASE1_DH_GROUPS: readonly number[] = [2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24];
/** Phase 2 DH groups AWS allows (2, 5, 14–24), and offers when `phase2DhGroupNumbers` is unset. */
const PHASE2_DH_GROUPS: readonly number[] = [2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24];

const IKE_VERSIONS: readonly IkeVersion[] = Object.values(IkeVersion);
const ENCRYPTION: readonly EncryptionAlgorithm[] = Object.values(EncryptionAlgorithm);
const INTEGRITY: readonly IntegrityAlgorithm[] = Object.values(IntegrityAlgorithm);

/** The table, in the provider's argument order. */
export const TUNNEL_OPTION_FIELDS = {
  insideCidr: {
    kind: 'cidr',
    argument: 'inside_cidr',
    doc: 'The /30 inside CIDR of the tunnel (BGP peering addresses)',
    allowedText: 'a /30 in 169.254.0.0/16, not 169.254.0.0–5.0/30 or 169.254.169.252/30, unique on the gateway',
    awsDefault: 'AWS picks a free /30',
    replacesConnection: true,
  },
  insideIpv6Cidr: {
    kind: 'cidr',
    argument: 'inside_ipv6_cidr',
    doc: 'IPv6 inside CIDR of the tunnel',
    allowedText: 'transit gateway only: always rejected on a virtual private gateway',
    awsDefault: 'none',
    replacesConnection: true,
  },
  presharedKey: {
    kind: 'string',
    argument: 'preshared_key',
    doc: 'Pre-shared key; prefer a sensitive variable token, or leave it unset',
    allowedText: '8–64 characters from A–Z a–z 0–9 "." "_", not starting with "0"',
    awsDefault: 'AWS generates a key',
    secret: true,
  },
  ikeVersions: {
    kind: 'list',
    argument: 'ike_versions',
    doc: 'IKE versions allowed',
    values: IKE_VERSIONS,
    awsDefault: IKE_VERSIONS,
  },
  phase1EncryptionAlgorithms: {
    kind: 'list',
    argument: 'phase1_encryption_algorithms',
    doc: 'Phase 1 encryption algorithms',
    values: ENCRYPTION,
    awsDefault: ENCRYPTION,
  },
  phase1IntegrityAlgorithms: {
    kind: 'list',
    argument: 'phase1_integrity_algorithms',
    doc: 'Phase 1 integrity algorithms',
    values: INTEGRITY,
    awsDefault: INTEGRITY,
  },
  phase1DhGroupNumbers: {
    kind: 'list',
    argument: 'phase1_dh_group_numbers',
    doc: 'Phase 1 Diffie-Hellman group numbers',
    values: PHASE1_DH_GROUPS,
    awsDefault: PHASE1_DH_GROUPS,
    allowedText: 'phase 1 allows 2, 14–24',
    badEntry: 'not a phase 1 DH group',
  },
  phase1LifetimeSeconds: {
    kind: 'number',
    argument: 'phase1_lifetime_seconds',
    doc: 'Phase 1 (IKE SA) lifetime',
    min: 900,
    max: 28800,
    unit: 'seconds',
    awsDefault: 28800,
  },
  phase2EncryptionAlgorithms: {
    kind: 'list',
    argument: 'phase2_encryption_algorithms',
    doc: 'Phase 2 encryption algorithms',
    values: ENCRYPTION,
    awsDefault: ENCRYPTION,
  },
  phase2IntegrityAlgorithms: {
    kind: 'list',
    argument: 'phase2_integrity_algorithms',
    doc: 'Phase 2 integrity algorithms',
    values: INTEGRITY,
    awsDefault: INTEGRITY,
  },
  phase2DhGroupNumbers: {
    kind: 'list',
    argument: 'phase2_dh_group_numbers',
    doc: 'Phase 2 Diffie-Hellman group numbers',
    values: PHASE2_DH_GROUPS,
    awsDefault: PHASE2_DH_GROUPS,
    allowedText: 'phase 2 allows 2, 5, 14–24',
    badEntry: 'not a phase 2 DH group',
  },
  phase2LifetimeSeconds: {
    kind: 'number',
    argument: 'phase2_lifetime_seconds',
    doc: 'Phase 2 (IPsec SA) lifetime',
    min: 900,
    max: 3600,
    unit: 'seconds',
    note: 'less than the phase 1 lifetime',
    awsDefault: 3600,
  },
  rekeyMarginTimeSeconds: {
    kind: 'number',
    argument: 'rekey_margin_time_seconds',
    doc: 'Time before the phase 2 lifetime ends at which AWS rekeys',
    min: 60,
    max: 1800,
    unit: 'seconds',
    note: 'at most half the phase 2 lifetime',
    awsDefault: 270,
  },
  rekeyFuzzPercentage: {
    kind: 'number',
    argument: 'rekey_fuzz_percentage',
    doc: 'Random share of the rekey margin added to spread rekeys',
    min: 0,
    max: 100,
    unit: 'percent',
    awsDefault: 100,
  },
  replayWindowSize: {
    kind: 'number',
    argument: 'replay_window_size',
    doc: 'IKE replay window size',
    min: 64,
    max: 2048,
    unit: 'packets',
    awsDefault: 1024,
  },
  dpdTimeoutSeconds: {
    kind: 'number',
    argument: 'dpd_timeout_seconds',
    doc: 'Dead peer detection timeout',
    min: 30,
    unit: 'seconds',
    awsDefault: 30,
  },
  dpdTimeoutAction: {
    kind: 'enum',
    argument: 'dpd_timeout_action',
    doc: 'What AWS does after a dead peer detection timeout',
    values: Object.values(DpdTimeoutAction),
    awsDefault: DpdTimeoutAction.CLEAR,
  },
  startupAction: {
    kind: 'enum',
    argument: 'startup_action',
    doc: 'Who initiates IKE; "start" needs ikeVersions exactly ["ikev2"]',
    values: Object.values(StartupAction),
    awsDefault: StartupAction.ADD,
  },
  enableTunnelLifecycleControl: {
    kind: 'boolean',
    argument: 'enable_tunnel_lifecycle_control',
    doc: 'Lets you control when AWS replaces the tunnel endpoint during maintenance',
    awsDefault: false,
  },
  logOptions: {
    kind: 'nested',
    argument: 'log_options',
    block: 'cloudwatch_log_options',
    doc: 'CloudWatch Logs for tunnel activity and BGP',
    awsDefault: 'no logs (the construct turns them on: see logging)',
  },
} as const satisfies TunnelOptionFieldTable;

/** The option names in table order. */
export const TUNNEL_OPTION_NAMES = Object.keys(TUNNEL_OPTION_FIELDS) as (keyof TunnelOptions)[];

/** The EC2 API's integers are 32-bit: the largest value of a range without its own maximum. */
export const INT32_MAX = 2147483647;

/** A number row's allowed values as messages and docs show them: `900–3600 seconds, less than …`. */
export function rangeText(field: NumberField): string {
  const range = field.max === undefined ? `${field.min} ${field.unit} or more` : `${field.min}–${field.max} ${field.unit}`;
  return field.note ? `${range}, ${field.note}` : range;
}

/** The closed set as messages show it: `one of "a", "b"; case-sensitive`. */
export function oneOfText(values: readonly (string | number)[], caseSensitive = true): string {
  return `one of ${values.map((v) => JSON.stringify(v)).join(', ')}${caseSensitive ? '; case-sensitive' : ''}`;
}

/** Any row's allowed values, in words (docs and the config schema's descriptions). */
export function allowedText(field: TunnelOptionField): string {
  switch (field.kind) {
    case 'number':
      return rangeText(field);
    case 'enum':
      return oneOfText(field.values);
    case 'list':
      return field.allowedText ?? oneOfText(field.values);
    case 'cidr':
    case 'string':
      return field.allowedText;
    case 'boolean':
      return 'true or false';
    case 'nested':
      return 'see the log options';
  }
}

/** AWS's default in words (docs): lists joined, numbers with their unit. */
export function awsDefaultText(field: TunnelOptionField): string {
  switch (field.kind) {
    case 'number':
      return `${field.awsDefault} ${field.unit}`;
    case 'list':
      return field.awsDefault.join(', ');
    default:
      return String(field.awsDefault);
  }
}
