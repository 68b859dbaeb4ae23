/**
 * One deployable stack: the AWS provider for one account/region and the redundant VPN.
 */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RedundantVpn } from '../redundant-vpn';
import type { StackSpec } from './load-config';

/** Construct id of the VPN inside every stack: part of every resource address (a contract). */
export const VPN_CONSTRUCT_ID = 'vpn';

export class VpnStack extends TerraformStack {
  public readonly vpn: RedundantVpn;

  constructor(scope: Construct, spec: StackSpec) {
    super(scope, spec.name);
    new AwsProvider(this, 'aws', {
      region: spec.region,
      allowedAccountIds: spec.accountId ? [spec.accountId] : undefined,
      assumeRole: spec.assumeRoleArn ? [{ roleArn: spec.assumeRoleArn }] : undefined,
    });
    // The Name tags say which stack (account/region/site) a resource serves.
    this.vpn = new RedundantVpn(this, VPN_CONSTRUCT_ID, { ...spec.vpn, name: spec.vpn.name ?? spec.name });
  }
}
