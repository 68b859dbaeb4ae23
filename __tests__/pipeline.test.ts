/** The examples under examples/, synthesized: one stack per account/region entry, as a pipeline deploys them. */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { App } from 'cdktf';
import { buildApp, loadStackSpecs } from '../src/app/run';
import { handoffOf, Json, resources, synthApp } from './support/synth';

const EXAMPLES = resolve(__dirname, '..', 'examples');
const synthExample = (file: string) =>
  synthApp(buildApp({ VPN_CONFIG: join(EXAMPLES, file) }, () => new App({ outdir: mkdtempSync(join(tmpdir(), 'out-')) })));

describe('examples/multi-account.json: two accounts × two regions', () => {
  const stacks = synthExample('multi-account.json');
  const provider = (stack: string): Json => stacks[stack].provider.aws[0];
  const backend = (stack: string): Json => stacks[stack].terraform.backend.s3;

  test('one stack per entry, each with its own provider and nothing shared', () => {
    expect(Object.keys(stacks)).toEqual(['prod-eu-west-1', 'prod-us-east-1', 'shared-eu-west-1', 'shared-us-east-1']);
    for (const json of Object.values(stacks)) {
      expect(json.provider.aws).toHaveLength(1);
      expect(json.data?.terraform_remote_state).toBeUndefined(); // no cross-stack references
    }
  });

  test('provider: region, assume_role (session name derived from the stack), allowed_account_ids, default_tags', () => {
    expect(provider('prod-eu-west-1')).toEqual({
      region: 'eu-west-1',
      allowed_account_ids: ['111111111111'],
      assume_role: [{ role_arn: 'arn:aws:iam::111111111111:role/vpn-deployer', session_name: 'vpn-prod-eu-west-1', external_id: 'acme-vpn-pipeline' }],
      default_tags: [{ tags: { Project: 'site-to-site-vpn', ManagedBy: 'cdktf', CostCenter: 'network', Environment: 'prod' } }],
    });
    expect(provider('shared-us-east-1').region).toBe('us-east-1');
    expect(provider('shared-us-east-1').allowed_account_ids).toEqual(['222222222222']);
  });

  test('the assumeRoleArn shorthand still works and gets the defaults\' external id', () => {
    expect(provider('prod-us-east-1').assume_role).toEqual([
      { role_arn: 'arn:aws:iam::111111111111:role/vpn-deployer', session_name: 'vpn-prod-us-east-1', external_id: 'acme-vpn-pipeline' },
    ]);
  });

  test('a stack overrides defaults: session name, tag values; unset fields keep the defaults', () => {
    expect(provider('shared-eu-west-1').assume_role[0].session_name).toBe('shared-network-pipeline');
    expect(provider('shared-eu-west-1').default_tags[0].tags).toEqual({
      Project: 'site-to-site-vpn',
      ManagedBy: 'cdktf',
      CostCenter: 'platform',
      Environment: 'shared',
    });
  });

  test('backend: S3 per stack, default key from the stack name, encrypt and use_lockfile always on', () => {
    expect(backend('prod-eu-west-1')).toEqual({
      bucket: 'acme-network-terraform-state',
      key: 'site-to-site-vpn/prod-eu-west-1.tfstate',
      region: 'eu-west-1',
      encrypt: true,
      use_lockfile: true,
      assume_role: { role_arn: 'arn:aws:iam::999999999999:role/terraform-state-writer' },
    });
    expect(backend('shared-us-east-1').key).toBe('network/shared-us-east-1/vpn.tfstate');
    expect(backend('shared-us-east-1').bucket).toBe('acme-network-terraform-state');
    const keys = Object.values(stacks).map((json) => json.terraform.backend.s3.key);
    expect(new Set(keys).size).toBe(4);
  });

  test('vpn defaults merge deeply: tunnel options from defaults, a stack\'s own option replaces only that field', () => {
    const prod = resources(stacks['prod-eu-west-1'], 'aws_vpn_connection')[0];
    expect(prod.tunnel1_ike_versions).toEqual(['ikev2']);
    expect(prod.tunnel1_phase1_dh_group_numbers).toEqual([14]);
    const shared = resources(stacks['shared-us-east-1'], 'aws_vpn_connection')[0];
    expect(shared.tunnel1_phase1_dh_group_numbers).toEqual([19, 20]); // arrays are replaced, not merged
    expect(shared.tunnel2_phase1_dh_group_numbers).toEqual([19, 20]);
    expect(shared.tunnel1_phase1_encryption_algorithms).toEqual(['AES256']); // sibling from defaults kept
  });

  test('vpn scalars: routing from defaults unless the stack sets it; amazonSideAsn overridden', () => {
    expect(resources(stacks['prod-eu-west-1'], 'aws_vpn_connection').map((c) => c.static_routes_only)).toEqual([false, false]);
    expect(resources(stacks['shared-eu-west-1'], 'aws_vpn_connection').map((c) => c.static_routes_only)).toEqual([true, true]);
    expect(resources(stacks['shared-eu-west-1'], 'aws_vpn_connection_route')).toHaveLength(2);
    expect(resources(stacks['prod-eu-west-1'], 'aws_vpn_gateway')[0].amazon_side_asn).toBe('64512');
    expect(handoffOf(stacks['prod-us-east-1']).amazon_side_asn).toBe(64513);
  });
});

describe('examples/multi-account.yaml', () => {
  test('is the same config as the JSON file, and synthesizes the same stacks', () => {
    expect(loadStackSpecs({ VPN_CONFIG: join(EXAMPLES, 'multi-account.yaml') })).toEqual(loadStackSpecs({ VPN_CONFIG: join(EXAMPLES, 'multi-account.json') }));
    expect(synthExample('multi-account.yaml')).toEqual(synthExample('multi-account.json'));
  });
});

describe('examples/static-routing.json', () => {
  const json = synthExample('static-routing.json')['branch-frankfurt'];

  test('static routes on both connections; local DynamoDB lock table kept next to the S3 lock file', () => {
    expect(resources(json, 'aws_vpn_connection').map((c) => c.static_routes_only)).toEqual([true, true]);
    expect(resources(json, 'aws_vpn_connection_route')).toHaveLength(4);
    expect(resources(json, 'aws_vpn_gateway_route_propagation')).toHaveLength(2);
    expect(json.terraform.backend.s3).toMatchObject({ dynamodb_table: 'terraform-locks', use_lockfile: true, encrypt: true, key: 'site-to-site-vpn/branch-frankfurt.tfstate' });
    expect(json.provider.aws[0].default_tags).toEqual([{ tags: { Project: 'site-to-site-vpn', Site: 'frankfurt' } }]);
  });
});

describe('examples/bgp.json', () => {
  const json = synthExample('bgp.json')['dc-london-bgp'];

  test('dynamic routing, no static routes, the inside CIDRs and the external id as given', () => {
    const connections = resources(json, 'aws_vpn_connection');
    expect(connections.map((c) => c.static_routes_only)).toEqual([false, false]);
    expect(resources(json, 'aws_vpn_connection_route')).toHaveLength(0);
    expect(connections.map((c) => [c.tunnel1_inside_cidr, c.tunnel2_inside_cidr])).toEqual([
      ['169.254.100.0/30', '169.254.100.4/30'],
      ['169.254.100.8/30', '169.254.100.12/30'],
    ]);
    expect(resources(json, 'aws_customer_gateway').map((c) => c.bgp_asn)).toEqual(['65101', '65102']);
    expect(json.provider.aws[0].assume_role[0].external_id).toBe('london-dc-network');
    expect(json.terraform.backend.s3.key).toBe('site-to-site-vpn/dc-london-bgp.tfstate');
  });
});
