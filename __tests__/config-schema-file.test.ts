/** config.schema.json is generated from the validator's TypeBox schema and must be current. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { CONFIG_SCHEMA_FILE, configSchemaText } from '../src/config/json-schema';

describe('config.schema.json', () => {
  const committed = readFileSync(join(__dirname, '..', CONFIG_SCHEMA_FILE), 'utf8');

  test('matches the TypeBox schema (run `npm run schema` after changing src/config/schema.ts or a field table)', () => {
    expect(committed).toBe(configSchemaText());
  });

  test('describes the stack-level fields editors should complete', () => {
    const schema = JSON.parse(committed);
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'defaults', 'stacks']);
    expect(schema.properties.stacks.items.required).toEqual(['name']);
    expect(Object.keys(schema.properties.stacks.items.properties)).toEqual(['name', 'region', 'accountId', 'assumeRole', 'assumeRoleArn', 'tags', 'backend', 'vpn']);
    expect(Object.keys(schema.properties.defaults.properties.backend.properties)).toEqual(['bucket', 'region', 'key', 'dynamodbTable', 'roleArn']);
  });
});
