/**
 * Benchmark workload "floor": the smallest useful cdktf app — one AWS provider, one aws_vpc —
 * deep-importing the provider exactly as this library does. Every other workload is measured
 * against it: it is what cdktf itself costs. It ends its process exactly as the app does
 * (`exitWhenFlushed`), so that a ratio to it compares synth work, not two ways of exiting.
 */
import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { exitWhenFlushed } from '../../src/app/process-exit';

const app = new App();
const stack = new TerraformStack(app, 'floor');
new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
new Vpc(stack, 'vpc', { cidrBlock: '10.0.0.0/16' });
app.synth();
exitWhenFlushed(0);
