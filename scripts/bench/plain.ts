/**
 * Benchmark workload "plain": a plain cdktf program emitting `BENCH_RESOURCES` simple resources
 * (aws_vpc, one literal argument each) in one stack — the framework's own per-resource cost, which
 * the RedundantVpn scale workloads are compared with. `BENCH_OUTPUTS` adds that many outputs, each
 * referencing one of the resources (the framework's own per-output cost, for context).
 */
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';

const count = Number(process.env.BENCH_RESOURCES ?? '1');
const outputs = Number(process.env.BENCH_OUTPUTS ?? '0');
const app = new App();
const stack = new TerraformStack(app, 'plain');
new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
const vpcs: Vpc[] = [];
for (let i = 0; i < count; i++) {
  vpcs.push(new Vpc(stack, `vpc-${i}`, { cidrBlock: `10.${(i >> 8) & 255}.${i & 255}.0/24` }));
}
for (let i = 0; i < outputs; i++) {
  new TerraformOutput(stack, `out-${i}`, { value: vpcs[i % count].id });
}
app.synth();
