/**
 * The provider check's setup fails loudly, never passes silently: no terraform on PATH, no mirror
 * and no registry each end in a message naming what is missing. Runs in `npm test` (no Terraform needed).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { notCheckedText } from './provider/support/check';
import { describeSetup, dropNewerProviderArguments, findProviderMirror, initFailureMessage, newerProviderOnlyArguments, providerSetup, ProviderSetup } from './provider/support/terraform';

test('without terraform on PATH the check fails with a message saying so', () => {
  const path = process.env.PATH;
  // A PATH that holds no terraform (an empty one would fall back to the system's default path).
  const empty = mkdtempSync(join(tmpdir(), 'vpn-no-terraform-'));
  process.env.PATH = empty;
  try {
    expect(() => providerSetup()).toThrow(/^terraform is not installed \(or not on PATH\): the provider checks need Terraform >= 1\.5/);
  } finally {
    process.env.PATH = path;
    rmSync(empty, { recursive: true, force: true });
  }
});

test('a mirror is found by its layout, and only with a platform folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'vpn-mirror-'));
  try {
    expect(findProviderMirror([root])).toBeUndefined();
    mkdirSync(join(root, 'registry.terraform.io', 'hashicorp', 'aws', '5.9.0', 'linux_amd64'), { recursive: true });
    mkdirSync(join(root, 'registry.terraform.io', 'hashicorp', 'aws', '5.10.0', 'linux_amd64'), { recursive: true });
    mkdirSync(join(root, 'registry.terraform.io', 'hashicorp', 'aws', '5.11.0'), { recursive: true });
    expect(findProviderMirror([join(root, 'missing'), root])).toEqual({ root, version: '5.10.0' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

const registry: ProviderSetup = { source: 'registry', version: '6.25.0', cliConfigFile: '/x', pluginCacheDir: '/y' };
const mirror: ProviderSetup = { source: 'mirror', version: '5.100.0', cliConfigFile: '/x', pluginCacheDir: '/y', mirrorRoot: '/opt/tf-plugins' };

test('the check says where the provider comes from', () => {
  expect(describeSetup(mirror)).toBe('hashicorp/aws 5.100.0 from the filesystem mirror /opt/tf-plugins (no network)');
  expect(describeSetup(registry)).toMatch(/^hashicorp\/aws 6\.25\.0 from the public registry \(normal terraform init; no filesystem mirror found in .*\/opt\/tf-plugins/);
});

test('a failed init names what is missing: the registry (and the mirror search) or the mirror version', () => {
  expect(initFailureMessage(registry, 'Error: Failed to query available provider packages\n')).toMatch(
    /^terraform init failed: hashicorp\/aws 6\.25\.0 could not be installed from the registry \(no network\?\), and no filesystem mirror found in .*; set TF_PROVIDER_MIRROR .*\nError: Failed to query/,
  );
  expect(initFailureMessage(mirror, 'boom')).toBe('terraform init failed: the filesystem mirror /opt/tf-plugins does not hold a usable hashicorp/aws 5.100.0 for this platform\nboom');
});

test('the 6.x-only arguments are dropped for 5.x, listed as not checked, and kept for 6.x', () => {
  expect(newerProviderOnlyArguments('6.25.0')).toEqual([]);
  const json = {
    resource: {
      aws_vpn_connection: {
        a: { tunnel1_log_options: { cloudwatch_log_options: { log_enabled: true, bgp_log_enabled: true } }, tunnel2_log_options: { cloudwatch_log_options: { bgp_log_group_arn: 'arn' } } },
      },
    },
  };
  const dropped = dropNewerProviderArguments(json, '5.100.0');
  expect(dropped).toEqual(['aws_vpn_connection.a.tunnel1_log_options.cloudwatch_log_options.bgp_log_enabled', 'aws_vpn_connection.a.tunnel2_log_options.cloudwatch_log_options.bgp_log_group_arn']);
  expect(json.resource.aws_vpn_connection.a.tunnel1_log_options.cloudwatch_log_options).toEqual({ log_enabled: true });
  expect(notCheckedText('5.100.0', dropped)).toBe(
    'not checked by provider 5.100: aws_vpn_connection.tunnel*_log_options.cloudwatch_log_options.bgp_log_enabled (since 6.0.0) in 1 resource, ' +
      'aws_vpn_connection.tunnel*_log_options.cloudwatch_log_options.bgp_log_group_arn (since 6.0.0) in 1 resource',
  );
  expect(notCheckedText('5.100.0', [])).toBe('');
});
