/**
 * Reads what `cdktf output --outputs-file <file>` writes for stacks that use RedundantVpn, and
 * finds each VPN's secret-free `handoff` map (plus, when the file was written with
 * `--outputs-file-include-sensitive-outputs`, its pre-shared keys).
 *
 * The cdktf CLI nests outputs by construct path (`{ stack: { vpn: { handoff: …, secrets: … } } }`);
 * Terraform's own `terraform output -json` is flat with logical names
 * (`{ vpn_handoff: { value: … }, vpn_secrets: { value: …, sensitive: true } }`). Both are accepted
 * so the tools work whichever CLI produced the file.
 */
import { isPlainObject } from '../internal/plain-object';

/** One tunnel as the hand-off output describes it. */
export interface TunnelHandoff {
  readonly tunnel: number;
  readonly outside_address: string;
  readonly inside_cidr: string;
  readonly cgw_inside_address: string;
  readonly vgw_inside_address: string;
  readonly bgp_asn: string;
  readonly bgp_holdtime: number;
}

/** One VPN connection (one customer gateway device). */
export interface ConnectionHandoff {
  readonly connection_id: string;
  readonly customer_gateway_id: string;
  readonly customer_gateway_ip: string;
  readonly customer_gateway_asn: number;
  /** ARN of the Secrets Manager secret with the pre-shared keys (only with `SecretsManager` key storage). */
  readonly preshared_key_arn?: string;
  readonly tunnels: TunnelHandoff[];
}

/** The `<prefix>_handoff` output of one RedundantVpn. */
export interface VpnHandoff {
  readonly vpn_gateway_id: string;
  readonly amazon_side_asn: number;
  readonly routing: string;
  readonly static_routes: string[];
  readonly connections: { [customerGatewayName: string]: ConnectionHandoff };
  /** SNS topic the tunnel-state alarms notify (only when alarms are on). */
  readonly alarm_topic_arn?: string;
  /** CloudWatch log group of the tunnel (and BGP) logs (only when logging is on). */
  readonly log_group_arn?: string;
}

/** A hand-off found in an outputs file, with the sensitive outputs next to it (if present). */
export interface FoundHandoff {
  /** Stack name (the top-level key of the outputs file). */
  readonly stack: string;
  /** Output prefix / construct id of the RedundantVpn (`vpn` in the app). */
  readonly vpn: string;
  readonly handoff: VpnHandoff;
  /** Pre-shared keys by `<customerGatewayName>_tunnel<N>`; empty when the file has no sensitive outputs. */
  readonly presharedKeys: { [key: string]: string };
}

/** `terraform output -json` wraps each value as `{ value, type, sensitive }`. */
const unwrap = (v: unknown): unknown => (isPlainObject(v) && 'value' in v && 'sensitive' in v ? v.value : v);
/** A hand-off map: an object with `connections` (an object) and `vpn_gateway_id`. */
export const isHandoff = (v: unknown): v is VpnHandoff => isPlainObject(v) && isPlainObject(v.connections) && 'vpn_gateway_id' in v;

/** Every RedundantVpn hand-off in an outputs file; throws with a clear message if there is none. */
export function findHandoffs(outputsFile: unknown, source = 'outputs file'): FoundHandoff[] {
  if (!isPlainObject(outputsFile)) throw new Error(`${source}: expected a JSON object of stacks`);
  const found: FoundHandoff[] = [];
  for (const [stack, outputs] of Object.entries(outputsFile)) {
    if (!isPlainObject(outputs)) continue;
    // Flat form: <prefix>_handoff next to <prefix>_secrets.
    for (const [name, value] of Object.entries(outputs)) {
      const handoff = unwrap(value);
      if (name.endsWith('_handoff') && isHandoff(handoff)) {
        const prefix = name.slice(0, -'_handoff'.length);
        found.push({ stack, vpn: prefix, handoff, presharedKeys: keysFrom(outputs[`${prefix}_secrets`]) });
      }
    }
    // Nested form (cdktf CLI): <construct id>: { handoff, secrets }.
    for (const [constructId, scope] of Object.entries(outputs)) {
      if (isPlainObject(scope) && isHandoff(unwrap(scope.handoff))) {
        found.push({ stack, vpn: constructId, handoff: unwrap(scope.handoff) as VpnHandoff, presharedKeys: keysFrom(scope.secrets) });
      }
    }
  }
  if (found.length === 0) {
    throw new Error(`${source}: no RedundantVpn "handoff" output found (was it written by \`cdktf output --outputs-file\` for a stack that uses RedundantVpn?)`);
  }
  return found;
}

/**
 * Keys from a `secrets` output: `{ <device>: { tunnel1_preshared_key, tunnel2_preshared_key,
 * customer_gateway_configuration } }` (absent when the file was written without sensitive outputs).
 */
function keysFrom(secretsOutput: unknown): { [key: string]: string } {
  const keys: { [key: string]: string } = {};
  const secrets = unwrap(secretsOutput);
  if (!isPlainObject(secrets)) return keys;
  for (const [device, map] of Object.entries(secrets)) {
    if (!isPlainObject(map)) continue;
    for (const n of [1, 2]) {
      const key = map[`tunnel${n}_preshared_key`];
      if (typeof key === 'string' && key !== '') keys[`${device}_tunnel${n}`] = key;
    }
  }
  return keys;
}
