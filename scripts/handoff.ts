// `npm run handoff -- <outputs.json> <outdir>`: the installed `vpn-handoff` command, from the sources.
// `npm run handoff -- --schema`: rewrites handoff.schema.json from the hand-off contract (src/model/handoff.ts).
import { writeFileSync } from 'fs';
import { join } from 'path';
import { HANDOFF_SCHEMA_FILE, handoffSchemaText } from '../src/model/handoff';
import { run } from '../src/handoff/cli';

const args = process.argv.slice(2);
if (args[0] === '--schema') {
  const file = join(__dirname, '..', HANDOFF_SCHEMA_FILE);
  writeFileSync(file, handoffSchemaText());
  process.stdout.write(`wrote ${file}\n`);
  process.exit(0);
}
process.exitCode = run(args);
