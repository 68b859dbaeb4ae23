/**
 * A Terraform state (v4 JSON) that says "this stack is deployed": the planned values of a create
 * plan of the stack, with every value known only after apply filled in with a plausible one (ids
 * such as `vpn-0123…`, tunnel outside and inside addresses, fake pre-shared keys, the customer
 * gateway configuration XML). `terraform plan -refresh=false` of a changed stack against it is
 * then what a real deploy of the change would plan, without an AWS account.
 *
 * References are resolved the way Terraform would after apply: an unknown argument whose
 * configuration is `${aws_x.y.attr}` gets the value filled in for `aws_x.y`.
 */
import { createHash } from 'crypto';

type Json = Record<string, any>;

/** The fake pre-shared key the state gives tunnel `n` of the connection at `address` (test-only, never a real key). */
export function fakePresharedKey(address: string, n: 1 | 2): string {
  return `FakeKey_${hex(address, 10)}_t${n}`;
}

/** A stable lower-case hex string of `length` digits derived from `seed`. */
function hex(seed: string, length: number): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, length);
}

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';

/** Values AWS computes for a VPN connection that nothing else decides. */
const CONNECTION_DEFAULTS: Json = {
  enable_acceleration: false,
  local_ipv4_network_cidr: '0.0.0.0/0',
  remote_ipv4_network_cidr: '0.0.0.0/0',
  local_ipv6_network_cidr: '',
  remote_ipv6_network_cidr: '',
  outside_ip_address_type: 'PublicIpv4',
  preshared_key_arn: '',
  preshared_key_storage: 'Standard',
  tunnel_inside_ip_version: 'ipv4',
  transit_gateway_attachment_id: '',
  core_network_arn: '',
  core_network_attachment_arn: '',
  routes: [],
  vgw_telemetry: [],
  tunnel1_inside_ipv6_cidr: '',
  tunnel2_inside_ipv6_cidr: '',
};

/** The id AWS (or the provider) gives a new resource, for the types whose id stands alone. */
function ownId(type: string, address: string, values: Json): string | undefined {
  switch (type) {
    case 'aws_vpn_connection':
      return `vpn-0${hex(address, 16)}`;
    case 'aws_customer_gateway':
      return `cgw-0${hex(address, 16)}`;
    case 'aws_vpn_gateway':
      return `vgw-0${hex(address, 16)}`;
    case 'aws_vpn_gateway_attachment':
      return `vpn-attachment-${hex(address, 8)}`;
    case 'aws_cloudwatch_log_group':
      return values.name;
    case 'aws_cloudwatch_metric_alarm':
    case 'aws_cloudwatch_composite_alarm':
      return values.alarm_name;
    case 'aws_sns_topic':
      return `arn:aws:sns:${REGION}:${ACCOUNT}:${values.name ?? hex(address, 8)}`;
    default:
      return undefined;
  }
}

function arnOf(type: string, id: string): string | undefined {
  const ec2 = (kind: string) => `arn:aws:ec2:${REGION}:${ACCOUNT}:${kind}/${id}`;
  switch (type) {
    case 'aws_vpn_connection':
      return ec2('vpn-connection');
    case 'aws_customer_gateway':
      return ec2('customer-gateway');
    case 'aws_vpn_gateway':
      return ec2('vpn-gateway');
    case 'aws_cloudwatch_log_group':
      return `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${id}`;
    case 'aws_cloudwatch_metric_alarm':
    case 'aws_cloudwatch_composite_alarm':
      return `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${id}`;
    case 'aws_sns_topic':
      return id;
    default:
      return undefined;
  }
}

/** The tunnel addresses AWS would assign: distinct outside IPs (TEST-NET-3) and /30 inside CIDRs from 169.254.0.0/16. */
class AddressPool {
  private outside = 0;
  private inside = 0;
  nextOutside(): string {
    this.outside += 1;
    return `203.0.113.${this.outside}`;
  }
  nextInside(): string {
    const i = this.inside++;
    return `169.254.${100 + Math.floor(i / 64)}.${(i % 64) * 4}/30`;
  }
}

function insideHost(cidr: string, host: number): string {
  const [base] = cidr.split('/');
  const parts = base.split('.').map(Number);
  parts[3] += host;
  return parts.join('.');
}

/** The customer gateway configuration XML AWS returns (shortened): it holds both keys, like the real one. */
function gatewayConfigurationXml(id: string, values: Json): string {
  const tunnel = (n: 1 | 2) =>
    `<ipsec_tunnel><vpn_gateway><tunnel_outside_address><ip_address>${values[`tunnel${n}_address`]}</ip_address></tunnel_outside_address></vpn_gateway>` +
    `<ike><pre_shared_key>${values[`tunnel${n}_preshared_key`]}</pre_shared_key></ike></ipsec_tunnel>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<vpn_connection id="${id}">${tunnel(1)}${tunnel(2)}</vpn_connection>`;
}

/** Fills a connection's own computed values (after its id is known and the references are resolved). */
function fillConnection(address: string, values: Json, unknown: Json, pool: AddressPool): void {
  const set = (key: string, value: unknown) => {
    if (unknown[key] === true) values[key] = value;
  };
  for (const [key, value] of Object.entries(CONNECTION_DEFAULTS)) set(key, value);
  for (const n of [1, 2] as const) {
    set(`tunnel${n}_address`, pool.nextOutside());
    set(`tunnel${n}_inside_cidr`, pool.nextInside());
    const cidr = values[`tunnel${n}_inside_cidr`] as string;
    set(`tunnel${n}_cgw_inside_address`, insideHost(cidr, 2));
    set(`tunnel${n}_vgw_inside_address`, insideHost(cidr, 1));
    set(`tunnel${n}_preshared_key`, fakePresharedKey(address, n));
    set(`tunnel${n}_bgp_asn`, '65010');
    set(`tunnel${n}_bgp_holdtime`, 30);
  }
  set('customer_gateway_configuration', gatewayConfigurationXml(values.id, values));
}

interface Instance {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly values: Json;
  readonly unknown: Json;
  readonly config: Json;
  /** The plan's `after_sensitive`: what the state marks sensitive (as a deployed state does). */
  readonly sensitive: Json;
}

/** `after_sensitive` as the state's `sensitive_attributes` paths. */
function sensitivePaths(marks: any, prefix: Json[] = []): Json[][] {
  if (marks === true) return [prefix];
  if (!marks || typeof marks !== 'object') return [];
  return Object.entries(marks).flatMap(([key, m]) =>
    sensitivePaths(m, [...prefix, Array.isArray(marks) ? { type: 'index', value: { value: Number(key), type: 'number' } } : { type: 'get_attr', value: key }]),
  );
}

/** `${aws_x.y.attr}` in a configuration string, with the filled values; undefined while one is still unknown. */
function resolveTemplate(template: string, byAddress: Map<string, Instance>): string | undefined {
  let missing = false;
  const text = template.replace(/\$\{([a-z0-9_]+\.[^.}]+)\.([a-z0-9_]+)\}/g, (_, address: string, attr: string) => {
    const value = byAddress.get(address)?.values[attr];
    if (value === undefined || value === null) missing = true;
    return String(value);
  });
  return missing ? undefined : text;
}

/** Fills `values` wherever `unknown` is true and the configuration expression names a reference. */
function fillReferences(values: any, unknown: any, expr: any, byAddress: Map<string, Instance>): boolean {
  let progress = false;
  if (!unknown || typeof unknown !== 'object' || !values || typeof values !== 'object') return false;
  for (const key of Object.keys(unknown)) {
    const u = unknown[key];
    const e = Array.isArray(expr) ? expr[Number(key)] : expr?.[key];
    if (u === true) {
      const constant = e?.constant_value;
      let filled: unknown;
      if (typeof constant === 'string') filled = resolveTemplate(constant, byAddress);
      else if (Array.isArray(constant) && constant.every((c) => typeof c === 'string')) {
        const items = constant.map((c: string) => resolveTemplate(c, byAddress));
        filled = items.every((i) => i !== undefined) ? items : undefined;
      }
      if (filled !== undefined) {
        values[key] = filled;
        unknown[key] = false;
        progress = true;
      }
    } else if (typeof u === 'object' && u !== null) {
      if (values[key] === undefined || values[key] === null) values[key] = Array.isArray(u) ? [] : {};
      if (fillReferences(values[key], u, e, byAddress)) progress = true;
    }
  }
  return progress;
}

/**
 * The state a create plan (`terraform show -json` of a plan with no state) leads to once applied.
 * `schemaVersions` is the provider's schema version per resource type (see TerraformDir).
 */
export function stateFromCreatePlan(createPlan: Json, schemaVersions: Record<string, number>): Json {
  const changes = new Map<string, Json>((createPlan.resource_changes ?? []).map((rc: Json) => [rc.address, rc]));
  const configs = new Map<string, Json>((createPlan.configuration?.root_module?.resources ?? []).map((r: Json) => [r.address, r]));
  const instances: Instance[] = (createPlan.planned_values?.root_module?.resources ?? [])
    .filter((r: Json) => r.mode === 'managed')
    .map((r: Json) => ({
      address: r.address,
      type: r.type,
      name: r.name,
      values: JSON.parse(JSON.stringify(r.values)),
      unknown: JSON.parse(JSON.stringify(changes.get(r.address)?.change?.after_unknown ?? {})),
      config: configs.get(r.address)?.expressions ?? {},
      sensitive: changes.get(r.address)?.change?.after_sensitive ?? {},
    }));
  const byAddress = new Map(instances.map((i) => [i.address, i]));
  const pool = new AddressPool();

  // 1. The ids and ARNs that stand alone.
  for (const i of instances) {
    const id = ownId(i.type, i.address, i.values);
    if (id !== undefined && i.unknown.id === true) {
      i.values.id = id;
      i.unknown.id = false;
    }
    const arn = i.values.id ? arnOf(i.type, i.values.id) : undefined;
    if (arn !== undefined && i.unknown.arn === true) {
      i.values.arn = arn;
      i.unknown.arn = false;
    }
  }
  // 2. References between resources, until nothing more resolves.
  for (let round = 0; round < 10; round++) {
    let progress = false;
    for (const i of instances) if (fillReferences(i.values, i.unknown, i.config, byAddress)) progress = true;
    if (!progress) break;
  }
  // 3. Ids made of other ids, and what AWS computes for a connection.
  for (const i of instances) {
    if (i.type === 'aws_vpn_connection_route' && i.unknown.id === true) i.values.id = `${i.values.destination_cidr_block}:${i.values.vpn_connection_id}`;
    if (i.type === 'aws_vpn_gateway_route_propagation' && i.unknown.id === true) i.values.id = `${i.values.vpn_gateway_id}_${i.values.route_table_id}`;
    if (i.type === 'aws_vpn_connection') fillConnection(i.address, i.values, i.unknown, pool);
  }
  // Whatever is still unknown is computed and decided by nothing here: null, as a provider may leave it.
  const clearUnknown = (values: any, unknown: any) => {
    if (!unknown || typeof unknown !== 'object' || !values || typeof values !== 'object') return;
    for (const key of Object.keys(unknown)) {
      if (unknown[key] === true && values[key] === undefined) values[key] = null;
      else if (typeof unknown[key] === 'object') clearUnknown(values[key], unknown[key]);
    }
  };
  for (const i of instances) clearUnknown(i.values, i.unknown);

  return {
    version: 4,
    terraform_version: createPlan.terraform_version ?? '1.11.4',
    serial: 1,
    lineage: `00000000-0000-4000-8000-${hex(JSON.stringify([...byAddress.keys()]), 12)}`,
    outputs: {},
    resources: instances.map((i) => ({
      mode: 'managed',
      type: i.type,
      name: i.name,
      provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [{ schema_version: schemaVersions[i.type] ?? 0, attributes: i.values, sensitive_attributes: sensitivePaths(i.sensitive) }],
    })),
  };
}

/** Every pre-shared key and customer gateway configuration in a state: what no report may contain. */
export function secretsInState(state: Json): string[] {
  const secrets: string[] = [];
  for (const r of state.resources ?? []) {
    if (r.type !== 'aws_vpn_connection') continue;
    for (const inst of r.instances) {
      const a = inst.attributes;
      for (const key of ['tunnel1_preshared_key', 'tunnel2_preshared_key', 'customer_gateway_configuration']) if (a[key]) secrets.push(a[key]);
    }
  }
  return secrets;
}
