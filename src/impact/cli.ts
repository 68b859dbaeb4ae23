/**
 * `vpn-impact`: what a deploy does to every VPN connection, and a guard that stops a deploy that
 * would take a whole redundant set down at once.
 *
 * Exit codes: 0 the guard lets the deploy go ahead; 1 the guard stops it (the report says why and
 * how to stage it); 2 the input could not be used (usage, unreadable or not a plan).
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'fs';
import { basename, dirname, join } from 'path';
import { parseArgs } from 'util';
import { InputFileError, readJsonFile } from '../internal/read-json-file';
import { analyzeSynth, isSynthJson } from './advisory';
import { analyzePlan, isPlanJson } from './analyze-plan';
import { guard } from './guard';
import { ImpactReport, SetImpact, Verdict } from './model';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';
import { redact, secretsIn } from './secrets';

export const EXIT_OK = 0;
export const EXIT_STOPPED = 1;
export const EXIT_USAGE = 2;

export const USAGE = `Usage: vpn-impact [options] PLAN.json|DIR ...
       vpn-impact [options] --before OLD/cdk.tf.json --after NEW/cdk.tf.json

  PLAN.json | DIR        \`terraform show -json <planfile>\` output, one file per stack, or folders of them
                         (every *.json file directly in the folder)
  --before, --after      ADVISORY mode without credentials: two synth outputs of one stack compared
                         with the effect table (docs/safe-changes.md)
  --format text|markdown text for a terminal (default), markdown for a pull-request comment
  --out FILE             write the report to FILE instead of stdout
  --allow-replace NAME   a connection this deploy may replace (device name, <set>/<device> or the
                         resource address); repeat for several
  --help

Exit codes: 0 the guard lets the deploy go ahead; 1 the guard stops it (a whole set disrupted at once,
or a replacement not allowed); 2 unusable input or usage error.`;

class UsageError extends Error {}

/** The plan files named on the command line (folders expanded to their *.json files, sorted). */
function planFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      throw new InputFileError(p, 'Plan', 'read', (e as NodeJS.ErrnoException).code ?? String(e));
    }
    if (!isDir) return [p];
    const files = readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f));
    if (files.length === 0) throw new UsageError(`folder ${p} holds no .json plan file`);
    return files;
  });
}

/** A plan file's label in the report: its name without `.json` / `.plan.json` / `.tfplan.json`. */
function sourceLabel(file: string): string {
  return basename(file).replace(/(\.tfplan|\.plan)?\.json$/, '');
}

export interface ImpactRun {
  readonly report: ImpactReport;
  /** The secrets found in the inputs: no output may contain one. */
  readonly secrets: Set<string>;
}

/** Reads the inputs and builds the report (guard included). */
export function buildReport(options: { plans?: string[]; before?: string; after?: string; allowReplace?: string[] }): ImpactRun {
  const secrets = new Set<string>();
  const remember = (json: unknown) => {
    for (const s of secretsIn(json)) secrets.add(s);
  };
  let sets: SetImpact[];
  let mode: ImpactReport['mode'];
  let sources: string[];
  if (options.before || options.after) {
    if (!options.before || !options.after) throw new UsageError('advisory mode needs both --before and --after');
    if ((options.plans ?? []).length > 0) throw new UsageError('give either plan files or --before/--after, not both');
    const before = readJsonFile(options.before, 'Synth output');
    const after = readJsonFile(options.after, 'Synth output');
    remember(before);
    remember(after);
    for (const [file, json] of [[options.before, before], [options.after, after]] as const) {
      if (!isSynthJson(json)) throw new UsageError(`${file} is not a synthesized stack (cdk.tf.json)`);
    }
    mode = 'advisory';
    sources = [options.before, options.after];
    const folder = basename(dirname(options.after));
    const stack = (after as Record<string, any>)['//']?.metadata?.stackName ?? (folder && folder !== '.' ? folder : sourceLabel(options.after));
    sets = analyzeSynth(before as Record<string, any>, after as Record<string, any>, String(stack));
  } else {
    const files = planFiles(options.plans ?? []);
    if (files.length === 0) throw new UsageError('no plan given');
    mode = 'plan';
    sources = files;
    sets = files.flatMap((file) => {
      const json = readJsonFile(file, 'Plan');
      remember(json);
      if (!isPlanJson(json)) throw new UsageError(`${file} is not \`terraform show -json\` output of a plan`);
      return analyzePlan(json, sourceLabel(file));
    });
  }
  return { report: { mode, sources, sets, stops: guard(sets, { allowReplace: options.allowReplace }) }, secrets };
}

/** Runs the CLI; returns the exit code. `out`/`err` receive text (never a key). */
export function run(
  argv: string[],
  out: (s: string) => void = (s) => void process.stdout.write(s),
  err: (s: string) => void = (s) => void process.stderr.write(s),
): number {
  let secrets = new Set<string>();
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        before: { type: 'string' },
        after: { type: 'string' },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        'allow-replace': { type: 'string', multiple: true },
        help: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      out(`${USAGE}\n`);
      return EXIT_OK;
    }
    if (values.format !== 'text' && values.format !== 'markdown') throw new UsageError(`--format: ${JSON.stringify(values.format)} is not text or markdown`);
    const built = buildReport({ plans: positionals, before: values.before, after: values.after, allowReplace: values['allow-replace'] });
    secrets = built.secrets;
    const text = redact(values.format === 'markdown' ? renderMarkdown(built.report) : renderText(built.report), secrets);
    if (values.out) {
      mkdirSync(dirname(values.out), { recursive: true });
      writeFileSync(values.out, text);
      out(`wrote ${values.out}\n`);
    } else {
      out(text);
    }
    // A name that matches no replaced connection is most likely a typo: say so (it allows nothing).
    const replaced = built.report.sets.flatMap((set) => set.connections.filter((c) => c.verdict === Verdict.REPLACED).flatMap((c) => [c.device, c.address, `${set.name}/${c.device}`]));
    for (const name of values['allow-replace'] ?? []) {
      if (!replaced.includes(name)) err(`vpn-impact: note: --allow-replace ${name} matches no connection this plan replaces\n`);
    }
    if (built.report.stops.length > 0) {
      err(redact(`vpn-impact: STOP (exit ${EXIT_STOPPED}):\n${built.report.stops.map((s) => `  - ${s.set}: ${s.reason}\n`).join('')}`, secrets));
      return EXIT_STOPPED;
    }
    return EXIT_OK;
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    err(redact(`vpn-impact: ${message}\n`, secrets));
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) err(`${USAGE}\n`);
    return EXIT_USAGE;
  }
}
