/**
 * The pipeline-repository template (examples/pipeline-repo): its three files agree with this
 * package. The consumer test installs the packed package into a copy and synthesizes it; these
 * checks catch drift cheaply, in `npm test`.
 */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { App } from 'cdktf';
import { buildApp, loadStackSpecs } from '../src/app/run';
import { Json, resources, synthApp } from './support/synth';

const ROOT = resolve(__dirname, '..');
const TEMPLATE = join(ROOT, 'examples', 'pipeline-repo');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const pkg = read(join(ROOT, 'package.json'));
const templatePkg = read(join(TEMPLATE, 'package.json'));
const cdktfJson = read(join(TEMPLATE, 'cdktf.json'));
const CONFIG = join(TEMPLATE, 'vpn.yaml');

describe('examples/pipeline-repo', () => {
  test('package.json: this package at its current version, its peers in the ranges it declares, the cdktf CLI', () => {
    expect(templatePkg.dependencies).toEqual({ [pkg.name]: `^${pkg.version}`, ...pkg.peerDependencies });
    expect(templatePkg.devDependencies).toEqual({ 'cdktf-cli': `^${pkg.devDependencies['cdktf-cli']}` });
  });

  test('package.json: every cdktf command runs with the offline-safe environment', () => {
    expect(templatePkg.scripts.cdktf).toBe('CHECKPOINT_DISABLE=1 AWS_EC2_METADATA_DISABLED=true TF_CLI_CONFIG_FILE="$PWD/terraform.rc" cdktf');
    for (const [name, body] of Object.entries<string>(templatePkg.scripts)) {
      if (name !== 'cdktf') expect(body).toMatch(/^npm run --silent cdktf -- /);
    }
    expect(readFileSync(join(TEMPLATE, 'terraform.rc'), 'utf8')).toMatch(/^disable_checkpoint = true$/m);
  });

  test('cdktf.json: the app is this package\'s cdktf-redundant-vpn command with --config vpn.yaml', () => {
    expect(cdktfJson.app).toBe('cdktf-redundant-vpn --config vpn.yaml');
    expect(pkg.bin[cdktfJson.app.split(' ')[0]]).toBe('bin/cdktf-redundant-vpn.js');
  });

  describe('vpn.yaml: 3 accounts × 2 regions with shared defaults', () => {
    const stacks = synthApp(buildApp({ VPN_CONFIG: CONFIG }, () => new App({ outdir: mkdtempSync(join(tmpdir(), 'pipeline-repo-')) })));
    const accounts: Record<string, string> = { prod: '111111111111', staging: '333333333333', shared: '222222222222' };

    test('six stacks, one per account and region', () => {
      expect(loadStackSpecs({ VPN_CONFIG: CONFIG }).map((s) => [s.name, s.accountId, s.region])).toEqual(
        ['prod', 'staging', 'shared'].flatMap((env) => ['eu-west-1', 'us-east-1'].map((region) => [`${env}-${region}`, accounts[env], region])),
      );
    });

    test('each stack assumes its account\'s role with the shared external id, and keeps its own state key', () => {
      for (const [name, json] of Object.entries<Json>(stacks)) {
        const account = accounts[name.split('-')[0]];
        expect(json.provider.aws[0].assume_role).toEqual([
          { role_arn: `arn:aws:iam::${account}:role/vpn-deployer`, session_name: `vpn-${name}`, external_id: 'acme-vpn-pipeline' },
        ]);
        expect(json.provider.aws[0].allowed_account_ids).toEqual([account]);
        expect(json.terraform.backend.s3).toMatchObject({ bucket: 'acme-network-terraform-state', key: `site-to-site-vpn/${name}.tfstate` });
      }
    });

    test('the defaults reach every stack: tunnel options, routing unless the stack sets it', () => {
      for (const [name, json] of Object.entries<Json>(stacks)) {
        const connections = resources(json, 'aws_vpn_connection');
        expect(connections).toHaveLength(2);
        for (const c of connections) {
          expect([c.tunnel1_ike_versions, c.tunnel2_phase1_dh_group_numbers]).toEqual([['ikev2'], [20]]);
          expect(c.static_routes_only).toBe(name === 'shared-eu-west-1');
        }
      }
    });
  });
});
