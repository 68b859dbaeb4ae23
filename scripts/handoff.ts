// `npm run handoff -- <outputs.json> <outdir>`: one secret-free hand-off JSON per stack from the
// file `cdktf output --outputs-file <outputs.json>` wrote.
// `npm run handoff -- --schema`: rewrites handoff.schema.json from the hand-off contract (src/model/handoff.ts).
import { writeFileSync } from 'fs';
import { join } from 'path';
import { HANDOFF_SCHEMA_FILE, handoffSchemaText } from '../src/model/handoff';
import { writeHandoffFiles } from '../src/handoff/write-handoff';

const args = process.argv.slice(2);
if (args[0] === '--schema') {
  const file = join(__dirname, '..', HANDOFF_SCHEMA_FILE);
  writeFileSync(file, handoffSchemaText());
  process.stdout.write(`wrote ${file}\n`);
  process.exit(0);
}
const [outputsFile, outdir] = args;
if (!outputsFile || !outdir) {
  process.stderr.write('usage: npm run handoff -- <outputs.json> <outdir>   |   npm run handoff -- --schema\n');
  process.exit(2);
}
try {
  for (const file of writeHandoffFiles(outputsFile, outdir)) process.stdout.write(`wrote ${file}\n`);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
