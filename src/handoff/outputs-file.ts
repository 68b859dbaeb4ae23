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
import type { VpnHandoff } from '../model/handoff';

export type { ConnectionHandoff, TunnelHandoff, VpnHandoff } from '../model/handoff';

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
  // A hand-off file (`npm run handoff`): { stack, vpns: { <construct id>: <hand-off> } }; keys never travel in it.
  if (found.length === 0 && typeof outputsFile.stack === 'string' && isPlainObject(outputsFile.vpns)) {
    for (const [vpn, handoff] of Object.entries(outputsFile.vpns)) {
      if (isHandoff(handoff)) found.push({ stack: outputsFile.stack, vpn, handoff, presharedKeys: {} });
    }
  }
  if (found.length === 0) {
    throw new Error(
      `${source}: no RedundantVpn hand-off found (expected the file \`cdktf output --outputs-file\` wrote for a stack that uses RedundantVpn, a hand-off file, or the bare value of the handoff output)`,
    );
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
