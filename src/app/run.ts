/**
 * The app's entry: config in, stacks out. Problems are printed as a list and the process exits
 * non-zero before anything is written (the App, which creates the output directory, is made only
 * once every stack spec has passed validation).
 *
 * One entry for every way the app is started: `main.ts` in this repository, and the
 * `cdktf-redundant-vpn` command of the installed package (bin/cdktf-redundant-vpn.js), which a
 * pipeline repository names as its cdktf.json `app`.
 */
import { parseArgs } from 'util';
import { App } from 'cdktf';
import { formatIssue, formatWarning, VpnValidationError } from '../validation/issues';
import type { StackSpec } from '../config/load-config';
import { DEFAULT_STACKS } from './default-config';
import { VpnStack } from './vpn-stack';
import { suspendStackTraceFormatting } from './stack-traces';

/** The stack specs from `VPN_CONFIG` (a JSON/YAML file) or the embedded default; throws on any problem. */
export function loadStackSpecs(env: NodeJS.ProcessEnv = process.env): StackSpec[] {
  if (!env.VPN_CONFIG) return DEFAULT_STACKS;
  // Loaded lazily: the default app never pays for the schema validator.
  return (require('../config/load-config') as typeof import('../config/load-config')).loadConfigFile(env.VPN_CONFIG);
}

/** Builds one stack per spec into a new App (made only after the specs loaded cleanly). */
export function buildApp(env: NodeJS.ProcessEnv = process.env, makeApp: () => App = () => new App()): App {
  const specs = loadStackSpecs(env);
  const app = makeApp();
  // Opt-in, for the app only: cdktf then records no creation stack for the resources (see stack-traces.ts).
  const restore = env.VPN_SYNTH_STACK_TRACES === 'off' ? suspendStackTraceFormatting() : () => {};
  try {
    for (const spec of specs) new VpnStack(app, spec);
  } finally {
    restore();
  }
  return app;
}

/** Every stack's validation warnings, one block per stack; empty when there are none. */
export function warningText(app: App): string {
  return app.node.children
    .filter((c): c is VpnStack => c instanceof VpnStack && c.vpn.validationWarnings.length > 0)
    .map((s) => `Warnings for stack ${s.node.id}:\n${s.vpn.validationWarnings.map((w) => `  - ${formatWarning(w)}`).join('\n')}\n`)
    .join('');
}

export const USAGE = `Usage: cdktf-redundant-vpn [--config <file.json|file.yaml>]

Synthesizes one Terraform stack per entry of the config file (one account/region each) into
CDKTF_OUTDIR (set by the cdktf CLI; default cdktf.out). Name it as the \`app\` of cdktf.json and run
\`npx cdktf synth|diff|deploy\`.

  --config FILE   the config file (JSON, or YAML for .yaml/.yml); wins over VPN_CONFIG
  --help          this text

Environment:
  VPN_CONFIG              the config file when --config is not given; with neither, the
                          embedded example stack is synthesized
  VPN_SYNTH_STACK_TRACES  "off": cdktf records no creation stack traces for the VPN's resources
                          (faster synth, emptier resolve-error reports)`;

/**
 * The environment the app reads, with \`--config <file>\` (or \`--config=<file>\`) from the command
 * line as VPN_CONFIG; \`help\` when \`--help\` was given. Throws on any other argument.
 */
export function appEnvironment(argv: readonly string[], env: NodeJS.ProcessEnv): { env: NodeJS.ProcessEnv; help: boolean } {
  // No arguments (the main command, cdktf.json's app): nothing to parse; parseArgs costs ≈ 0.4 ms cold.
  if (argv.length === 0) return { env, help: false };
  const { values } = parseArgs({
    args: [...argv],
    options: { config: { type: 'string' }, help: { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  if (values.config === '') throw new Error('--config needs a file name');
  return { env: values.config === undefined ? env : { ...env, VPN_CONFIG: values.config }, help: values.help === true };
}

/** Output streams of {@link main} (the process's by default; tests pass their own). */
export interface AppIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const PROCESS_IO: AppIo = { out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s) };

/** Runs the app; returns the process exit code. */
export function main(argv: readonly string[] = [], processEnv: NodeJS.ProcessEnv = process.env, io: AppIo = PROCESS_IO): number {
  let env: NodeJS.ProcessEnv;
  try {
    const parsed = appEnvironment(argv, processEnv);
    if (parsed.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    env = parsed.env;
  } catch (e) {
    io.err(`cdktf-redundant-vpn: ${(e as Error).message}\n${USAGE}\n`);
    return 1;
  }
  try {
    const app = buildApp(env);
    app.synth();
    // The cdktf CLI (which sets CDKTF_OUTDIR) prints annotation warnings itself; `npm run synth`
    // runs node directly, so the warnings are printed here.
    if (!env.CDKTF_OUTDIR) io.err(warningText(app));
    return 0;
  } catch (e) {
    if (e instanceof VpnValidationError) {
      io.err(`${e.message.split('\n')[0]}\n${e.issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}\n`);
      return 1;
    }
    throw e;
  }
}
