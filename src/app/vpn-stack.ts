/**
 * One deployable stack: the AWS provider for one account/region, its state backend and the
 * redundant VPN. Stacks share nothing (no cross-stack references), so each deploys and fails alone.
 */
import { S3Backend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RedundantVpn } from '../construct/redundant-vpn';
import type { StackSpec } from '../config/load-config';
import { defaultSessionName, defaultStateKey, vpnPropsOf } from '../config/stack-rules';

/** Construct id of the VPN inside every stack: part of every resource address (a contract). */
export const VPN_CONSTRUCT_ID = 'vpn';

export class VpnStack extends TerraformStack {
  public readonly vpn: RedundantVpn;

  constructor(scope: Construct, spec: StackSpec) {
    super(scope, spec.name);
    const role = spec.assumeRole;
    new AwsProvider(this, 'aws', {
      region: spec.region,
      // A deploy with credentials of any other account stops before it changes anything.
      allowedAccountIds: spec.accountId ? [spec.accountId] : undefined,
      assumeRole: role
        ? [{ roleArn: role.roleArn, sessionName: role.sessionName ?? defaultSessionName(spec.name), externalId: role.externalId }]
        : undefined,
      defaultTags: spec.tags && Object.keys(spec.tags).length > 0 ? [{ tags: { ...spec.tags } }] : undefined,
    });
    if (spec.backend) {
      const backend = new S3Backend(this, {
        bucket: spec.backend.bucket,
        key: spec.backend.key ?? defaultStateKey(spec.name),
        region: spec.backend.region,
        encrypt: true,
        dynamodbTable: spec.backend.dynamodbTable,
        assumeRole: spec.backend.roleArn ? { roleArn: spec.backend.roleArn } : undefined,
      });
      // S3-native locking (Terraform >= 1.10); cdktf 0.21's S3BackendConfig has no field for it.
      backend.addOverride('use_lockfile', true);
    }
    // The Name tags say which stack (account/region/site) a resource serves.
    this.vpn = new RedundantVpn(this, VPN_CONSTRUCT_ID, vpnPropsOf(spec));
  }
}
