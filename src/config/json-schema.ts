/**
 * `config.schema.json`: the TypeBox schema the loader validates with, written out as JSON Schema
 * so editors complete and check config files (`"$schema": "./config.schema.json"` in JSON,
 * `# yaml-language-server: $schema=…` in YAML). One source: the file cannot drift from the
 * validator (a test fails when the committed file is stale; `npm run schema` rewrites it).
 */
import { ConfigSchema } from './schema';

/** The file name at the repository root. */
export const CONFIG_SCHEMA_FILE = 'config.schema.json';

/** The JSON Schema document as committed (2-space JSON, trailing newline). */
export function configSchemaText(): string {
  // JSON.stringify drops TypeBox's symbol-keyed metadata: what is left is plain JSON Schema.
  const document = { $schema: 'http://json-schema.org/draft-07/schema#', ...ConfigSchema };
  return `${JSON.stringify(document, null, 2)}\n`;
}
