/**
 * The superset sweep without Terraform: the provider's verdicts recorded by `npm run test:provider`
 * (__tests__/provider/fixtures/sweep-verdicts.json) against our validation as it is now. A rule
 * made looser than the provider, a new stricter value without its AWS rule, a sweep value without
 * a recorded verdict, or a stale table in docs/provider-check.md fails here, on any machine.
 * `UPDATE_PROVIDER_CHECK=1 npx jest provider-check-doc` rewrites the table from the recorded
 * verdicts (new sweep values need the provider: `UPDATE_PROVIDER_CHECK=1 npm run test:provider`).
 */
import { readFileSync, writeFileSync } from 'fs';
import { TUNNEL_OPTION_NAMES } from '../src/model/tunnel-option-fields';
import { SWEEP_ROWS } from './provider/support/sweep-cases';
import { DOC_FILE, generatedSectionOf, judgeAll, readVerdicts, reportMarkdown, supersetBreaks, uncitedStricter } from './provider/support/sweep-report';

const LOG_OPTION_FIELDS = ['logEnabled', 'logGroupArn', 'logOutputFormat', 'bgpLogEnabled', 'bgpLogGroupArn', 'bgpLogOutputFormat'];

test('the sweep has a row for every tunnel option field and every log option', () => {
  const swept = new Set(SWEEP_ROWS.filter((r) => r.target === 'tunnel').map((r) => r.field.replace(/ \(.*\)$/, '')));
  const expected = [...TUNNEL_OPTION_NAMES.filter((f) => f !== 'logOptions'), ...LOG_OPTION_FIELDS.map((f) => `logOptions.${f}`)];
  expect(expected.filter((f) => !swept.has(f))).toEqual([]);
  expect([...swept].filter((f) => !expected.includes(f))).toEqual([]);
});

test('every value the recorded provider rejects, we reject; every value only we reject cites its AWS rule', () => {
  const judged = judgeAll(readVerdicts());
  expect(supersetBreaks(judged).map((j) => `${j.c.id}: provider says ${j.provider.message}`)).toEqual([]);
  expect(uncitedStricter(judged).map((j) => `${j.c.id}: ${j.ours}`)).toEqual([]);
  // Both verdicts occur: the check cannot pass vacuously.
  expect(judged.filter((j) => j.provider.verdict === 'rejected').length).toBeGreaterThan(40);
  expect(judged.filter((j) => j.provider.verdict === 'accepted' && !j.ours).length).toBeGreaterThan(40);
});

test('docs/provider-check.md holds the table these verdicts produce', () => {
  const markdown = reportMarkdown(readVerdicts());
  const doc = readFileSync(DOC_FILE, 'utf8');
  if (process.env.UPDATE_PROVIDER_CHECK === '1') writeFileSync(DOC_FILE, doc.replace(generatedSectionOf(doc) ?? '', markdown));
  expect(generatedSectionOf(readFileSync(DOC_FILE, 'utf8'))).toBe(markdown);
});
