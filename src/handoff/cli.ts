/**
 * `vpn-handoff <outputs.json> <outdir>`: one secret-free hand-off file per stack from the file that
 * `cdktf output --outputs-file <outputs.json>` wrote — what the on-premises team gets, and what
 * `vpn-device-config --outputs` reads. Loads no cdktf module.
 */
import { writeHandoffFiles } from './write-handoff';

const USAGE = 'usage: vpn-handoff <outputs.json> <outdir>   (one <stack>.json hand-off file per stack; no keys)\n';

/** Runs the command; returns the exit code (0 written, 1 bad input, 2 usage). */
export function run(argv: string[], out: (s: string) => void = (s) => void process.stdout.write(s), err: (s: string) => void = (s) => void process.stderr.write(s)): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    out(USAGE);
    return 0;
  }
  const [outputsFile, outdir, ...rest] = argv;
  if (!outputsFile || !outdir || rest.length > 0 || outputsFile.startsWith('-')) {
    err(USAGE);
    return 2;
  }
  try {
    for (const file of writeHandoffFiles(outputsFile, outdir)) out(`wrote ${file}\n`);
    return 0;
  } catch (e) {
    // The reader's messages name the file and the problem, never its content (it can hold keys).
    err(`vpn-handoff: ${(e as Error).message}\n`);
    return 1;
  }
}
