/**
 * The hand-off contract, stated once: what the construct's `<prefix>_handoff` output holds, what
 * the hand-off files carry and what `vpn-device-config` reads. Written with TypeBox so the same
 * statement is the TypeScript type (`Static<…>`), the runtime check of a file someone hands us, and
 * the published JSON Schema (`handoff.schema.json`, kept current by a test).
 *
 * Values AWS assigns at apply time (ids, outside and inside addresses, AWS's BGP ASN) are Terraform
 * references in the synthesized output and plain strings after `cdktf output`: both are strings
 * here. Values known at synth (the effective crypto after precedence, timers, MTU/MSS) are plain.
 * No secret is part of the contract: a key is named by where it is, never by its value.
 */
import { Static, TSchema, Type } from '@sinclair/typebox';

const str = (description: string) => Type.String({ description });
const int = (description: string) => Type.Integer({ description });
const strings = (description: string) => Type.Array(Type.String(), { description });
const opt = Type.Optional;

/** One phase (IKE SA or IPsec SA) of a tunnel: every algorithm AWS accepts, after AWS defaults. */
export const PhaseCryptoSchema = Type.Object(
  {
    encryption: strings('Encryption algorithms AWS accepts (AWS names: AES128, AES256, AES128-GCM-16, AES256-GCM-16)'),
    integrity: strings('Integrity algorithms AWS accepts (AWS names: SHA1, SHA2-256, SHA2-384, SHA2-512); unused with GCM'),
    dh_groups: Type.Array(Type.Integer(), { description: 'Diffie-Hellman group numbers (IANA) AWS accepts; on phase 2 they make PFS mandatory' }),
    lifetime_seconds: int('SA lifetime in seconds'),
  },
  { additionalProperties: false, description: 'Algorithms and lifetime of one phase' },
);

/** Where a tunnel's pre-shared key is: a sensitive output field, or a Secrets Manager secret. */
export const KeyLocationSchema = Type.Object(
  {
    sensitive_output: opt(str('Name of the sensitive Terraform output that holds the key (`<prefix>_secrets`)')),
    field: opt(str('Path of the key inside that output: `<customer gateway>.tunnel<N>_preshared_key`')),
    secrets_manager_arn: opt(str('ARN of the Secrets Manager secret with the keys (SecretsManager key storage)')),
  },
  { additionalProperties: false, description: 'Where the pre-shared key is (never the key itself)' },
);

/** One tunnel of a connection. */
export const TunnelHandoffSchema = Type.Object(
  {
    tunnel: int('Tunnel number within the VPN connection (1 or 2)'),
    outside_address: str('AWS outside (public) address of the tunnel: the IKE peer'),
    inside_cidr: str('Inside /30 of the tunnel'),
    cgw_inside_address: str('Customer-side inside address (169.254.x.y)'),
    vgw_inside_address: str('AWS-side inside address: the BGP neighbour'),
    bgp_asn: str('Amazon-side BGP ASN as AWS reports it for this tunnel'),
    bgp_holdtime: Type.Union([Type.Integer(), Type.String()], { description: 'BGP hold time AWS reports for this tunnel (seconds)' }),
    bgp_keepalive_seconds: opt(int('BGP keepalive AWS uses (10 s)')),
    bgp_hold_seconds: opt(int('BGP hold time AWS uses (30 s)')),
    ike_versions: opt(strings('IKE versions AWS accepts (ikev1, ikev2)')),
    phase1: opt(PhaseCryptoSchema),
    phase2: opt(PhaseCryptoSchema),
    rekey_margin_seconds: opt(int('AWS rekeys within this many seconds before a lifetime ends')),
    rekey_fuzz_percentage: opt(int('Random share of the rekey margin (percent)')),
    replay_window_packets: opt(int('IKE replay window (packets)')),
    dpd_timeout_seconds: opt(int('Dead peer detection timeout (seconds)')),
    dpd_timeout_action: opt(str('What AWS does when DPD times out: clear, none or restart')),
    startup_action: opt(str('add: the device initiates; start: AWS initiates')),
    mtu_bytes: opt(int('Recommended tunnel interface MTU for the algorithms AWS may negotiate (AWS best practice)')),
    mss_bytes: opt(int('Recommended TCP MSS clamp on the tunnel interface (IPv4)')),
    key_location: opt(KeyLocationSchema),
  },
  { additionalProperties: false, description: 'One tunnel of a VPN connection' },
);

/** One VPN connection: one customer gateway device, complete on its own. */
export const ConnectionHandoffSchema = Type.Object(
  {
    connection_id: str('VPN connection id'),
    customer_gateway_id: str('Customer gateway id'),
    customer_gateway_ip: str("The device's public address: its IKE identity"),
    customer_gateway_asn: Type.Integer({ description: "The device's BGP ASN" }),
    routing: opt(str('static or dynamic (BGP)')),
    static_routes: opt(strings('Static routing: the on-premises prefixes AWS routes into this connection')),
    vpc_id: opt(str('The VPC behind the gateway: the device routes (static) or learns over BGP (dynamic) its CIDRs')),
    preshared_key_arn: opt(str('ARN of the Secrets Manager secret with the pre-shared keys (SecretsManager key storage only)')),
    tunnels: Type.Array(TunnelHandoffSchema, { description: 'Both tunnels of the connection' }),
  },
  { additionalProperties: false, description: 'One VPN connection (one customer gateway device)' },
);

/** The `<prefix>_handoff` output of one RedundantVpn. */
export const VpnHandoffSchema = Type.Object(
  {
    vpn_gateway_id: str('Virtual private gateway id'),
    amazon_side_asn: Type.Union([Type.Integer(), Type.String()], { description: 'Amazon-side ASN of the gateway' }),
    routing: str('static or dynamic (BGP)'),
    static_routes: strings('Static routing: the on-premises prefixes AWS routes into the tunnels'),
    vpc_id: opt(str('The VPC behind the gateway (when the construct knows it)')),
    connections: Type.Record(Type.String(), ConnectionHandoffSchema, { description: 'Per customer gateway name, its connection' }),
    alarm_topic_arn: opt(str('SNS topic the tunnel-state alarms notify (only when alarms are on)')),
    log_group_arn: opt(str('CloudWatch log group of the tunnel (and BGP) logs (only when logging is on)')),
  },
  { additionalProperties: false, description: 'The secret-free hand-off of one RedundantVpn' },
);

/** A hand-off file (`npm run handoff`): every RedundantVpn of one stack, by construct id. */
export const StackHandoffDocumentSchema = Type.Object(
  {
    stack: str('Stack name'),
    vpns: Type.Record(Type.String(), VpnHandoffSchema, { description: 'Per RedundantVpn construct id, its hand-off' }),
  },
  { additionalProperties: false, title: 'RedundantVpn hand-off file', description: 'Secret-free hand-off of every RedundantVpn of one stack' },
);

export type PhaseCrypto = Static<typeof PhaseCryptoSchema>;
export type KeyLocation = Static<typeof KeyLocationSchema>;
export type TunnelHandoff = Static<typeof TunnelHandoffSchema>;
export type ConnectionHandoff = Static<typeof ConnectionHandoffSchema>;
export type VpnHandoff = Static<typeof VpnHandoffSchema>;
export type StackHandoffDocument = Static<typeof StackHandoffDocumentSchema>;

/** The file name of the published JSON Schema, at the repository root. */
export const HANDOFF_SCHEMA_FILE = 'handoff.schema.json';

/** The JSON Schema document as committed (2-space JSON, trailing newline). */
export function handoffSchemaText(schema: TSchema = StackHandoffDocumentSchema): string {
  // JSON.stringify drops TypeBox's symbol-keyed metadata: what is left is plain JSON Schema.
  return `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...schema }, null, 2)}\n`;
}
