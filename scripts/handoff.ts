// `npm run handoff -- <outputs.json> <outdir>`: one secret-free hand-off JSON per stack from the
// file `cdktf output --outputs-file <outputs.json>` wrote.
import { writeHandoffFiles } from '../src/handoff/write-handoff';

const [outputsFile, outdir] = process.argv.slice(2);
if (!outputsFile || !outdir) {
  process.stderr.write('usage: npm run handoff -- <outputs.json> <outdir>\n');
  process.exit(2);
}
try {
  for (const file of writeHandoffFiles(outputsFile, outdir)) process.stdout.write(`wrote ${file}\n`);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
