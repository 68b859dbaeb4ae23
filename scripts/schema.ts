// `npm run schema`: rewrites config.schema.json from the TypeBox schema (src/config/schema.ts).
import { writeFileSync } from 'fs';
import { join } from 'path';
import { CONFIG_SCHEMA_FILE, configSchemaText } from '../src/config/json-schema';

const file = join(__dirname, '..', CONFIG_SCHEMA_FILE);
writeFileSync(file, configSchemaText());
process.stdout.write(`wrote ${file}\n`);
