/**
 * Benchmark workload "sites": one stack with `BENCH_SITES` redundant sites, one RedundantVpn per
 * site (as a user with many sites would write it: AWS allows one virtual private gateway per VPC,
 * so every site has its own VPC, gateway and route tables). Each site: two customer gateways, two
 * VPN connections, two static prefixes on each, propagation into two route tables, and the
 * construct's defaults (tunnel-state alarms, SNS topic, tunnel log group, outputs).
 */
import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RedundantVpn } from '../../src';
import { siteProps } from './site-props';

const count = Number(process.env.BENCH_SITES ?? '1');
// BENCH_TOPOLOGY_ONLY=1: the site exactly as the synth-speed target lists it, without the default alarms and logs.
const topologyOnly = process.env.BENCH_TOPOLOGY_ONLY === '1';
const app = new App();
const stack = new TerraformStack(app, 'sites');
new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
for (let i = 0; i < count; i++) {
  new RedundantVpn(stack, `site-${i}`, topologyOnly ? { ...siteProps(i), monitoring: { enabled: false }, logging: { enabled: false } } : siteProps(i));
}
app.synth();
