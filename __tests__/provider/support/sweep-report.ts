/**
 * The superset report: for every sweep case, the provider's recorded verdict next to ours, and the
 * generated section of docs/provider-check.md built from them. The provider test records the
 * provider's verdicts (fixtures/sweep-verdicts.json, needs Terraform); `npm test` recomputes ours
 * and checks the recorded verdicts cover every case and that the doc is the one this produces.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { RedundantVpn } from '../../../src';
import { formatIssue } from '../../../src/validation/issues';
import { baseField, SWEEP_ROWS, SweepCase, sweepCases } from './sweep-cases';

/** The provider's verdict on one case: accepted, rejected (with its first message), or not checked (argument unknown to that version). */
export interface ProviderVerdict {
  readonly verdict: 'accepted' | 'rejected' | 'not-checked';
  readonly message?: string;
}

export interface RecordedVerdicts {
  /** The provider version that judged them. */
  readonly provider: string;
  readonly cases: Record<string, ProviderVerdict>;
}

export const VERDICTS_FILE = join(__dirname, '..', 'fixtures', 'sweep-verdicts.json');
export const DOC_FILE = join(__dirname, '..', '..', '..', 'docs', 'provider-check.md');
export const BEGIN = '<!-- BEGIN GENERATED: superset sweep (npm run test:provider with UPDATE_PROVIDER_CHECK=1) -->';
export const END = '<!-- END GENERATED: superset sweep -->';

export function readVerdicts(): RecordedVerdicts {
  return JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as RecordedVerdicts;
}

/**
 * Our verdict: the first error RedundantVpn.validate reports about the field under test (else the
 * first at all), and whether any is about that field; undefined when it accepts.
 */
export function ourVerdict(c: SweepCase): { ours?: string; oursAtField: boolean } {
  const errors = RedundantVpn.validate(c.props).errors;
  const field = baseField(c.row.field);
  const atField = errors.find((e) => e.path === field || e.path.startsWith(`${field}[`) || e.path.endsWith(`.${field}`) || e.path.includes(`.${field}[`));
  const shown = atField ?? errors[0];
  return { ours: shown ? formatIssue(shown) : undefined, oursAtField: atField !== undefined };
}

export interface Judged {
  readonly c: SweepCase;
  readonly provider: ProviderVerdict;
  readonly ours?: string;
  /** One of our errors is about the field under test (not only about its context). */
  readonly oursAtField: boolean;
}

/** Every case with both verdicts; throws when a case has no recorded provider verdict. */
export function judgeAll(recorded: RecordedVerdicts): Judged[] {
  return sweepCases().map((c) => {
    const provider = recorded.cases[c.id];
    if (!provider) throw new Error(`no recorded provider verdict for sweep case "${c.id}": run UPDATE_PROVIDER_CHECK=1 npm run test:provider`);
    return { c, provider, ...ourVerdict(c) };
  });
}

/** Cases the provider rejects and we accept (or reject only for another field): each one breaks the superset promise. */
export function supersetBreaks(judged: Judged[]): Judged[] {
  return judged.filter((j) => j.provider.verdict === 'rejected' && !j.oursAtField);
}

/** The AWS rule cited for a value only we reject, if its row has one. */
export function citation(c: SweepCase): string | undefined {
  const s = c.row.stricter;
  return typeof s === 'function' ? s(c.value) : s;
}

/** Cases we reject and the provider accepts without a cited AWS rule. */
export function uncitedStricter(judged: Judged[]): Judged[] {
  return judged.filter((j) => j.provider.verdict === 'accepted' && j.ours !== undefined && !citation(j.c));
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** The generated section of docs/provider-check.md, markers included. */
export function reportMarkdown(recorded: RecordedVerdicts): string {
  const judged = judgeAll(recorded);
  const version = recorded.provider;
  const short = version.split('.').slice(0, 2).join('.');
  const out: string[] = [BEGIN, ''];
  const count = (f: (j: Judged) => boolean) => judged.filter(f).length;
  out.push(
    `${judged.length} values over ${SWEEP_ROWS.length} rows, judged by provider ${version} (\`terraform validate\`) and by \`RedundantVpn.validate\`: ` +
      `${count((j) => j.provider.verdict === 'accepted' && !j.ours)} both accept, ${count((j) => j.provider.verdict === 'rejected' && !!j.ours)} both reject, ` +
      `${count((j) => j.provider.verdict === 'accepted' && !!j.ours)} only we reject (stricter, cited below), ${count((j) => j.provider.verdict === 'rejected' && !j.ours)} only the provider rejects, ` +
      `${count((j) => j.provider.verdict === 'not-checked')} not checked by provider ${short} (arguments it does not know).`,
    '',
    '### Per field',
    '',
    `| Field | Where | Values | Both accept | Both reject | Only we reject | Not checked by ${short} |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of SWEEP_ROWS) {
    const js = judged.filter((j) => j.c.row === row);
    const n = (f: (j: Judged) => boolean) => js.filter(f).length;
    out.push(
      `| ${code(row.field)} | ${row.target === 'tunnel' ? 'tunnel option' : row.target === 'customerGateway' ? 'customer gateway' : 'VPN'} | ${js.length} | ` +
        `${n((j) => j.provider.verdict === 'accepted' && !j.ours)} | ${n((j) => j.provider.verdict === 'rejected' && !!j.ours)} | ` +
        `${n((j) => j.provider.verdict === 'accepted' && !!j.ours)} | ${n((j) => j.provider.verdict === 'not-checked')} |`,
    );
  }
  out.push('', `### Stricter than provider ${short}: we reject, the provider accepts`, '', '| Field | Value | Our error | AWS rule |', '| --- | --- | --- | --- |');
  for (const j of judged.filter((x) => x.provider.verdict === 'accepted' && !!x.ours)) {
    out.push(`| ${code(j.c.row.field)} | ${code(j.c.shown)} | ${cell(j.ours!)} | ${cell(citation(j.c) ?? '**NOT CITED**')} |`);
  }
  const notChecked = judged.filter((j) => j.provider.verdict === 'not-checked');
  out.push('', `### Not checked by provider ${short}`, '');
  if (notChecked.length === 0) out.push('None.');
  else {
    out.push(
      `These values sit in arguments provider ${short} does not know; they are removed before validating and reported as "not checked by provider ${short}". ` +
        'The BGP log arguments came with provider 6.x (hashicorp/terraform-provider-aws pull request 45271, "aws_vpn_connection: Support Site-to-Site VPN BGP logging", ' +
        'after AWS added BGP logging to Site-to-Site VPN in November 2025).',
      '',
      '| Field | Value | Ours |',
      '| --- | --- | --- |',
    );
    for (const j of notChecked) out.push(`| ${code(j.c.row.field)} | ${code(j.c.shown)} | ${j.ours ? cell(j.ours) : 'accepted'} |`);
  }
  const newer = supersetBreaks(judged);
  out.push('', `### Provider ${short} rejects, we accept`, '');
  if (newer.length === 0) out.push(`None: every value provider ${short} rejects, we reject.`);
  else for (const j of newer) out.push(`- ${code(j.c.row.field)} ${code(j.c.shown)}: ${cell(j.provider.message ?? '')}`);
  out.push('', END);
  return out.join('\n');
}

/** The generated section as it stands in the doc (markers included), or undefined. */
export function generatedSectionOf(doc: string): string | undefined {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  return start < 0 || end < 0 ? undefined : doc.slice(start, end + END.length);
}

export { baseField };
