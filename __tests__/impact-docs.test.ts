/**
 * docs/safe-changes.md states what the code and the measurements say: the effect table is generated
 * from src/impact/effects.ts, the "Safe changes" table from the analyzer's verdicts on the recorded
 * real plan (the provider test checks it against a fresh one), and the exit codes are the CLI's.
 * UPDATE_SAFE_CHANGES=1 rewrites both tables.
 */
import { readFileSync } from 'fs';
import { analyzePlan } from '../src/impact/analyze-plan';
import { EXIT_OK, EXIT_STOPPED, EXIT_USAGE, USAGE } from '../src/impact/cli';
import { recordedPlan } from './support/impact-fixture';
import { DOCS_FILE, documentedTable, effectTable, safeChangesTable, writeDocumentedTable } from './support/safe-changes-table';

const update = process.env.UPDATE_SAFE_CHANGES === '1';

test('the effect table in the docs is the one in src/impact/effects.ts', () => {
  if (update) writeDocumentedTable(effectTable(), 'effects');
  expect(documentedTable('effects')).toBe(effectTable());
});

test('the "Safe changes" table is what the recorded plan (hashicorp/aws 5.100.0) gives', () => {
  const plan = recordedPlan();
  const version = plan.configuration.provider_config.aws.version_constraint as string;
  expect(version).toBe('5.100.0');
  const table = safeChangesTable(analyzePlan(plan, 'safe-changes'), version);
  if (update) writeDocumentedTable(table);
  expect(documentedTable()).toBe(table);
});

test('the exit codes in the docs and in --help are the CLI\'s', () => {
  const docs = readFileSync(DOCS_FILE, 'utf8');
  expect([EXIT_OK, EXIT_STOPPED, EXIT_USAGE]).toEqual([0, 1, 2]);
  expect(docs).toContain('| 0 | the guard lets the deploy go ahead |');
  expect(docs).toContain('| 1 | the guard stops it |');
  expect(docs).toContain('| 2 | unusable input or usage error |');
  expect(USAGE).toContain('Exit codes: 0 the guard lets the deploy go ahead; 1 the guard stops it');
});
