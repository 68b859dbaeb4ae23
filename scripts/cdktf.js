#!/usr/bin/env node
/**
 * Runs the project's own cdktf CLI (devDependency, no global install) with a pipeline-safe
 * environment: `npm run cdktf -- synth|list|diff|deploy|output …`.
 *
 * - CHECKPOINT_DISABLE=1 unless set: no HashiCorp version check call from CI runners.
 * - AWS_EC2_METADATA_DISABLED=true unless set: the provider's and the S3 backend's credential
 *   chain does not probe the instance metadata service (and wait for its timeouts) off EC2.
 * - TF_CLI_CONFIG_FILE pointing to a file that does not exist: Terraform (which the CLI runs even
 *   for `synth`) prints "Unable to open CLI configuration file" on every call. The variable is
 *   dropped for this run only, so Terraform falls back to its default lookup (~/.terraformrc).
 * - `diff` with glob patterns or several stacks: cdktf 0.21's `diff` takes exactly one stack name
 *   (only deploy/destroy/output take patterns). The wrapper synthesizes once, matches the patterns
 *   against the synthesized stacks with the CLI's own matcher (minimatch, as `deploy` does), runs
 *   `cdktf diff <stack> --skip-synth` for each, carries on past a failing stack and exits non-zero
 *   naming every stack that failed.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled.
 * CDKTF_WRAPPER_CLI (tests only) replaces the CLI entry point.
 */
'use strict';
const { spawn } = require('child_process');
const { existsSync, readFileSync } = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CLI_DIR = path.dirname(require.resolve('cdktf-cli/package.json', { paths: [ROOT] }));

/** Options of `cdktf diff` that take a value (so that value is not mistaken for a stack name). */
const VALUE_OPTIONS = new Set([
  '-a', '--app', '-o', '--output', '--var', '--var-file', '--terraform-parallelism',
  '--experimental-provider-schema-cache-path', '--log-level', '--log-file-directory',
]);

function pipelineEnv(source) {
  const env = { ...source };
  if (env.CHECKPOINT_DISABLE === undefined) env.CHECKPOINT_DISABLE = '1';
  if (env.AWS_EC2_METADATA_DISABLED === undefined) env.AWS_EC2_METADATA_DISABLED = 'true';
  if (env.TF_CLI_CONFIG_FILE && !existsSync(env.TF_CLI_CONFIG_FILE)) {
    process.stderr.write(`note: TF_CLI_CONFIG_FILE=${env.TF_CLI_CONFIG_FILE} does not exist; ignored for this run\n`);
    delete env.TF_CLI_CONFIG_FILE;
  }
  return env;
}

/** Runs the CLI; resolves to its exit code. SIGINT/SIGTERM (a cancelled CI job) are passed on. */
function runCli(args, env) {
  const cli = env.CDKTF_WRAPPER_CLI || path.join(CLI_DIR, 'bundle', 'bin', 'cdktf');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit', env, cwd: ROOT });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Splits `diff` arguments into stack patterns and everything else (options with their values). */
function splitDiffArgs(args) {
  const patterns = [];
  const options = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('-')) {
      options.push(arg);
      if (VALUE_OPTIONS.has(arg) && i + 1 < args.length) options.push(args[++i]);
    } else patterns.push(arg);
  }
  return { patterns, options };
}

function optionValue(options, names, fallback) {
  for (let i = 0; i < options.length; i++) {
    if (names.includes(options[i])) return options[i + 1];
    const eq = names.map((n) => `${n}=`).find((p) => options[i].startsWith(p));
    if (eq) return options[i].slice(eq.length);
  }
  return fallback;
}

async function diffMany(patterns, options, env) {
  const synthOptions = options.filter((o, i) => ['-a', '--app', '-o', '--output'].includes(o) || ['-a', '--app', '-o', '--output'].includes(options[i - 1]) || /^--(app|output)=/.test(o));
  if (!options.includes('--skip-synth')) {
    const status = await runCli(['synth', ...synthOptions], env);
    if (status !== 0) return status;
  }
  const outdir = path.resolve(ROOT, optionValue(options, ['-o', '--output'], 'cdktf.out'));
  const names = Object.keys(JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8')).stacks);
  const minimatch = require(require.resolve('minimatch', { paths: [CLI_DIR] }));
  const selected = [];
  for (const pattern of patterns) {
    const matches = names.filter((name) => minimatch(name, pattern));
    if (matches.length === 0) {
      process.stderr.write(`Could not find stack for pattern '${pattern}' (stacks: ${names.join(', ')})\n`);
      return 1;
    }
    for (const name of matches) if (!selected.includes(name)) selected.push(name);
  }
  const failed = [];
  const rest = options.includes('--skip-synth') ? options : [...options, '--skip-synth'];
  for (const name of selected) {
    process.stdout.write(`\n=== cdktf diff ${name}\n`);
    if ((await runCli(['diff', name, ...rest], env)) !== 0) failed.push(name);
  }
  if (failed.length > 0) {
    process.stderr.write(`diff failed for ${failed.length} of ${selected.length} stacks: ${failed.join(', ')}\n`);
    return 1;
  }
  process.stdout.write(`diff done for ${selected.length} stacks: ${selected.join(', ')}\n`);
  return 0;
}

async function main(argv) {
  const env = pipelineEnv(process.env);
  if (argv[0] === 'diff') {
    const { patterns, options } = splitDiffArgs(argv.slice(1));
    if (patterns.length > 1 || patterns.some((p) => /[*?[\]{}!]/.test(p))) return diffMany(patterns, options, env);
  }
  return runCli(argv, env);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  },
);
