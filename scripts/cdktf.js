#!/usr/bin/env node
/**
 * Runs the project's own cdktf CLI (devDependency, no global install) with a pipeline-safe
 * environment: `npm run cdktf -- synth|list|diff|deploy|output …`.
 *
 * - CHECKPOINT_DISABLE=1 unless set: no HashiCorp version check call from CI runners.
 * - TF_CLI_CONFIG_FILE pointing to a file that does not exist: Terraform (which the CLI runs even
 *   for `synth`) prints "Unable to open CLI configuration file" on every call. The variable is
 *   dropped for this run only, so Terraform falls back to its default lookup (~/.terraformrc).
 *
 * Plain JavaScript on purpose: it runs before anything is compiled.
 */
'use strict';
const { spawn } = require('child_process');
const { existsSync } = require('fs');
const path = require('path');

const env = { ...process.env };
if (env.CHECKPOINT_DISABLE === undefined) env.CHECKPOINT_DISABLE = '1';
if (env.TF_CLI_CONFIG_FILE && !existsSync(env.TF_CLI_CONFIG_FILE)) {
  process.stderr.write(`note: TF_CLI_CONFIG_FILE=${env.TF_CLI_CONFIG_FILE} does not exist; ignored for this run\n`);
  delete env.TF_CLI_CONFIG_FILE;
}

const cli = require.resolve('cdktf-cli/bundle/bin/cdktf', { paths: [path.resolve(__dirname, '..')] });
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit', env, cwd: path.resolve(__dirname, '..') });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
