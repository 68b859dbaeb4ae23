/**
 * `npm run bench`: times whole `node` processes (what a user waits for), never in-process loops.
 *
 * Every workload runs once as a warm-up (page cache, compiled-code caches), then `--runs` times
 * (default 5) in interleaved rounds — floor, default, …, floor, default, … — so that a change in
 * machine load during the run hits every workload alike; ratios are of medians from this one run.
 * Wall time is measured here around a blocking spawn (the bench does nothing while a child runs);
 * peak RSS comes from GNU `/usr/bin/time -v` (largest of the process and its descendants) or, where
 * that is missing, from `process.resourceUsage().maxRSS` reported by every node process on exit.
 *
 * The main command is measured as users run it: the body of `npm run synth` and cdktf.json's `app`
 * are read from those files and run through `sh -c`, as npm and the cdktf CLI run them; `npm run
 * synth` itself is a row of its own, so that npm's start-up is reported apart from the work.
 *
 *   npm run bench                      # print the table and the targets
 *   npm run bench -- --docs            # also rewrite the figures in docs/performance.md
 *   npm run bench -- --runs 9          # more runs per workload
 *   npm run bench -- --only 'sites|plain'   # a subset while investigating (no --docs)
 */
import { spawnSync, SpawnSyncOptions } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { cpus, loadavg, tmpdir } from 'os';
import { join, resolve } from 'path';
import { judged, mainCommands, median, replaceMarkedBlock } from './bench/report';
import { siteProps } from './bench/site-props';

const ROOT = resolve(__dirname, '..', '..'); // lib/scripts/bench.js → project root
const BENCH_JS = join(ROOT, 'lib', 'scripts', 'bench');
const DOCS = join(ROOT, 'docs', 'performance.md');
/** The source the "right after a source change" workload touches before each run: the construct itself. */
const CHANGED_SOURCE = join(ROOT, 'src', 'construct', 'redundant-vpn.ts');
const TABLE_START = '<!-- bench:start -->';
const TABLE_END = '<!-- bench:end -->';
/** The README shows the target verdicts of the same run (between these markers). */
const TARGETS_START = '<!-- bench:targets:start -->';
const TARGETS_END = '<!-- bench:targets:end -->';
const README = join(ROOT, 'README.md');

/** Site counts of the one-stack scale workloads (the issue's). */
const SITE_COUNTS = [1, 10, 50, 200, 1000];
const STACK_COUNT = 200;

interface Options {
  readonly runs: number;
  readonly docs: boolean;
  readonly only?: RegExp;
}

interface Workload {
  readonly id: string;
  readonly label: string;
  readonly argv: string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Set when the workload cannot run here; the row is printed with this note instead of figures. */
  readonly skip?: string;
  /** Output directory to inspect for resource/output counts (cdktf.out layout). */
  readonly outdir?: string;
  /** Runs before every run of the workload, untimed. */
  readonly before?: () => void;
}

interface Sample {
  readonly ms: number;
  /** User + system CPU time of the process tree: steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  readonly rssKb: number;
}

interface Result {
  readonly workload: Workload;
  readonly samples: Sample[];
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly rssKb: number;
  readonly resources?: number;
  readonly outputs?: number;
}

function parseArgs(argv: string[]): Options {
  let runs = 5;
  let docs = false;
  let only: RegExp | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--docs') docs = true;
    else if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '--only') only = new RegExp(argv[++i]);
    else throw new Error(`unknown argument ${a} (use --docs, --runs N, --only REGEX)`);
  }
  if (!Number.isInteger(runs) || runs < 5) throw new Error('--runs must be a whole number ≥ 5 (medians need it)');
  if (docs && only) throw new Error('--docs needs every workload: drop --only');
  return { runs, docs, only };
}

/** How peak RSS is measured here: GNU time if it works, else a preload in every node process. */
type RssProbe = { kind: 'gnu-time' } | { kind: 'preload'; script: string };

function chooseRssProbe(work: string): RssProbe {
  // BENCH_RSS_PROBE=preload forces the fallback (to check it where GNU time exists).
  const probe = spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' });
  if (process.env.BENCH_RSS_PROBE !== 'preload' && probe.status === 0 && /Maximum resident set size/.test(probe.stderr ?? '')) return { kind: 'gnu-time' };
  // Every node process (children of npx/cdktf included: NODE_OPTIONS is inherited) appends its
  // own peak RSS on exit; the workload's figure is the largest, as GNU time would report it.
  const script = join(work, 'rss-preload.js');
  writeFileSync(
    script,
    "process.on('exit', () => { const u = process.resourceUsage(); require('fs').appendFileSync(process.env.BENCH_RSS_FILE, `${u.maxRSS} ${(u.userCPUTime + u.systemCPUTime) / 1000}\\n`); });\n",
  );
  return { kind: 'preload', script };
}

function runOnce(w: Workload, probe: RssProbe, work: string): Sample {
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  if (w.outdir) rmSync(w.outdir, { recursive: true, force: true });
  w.before?.();
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1', ...w.env };
  let [cmd, ...args] = w.argv;
  if (probe.kind === 'gnu-time') {
    args = ['-v', '-o', rssFile, cmd, ...args];
    cmd = '/usr/bin/time';
  } else {
    env.BENCH_RSS_FILE = rssFile;
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${probe.script}`.trim();
  }
  const options: SpawnSyncOptions = { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 };
  const start = process.hrtime.bigint();
  const child = spawnSync(cmd, args, options);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) {
    throw new Error(`${w.label} failed (exit ${child.status ?? child.signal}):\n${String(child.stderr).slice(-4000)}`);
  }
  const text = existsSync(rssFile) ? readFileSync(rssFile, 'utf8') : '';
  if (probe.kind === 'gnu-time') {
    const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(text)?.[1] ?? NaN);
    return {
      ms,
      cpuMs: (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000,
      rssKb: field('Maximum resident set size \\(kbytes\\)'),
    };
  }
  // One line per node process of the tree: its peak RSS and its CPU time.
  const lines = text.split('\n').filter(Boolean).map((l) => l.split(' ').map(Number));
  return { ms, cpuMs: lines.reduce((sum, l) => sum + l[1], 0), rssKb: Math.max(...lines.map((l) => l[0])) };
}

/** Resources and outputs in a synthesized cdktf.out directory (all stacks). */
function countElements(outdir: string): { resources: number; outputs: number } {
  let resources = 0;
  let outputs = 0;
  const stacks = join(outdir, 'stacks');
  for (const stack of readdirSync(stacks)) {
    const tf = JSON.parse(readFileSync(join(stacks, stack, 'cdk.tf.json'), 'utf8'));
    for (const byName of Object.values<Record<string, unknown>>(tf.resource ?? {})) resources += Object.keys(byName).length;
    outputs += Object.keys(tf.output ?? {}).length;
  }
  return { resources, outputs };
}

function workloads(work: string): Workload[] {
  const node = process.execPath;
  const out = (id: string) => join(work, `out-${id}`);
  const js = (id: string, file: string, env: NodeJS.ProcessEnv = {}): Workload => ({
    id,
    label: id,
    argv: [node, join(BENCH_JS, file)],
    env: { CDKTF_OUTDIR: out(id), ...env },
    outdir: out(id),
  });

  const configFile = join(work, `stacks-${STACK_COUNT}.json`);
  writeFileSync(
    configFile,
    JSON.stringify({
      stacks: Array.from({ length: STACK_COUNT }, (_, i) => ({ name: `site-${i}`, region: 'eu-west-1', vpn: siteProps(i) })),
    }),
  );

  const cli = join(ROOT, 'node_modules', '.bin', 'cdktf');
  const commands = mainCommands(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')), JSON.parse(readFileSync(join(ROOT, 'cdktf.json'), 'utf8')));
  const shell = (id: string, label: string, command: string, env: NodeJS.ProcessEnv = {}): Workload => ({
    id,
    label,
    argv: ['/bin/sh', '-c', command],
    env: { CDKTF_OUTDIR: out(id), ...env },
    outdir: out(id),
  });
  const touch = () => utimesSync(CHANGED_SOURCE, new Date(), new Date());
  const list: Workload[] = [
    // Started as the main command is (through `sh -c`, `node` from PATH), so that the ratios compare
    // the programs, not two ways of starting one.
    shell('floor', 'floor: 1 provider + 1 aws_vpc', 'node lib/scripts/bench/floor.js'),
    shell('main', `main command, nothing changed: ${commands.synth}`, commands.synth),
    { ...shell('main-changed', 'main command, right after a source change (1 file transpiled)', commands.synth), before: touch },
    shell('main-no-traces', 'main command, VPN_SYNTH_STACK_TRACES=off', commands.synth, { VPN_SYNTH_STACK_TRACES: 'off' }),
    { id: 'npm', label: 'npm run synth (npm start-up included)', argv: ['npm', 'run', '--silent', 'synth'], env: { CDKTF_OUTDIR: out('npm') }, outdir: out('npm') },
    shell('app', `cdktf.json app, nothing changed: ${commands.app}`, commands.app),
    {
      id: 'cli',
      label: 'default: npx cdktf synth',
      argv: ['npx', '--no-install', 'cdktf', 'synth', '--output', out('cli')],
      env: { TF_CLI_CONFIG_FILE: '/dev/null' },
      outdir: out('cli'),
      skip: existsSync(cli) ? undefined : 'skipped: cdktf-cli is not installed in node_modules (npm i -D cdktf-cli)',
    },
    ...SITE_COUNTS.map((n) => ({ ...js(`sites-${n}`, 'sites.js', { BENCH_SITES: String(n) }), label: `1 stack, ${n} site${n > 1 ? 's' : ''}` })),
    {
      ...js('sites-200-topology', 'sites.js', { BENCH_SITES: '200', BENCH_TOPOLOGY_ONLY: '1' }),
      label: '1 stack, 200 sites, alarms and logs off',
    },
    shell(`stacks-${STACK_COUNT}`, `${STACK_COUNT} stacks × 1 site (--config)`, `${commands.synth} --config ${configFile}`),
    shell(`stacks-${STACK_COUNT}-no-traces`, `${STACK_COUNT} stacks × 1 site, VPN_SYNTH_STACK_TRACES=off`, `${commands.synth} --config ${configFile}`, {
      VPN_SYNTH_STACK_TRACES: 'off',
    }),
  ];
  return list;
}

/**
 * The plain programs emit as many resources (and, for context, outputs) as the 200-site stack
 * really synthesized: the comparison follows whatever the construct emits.
 */
function plainWorkloads(work: string, resources: number, outputs: number, topology?: { resources: number }): Workload[] {
  const plain = (id: string, label: string, env: NodeJS.ProcessEnv): Workload => ({
    id,
    label,
    argv: [process.execPath, join(BENCH_JS, 'plain.js')],
    env: { CDKTF_OUTDIR: join(work, `out-${id}`), BENCH_RESOURCES: String(resources), ...env },
    outdir: join(work, `out-${id}`),
  });
  return [
    plain('plain', `plain cdktf: ${resources} aws_vpc`, {}),
    plain('plain-outputs', `plain cdktf: ${resources} aws_vpc + ${outputs} outputs`, { BENCH_OUTPUTS: String(outputs) }),
    ...(topology ? [plain('plain-topology', `plain cdktf: ${topology.resources} aws_vpc`, { BENCH_RESOURCES: String(topology.resources) })] : []),
  ];
}

function fmtMs(ms: number): string {
  return ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
const fmtMb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function machine(): string {
  const cpu = cpus();
  const date = new Date().toISOString().replace(/:\d\d\.\d+Z$/, 'Z');
  return `${cpu.length} cores, ${cpu[0]?.model.trim() ?? 'unknown CPU'}, node ${process.version}, ${process.platform}, ${date}`;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'vpn-bench-'));
  try {
    const probe = chooseRssProbe(work);
    const load0 = loadavg()[0];
    let list = workloads(work);
    const selected = (w: Workload) => !options.only || options.only.test(w.id);

    // Warm-up, in order; also learns the 200-site stack's resource count for the plain program.
    const counts = new Map<string, { resources: number; outputs: number }>();
    const warm = (w: Workload) => {
      if (w.skip || !selected(w)) return;
      process.stderr.write(`warm-up ${w.label}\n`);
      runOnce(w, probe, work);
      if (w.outdir) counts.set(w.id, countElements(w.outdir));
    };
    list.forEach(warm);
    if (selected({ id: 'plain' } as Workload)) {
      for (const id of ['sites-200', 'sites-200-topology']) {
        if (counts.has(id)) continue;
        const w = list.find((x) => x.id === id)!;
        runOnce(w, probe, work);
        counts.set(id, countElements(w.outdir!));
      }
      const { resources, outputs } = counts.get('sites-200')!;
      const plain = plainWorkloads(work, resources, outputs, counts.get('sites-200-topology'));
      list = [...list, ...plain];
      plain.forEach(warm);
    }

    const samples = new Map<string, Sample[]>(list.map((w) => [w.id, []]));
    for (let round = 0; round < options.runs; round++) {
      process.stderr.write(`round ${round + 1}/${options.runs}\n`);
      for (const w of list) if (!w.skip && selected(w)) samples.get(w.id)!.push(runOnce(w, probe, work));
    }
    const load1 = loadavg()[0];

    const results = new Map<string, Result>();
    for (const w of list) {
      const s = samples.get(w.id)!;
      if (s.length === 0) continue;
      results.set(w.id, {
        workload: w,
        samples: s,
        wallMs: median(s.map((x) => x.ms)),
        cpuMs: median(s.map((x) => x.cpuMs)),
        rssKb: median(s.map((x) => x.rssKb)),
        ...counts.get(w.id),
      });
    }

    const report = render(list, results, options, probe, load0, load1);
    process.stdout.write(`${report.text}\n`);
    if (options.docs) {
      writeDocs(report);
      process.stdout.write(`docs/performance.md: figures between ${TABLE_START} and ${TABLE_END} rewritten; README.md: the target verdicts\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface Rendered {
  readonly text: string;
  /** The docs/performance.md block: every figure. */
  readonly markdown: string;
  /** The README block: the target verdicts. */
  readonly targetsMarkdown: string;
}

/** Site count of a `sites-N` workload. */
function sitesOf(r: Result): number {
  return Number(r.workload.id.slice('sites-'.length));
}

function render(list: Workload[], results: Map<string, Result>, options: Options, probe: RssProbe, load0: number, load1: number): Rendered {
  const floor = results.get('floor');
  const header = ['workload', 'resources / outputs', 'wall', 'CPU', 'peak RSS', 'wall ÷ floor', 'RSS ÷ floor'];
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const w of list) {
    const r = results.get(w.id);
    if (!r) {
      if (w.skip) {
        rows.push([w.label, '', 'skipped', '', '', '', '']);
        notes.push(`${w.label}: ${w.skip}`);
      }
      continue;
    }
    const elements = r.resources === undefined ? '' : `${r.resources} / ${r.outputs}`;
    const vsFloor = floor !== undefined;
    rows.push([
      w.label,
      elements,
      fmtMs(r.wallMs),
      fmtMs(r.cpuMs),
      fmtMb(r.rssKb),
      vsFloor ? ratio(r.wallMs, floor.wallMs) : '',
      vsFloor ? ratio(r.rssKb, floor.rssKb) : '',
    ]);
  }
  const main = results.get('main');
  const changed = results.get('main-changed');
  const noTraces = results.get('main-no-traces');
  const npm = results.get('npm');
  const app = results.get('app');
  const cli = results.get('cli');
  if (main && npm) notes.push(`npm's own start-up (npm run synth − its body): ${fmtMs(npm.wallMs - main.wallMs)} wall, ${fmtMs(npm.cpuMs - main.cpuMs)} CPU`);
  if (app && cli) notes.push(`cdktf CLI overhead over its app command: ${fmtMs(cli.wallMs - app.wallMs)} wall, ${fmtMs(cli.cpuMs - app.cpuMs)} CPU`);
  const stacks = results.get(`stacks-${STACK_COUNT}`);
  const stacksNoTraces = results.get(`stacks-${STACK_COUNT}-no-traces`);
  if (main && noTraces && stacks && stacksNoTraces) {
    notes.push(
      `VPN_SYNTH_STACK_TRACES=off: default app ${ratio(noTraces.wallMs, main.wallMs)} wall (${ratio(noTraces.cpuMs, main.cpuMs)} CPU), ` +
        `${STACK_COUNT} stacks ${ratio(stacksNoTraces.wallMs, stacks.wallMs)} wall (${ratio(stacksNoTraces.cpuMs, stacks.cpuMs)} CPU) of the run with traces`,
    );
  }

  // Verdicts on wall time, as the targets are stated, and on CPU time, which a busy machine
  // distorts far less (wall time includes waiting for a core).
  const targets: string[] = [];
  const targetVsFloor = (name: string, r: Result | undefined, limit: number) => {
    if (!floor || !r) return;
    targets.push(
      `${name} ≤ ${limit}× floor: wall ${judged(r.wallMs / floor.wallMs, limit)}, peak RSS ${judged(r.rssKb / floor.rssKb, limit)} ` +
        `(CPU ${judged(r.cpuMs / floor.cpuMs, limit)})`,
    );
  };
  targetVsFloor('main command (npm run synth\'s body), nothing changed since the last run', main, 1.3);
  targetVsFloor('main command right after a source change', changed, 2);
  targetVsFloor('cdktf.json app, nothing changed', app, 1.3);
  const topology = results.get('sites-200-topology');
  const plainTopology = results.get('plain-topology');
  const s50 = results.get('sites-50');
  const s200 = results.get('sites-200');
  const s1000 = results.get('sites-1000');
  const plain = results.get('plain');
  const plainOut = results.get('plain-outputs');
  if (topology && plainTopology) {
    targets.push(
      `200-site stack ≤ 1.5× plain program with as many resources, sites as the synth-speed target lists them (2 customer gateways, 2 connections, static routes, propagation; alarms and logs off): ` +
        `wall ${judged(topology.wallMs / plainTopology.wallMs, 1.5)} (CPU ${judged(topology.cpuMs / plainTopology.cpuMs, 1.5)})`,
    );
  }
  if (s200 && plain) {
    targets.push(
      `  the same with the construct's defaults on (alarms, SNS topic, log group): wall ${judged(s200.wallMs / plain.wallMs, 1.5)} ` +
        `(CPU ${judged(s200.cpuMs / plain.cpuMs, 1.5)}; peak RSS ${(s200.rssKb / plain.rssKb).toFixed(2)}×)`,
    );
  }
  if (s200 && plainOut) {
    targets.push(
      `  context: the defaults-on 200-site stack ÷ plain program with as many resources and outputs: wall ${(s200.wallMs / plainOut.wallMs).toFixed(2)}×, CPU ${(s200.cpuMs / plainOut.cpuMs).toFixed(2)}×`,
    );
  }
  if (s50 && s200 && s1000) {
    const step = (from: Result, to: Result, key: 'wallMs' | 'cpuMs') => (to[key] - from[key]) / (sitesOf(to) - sitesOf(from));
    const [a, b] = [step(s50, s200, 'wallMs'), step(s200, s1000, 'wallMs')];
    const [ca, cb] = [step(s50, s200, 'cpuMs'), step(s200, s1000, 'cpuMs')];
    targets.push(
      `cost per added site constant (200→1000 ≤ 1.25× 50→200): wall ${a.toFixed(2)} → ${b.toFixed(2)} ms/site = ${judged(b / a, 1.25)} ` +
        `(CPU ${ca.toFixed(2)} → ${cb.toFixed(2)} ms/site = ${judged(cb / ca, 1.25)})`,
    );
  }

  const rssHow = probe.kind === 'gnu-time' ? '/usr/bin/time -v' : 'process.resourceUsage()';
  const how =
    `medians of ${options.runs} runs per workload after a warm-up, interleaved; wall from the bench, CPU (user+sys) and peak RSS by ${rssHow}; ` +
    `load average ${load0.toFixed(2)} → ${load1.toFixed(2)}`;
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const text = [
    `Machine: ${machine()}`,
    how,
    '',
    ...all.map((r, i) => {
      const line = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
      return i === 0 ? `${line}\n${'-'.repeat(line.length)}` : line;
    }),
    ...notes.map((n) => `* ${n}`),
    '',
    'Targets (ratios of medians from this run):',
    ...targets.map((t) => `  ${t}`),
  ].join('\n');

  const markdown = [
    TABLE_START,
    `Measured on ${machine()}; ${how}.`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, c) => (c === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    ...notes.map((n) => `- ${n}`),
    ...(notes.length ? [''] : []),
    ...targets.map((t) => (t.startsWith('  ') ? `  - ${t.trim()}` : `- ${t}`)),
    TABLE_END,
  ].join('\n');
  const targetsMarkdown = [
    TARGETS_START,
    `From \`npm run bench\` (${options.runs} runs, load average ${load0.toFixed(2)} → ${load1.toFixed(2)}; every figure: [docs/performance.md](docs/performance.md)):`,
    '',
    ...targets.map((t) => (t.startsWith('  ') ? `  - ${t.trim()}` : `- ${t}`)),
    TARGETS_END,
  ].join('\n');
  return { text, markdown, targetsMarkdown };
}

function writeDocs(report: Rendered): void {
  writeFileSync(DOCS, replaceMarkedBlock(readFileSync(DOCS, 'utf8'), TABLE_START, TABLE_END, report.markdown));
  writeFileSync(README, replaceMarkedBlock(readFileSync(README, 'utf8'), TARGETS_START, TARGETS_END, report.targetsMarkdown));
}

main();
