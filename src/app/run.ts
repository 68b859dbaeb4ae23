/**
 * The app's entry: config in, stacks out. Problems are printed as a list and the process exits
 * non-zero before anything is written (the App, which creates the output directory, is made only
 * once every stack spec has passed validation).
 */
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

/** Runs the app; returns the process exit code. */
export function main(): number {
  try {
    const app = buildApp();
    app.synth();
    // The cdktf CLI (which sets CDKTF_OUTDIR) prints annotation warnings itself; `npm run synth`
    // runs node directly, so the warnings are printed here.
    if (!process.env.CDKTF_OUTDIR) process.stderr.write(warningText(app));
    return 0;
  } catch (e) {
    if (e instanceof VpnValidationError) {
      process.stderr.write(`${e.message.split('\n')[0]}\n${e.issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}\n`);
      return 1;
    }
    throw e;
  }
}
