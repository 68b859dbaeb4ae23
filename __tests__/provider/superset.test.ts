/**
 * Our validation is a superset of the provider's: every sweep value (support/sweep-cases.ts) goes
 * straight into a resource of its own for `terraform validate` (all of them in one configuration,
 * diagnostics mapped back by address) and through RedundantVpn.validate. Every value the provider
 * rejects, we reject; every value only we reject has its AWS rule cited. The verdicts are recorded
 * in fixtures/sweep-verdicts.json and the doc table generated from them (UPDATE_PROVIDER_CHECK=1
 * rewrites both; otherwise a difference fails, so a provider that changes its mind is noticed).
 */
import { readFileSync, writeFileSync } from 'fs';
import { diagnosticText, validateStacks } from './support/check';
import { sweepCases } from './support/sweep-cases';
import { sweepResource } from './support/sweep-resources';
import {
  DOC_FILE,
  generatedSectionOf,
  judgeAll,
  ProviderVerdict,
  RecordedVerdicts,
  reportMarkdown,
  supersetBreaks,
  uncitedStricter,
  VERDICTS_FILE,
} from './support/sweep-report';
import { providerSetup } from './support/terraform';

test('every value the provider rejects, we reject; every value only we reject cites its AWS rule', () => {
  const cases = sweepCases();
  expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  const stacks = cases.map((c) => {
    const { type, body } = sweepResource(c);
    return { key: c.id, json: { resource: { [type]: { sweep: body } } } };
  });
  const verdict = validateStacks('superset sweep', stacks);
  // Every diagnostic belongs to a case: nothing about the batch itself went wrong.
  expect(verdict.unowned.map(diagnosticText)).toEqual([]);

  // A value is not checked when the argument under test is one this provider does not know (it was
  // dropped); other dropped arguments of the same resource (the construct writes bgp_log_enabled =
  // false with logging off) leave the value under test checked.
  const droppedByOwner = new Map<string | undefined, string[]>();
  for (const address of verdict.dropped) {
    const owner = verdict.batch.ownerOf.get(address.split('.').slice(0, 2).join('.'));
    droppedByOwner.set(owner, [...(droppedByOwner.get(owner) ?? []), address]);
  }
  const argumentUnderTest = (c: (typeof cases)[number]) => (c.row.field.replace(/ \(.*\)$/, '').split('.').pop() ?? '').replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`);
  const notChecked = (c: (typeof cases)[number]) => (droppedByOwner.get(c.id) ?? []).some((address) => address.endsWith(`.${argumentUnderTest(c)}`));
  const recorded: RecordedVerdicts = {
    provider: providerSetup().version,
    cases: Object.fromEntries(
      cases.map((c): [string, ProviderVerdict] => {
        const errors = (verdict.byStack.get(c.id) ?? []).filter((d) => d.severity === 'error');
        // The provider reports a resource's errors in no fixed order: the first by text is recorded.
        if (errors.length > 0) return [c.id, { verdict: 'rejected', message: errors.map((d) => d.summary).sort()[0] }];
        return [c.id, { verdict: notChecked(c) ? 'not-checked' : 'accepted' }];
      }),
    ),
  };
  // No warnings either: a deprecated argument would show here.
  expect(verdict.result.diagnostics.filter((d) => d.severity === 'warning').map(diagnosticText)).toEqual([]);

  const judged = judgeAll(recorded);
  const counts = { accepted: 0, rejected: 0, 'not-checked': 0, ours: 0 };
  for (const j of judged) {
    counts[j.provider.verdict]++;
    if (j.ours) counts.ours++;
  }
  console.log(
    `[provider check] superset sweep: ${judged.length} values — provider ${recorded.provider} accepts ${counts.accepted}, rejects ${counts.rejected}, ` +
      `cannot check ${counts['not-checked']}; we reject ${counts.ours}; provider rejects and we accept: ${supersetBreaks(judged).length}`,
  );
  // The sweep exercises both verdicts of the provider: it cannot pass vacuously.
  expect(counts.rejected).toBeGreaterThan(40);
  expect(counts.accepted).toBeGreaterThan(40);

  expect(supersetBreaks(judged).map((j) => `${j.c.id}: provider says ${j.provider.message}`)).toEqual([]);
  expect(uncitedStricter(judged).map((j) => `${j.c.id}: ${j.ours}`)).toEqual([]);

  const markdown = reportMarkdown(recorded);
  const doc = readFileSync(DOC_FILE, 'utf8');
  if (process.env.UPDATE_PROVIDER_CHECK === '1') {
    writeFileSync(VERDICTS_FILE, `${JSON.stringify(recorded, null, 2)}\n`);
    const current = generatedSectionOf(doc);
    writeFileSync(DOC_FILE, current ? doc.replace(current, markdown) : `${doc.trimEnd()}\n\n${markdown}\n`);
  }
  const pinned = JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as RecordedVerdicts;
  if (pinned.provider !== recorded.provider) {
    // Another provider version (a user's own, from the registry): the superset promise above is
    // what counts; the verdicts that differ from the recorded ones are listed, not failed.
    const changed = cases.filter((c) => pinned.cases[c.id]?.verdict !== recorded.cases[c.id].verdict);
    console.log(
      `[provider check] superset sweep: recorded verdicts are provider ${pinned.provider}'s, this run used ${recorded.provider}; ${changed.length} differ` +
        changed.map((c) => `\n  ${c.id}: ${pinned.cases[c.id]?.verdict ?? 'unrecorded'} → ${recorded.cases[c.id].verdict}`).join(''),
    );
    return;
  }
  // The recorded verdicts are this provider's (a provider that changed its mind is noticed here).
  expect(pinned).toEqual(recorded);
  expect(generatedSectionOf(readFileSync(DOC_FILE, 'utf8'))).toBe(markdown);
});
