/**
 * The pipeline repository's CI files (examples/pipeline-repo: .github/workflows/vpn.yml, .gitlab-ci.yml): plan → impact (report + guard) → apply of the SAVED plan,
 * in that order, for GitHub Actions and GitLab CI; the plan JSON (it holds the pre-shared keys in
 * clear text) never leaves the plan job.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';

const CI = join(__dirname, '..', 'examples', 'pipeline-repo');
const load = (file: string): Record<string, any> => parse(readFileSync(join(CI, file), 'utf8'));

/** Every shell line a job runs, in order (GitHub `run` steps, GitLab `script` lists with anchors resolved). */
function commands(job: Record<string, any>): string[] {
  const lines: unknown[] = job.steps ? job.steps.map((s: Record<string, unknown>) => s.run).filter(Boolean) : job.script;
  return lines.flat(Infinity).join('\n').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
const indexOf = (lines: string[], re: RegExp): number => lines.findIndex((l) => re.test(l));

const PLAN = /terraform -chdir=\S+ plan .*-out=tfplan/;
const SHOW = /terraform -chdir=\S+ show -json tfplan/;
const IMPACT = /npx vpn-impact plans --format markdown/;
const APPLY_SAVED = /terraform -chdir=\S+ apply .*tfplan$/;

function expectPipeline(jobs: Record<string, any>, needs: (job: string) => string[]): void {
  // Job order: impact after plan, apply after both.
  expect(needs('impact')).toEqual(['plan']);
  expect(needs('apply').sort()).toEqual(['impact', 'plan']);

  const plan = commands(jobs.plan);
  expect(indexOf(plan, PLAN)).toBeGreaterThan(-1);
  expect(indexOf(plan, SHOW)).toBeGreaterThan(indexOf(plan, PLAN));
  expect(indexOf(plan, IMPACT)).toBeGreaterThan(indexOf(plan, SHOW));
  // The plan JSON is deleted before anything is packed for another job.
  expect(indexOf(plan, /rm -rf plans/)).toBeGreaterThan(indexOf(plan, IMPACT));
  expect(indexOf(plan, /openssl enc -aes-256-cbc/)).toBeGreaterThan(indexOf(plan, /rm -rf plans/));

  const apply = commands(jobs.apply);
  expect(indexOf(apply, APPLY_SAVED)).toBeGreaterThan(indexOf(apply, /openssl enc -d/));
  // The apply job applies the saved plan: it never plans again and never auto-approves a fresh one.
  expect(apply.filter((l) => / plan /.test(l) || /-auto-approve/.test(l) || /cdktf -- deploy/.test(l))).toEqual([]);
}

describe('examples/pipeline-repo/.github/workflows/vpn.yml', () => {
  const workflow = load('.github/workflows/vpn.yml');
  const jobs = workflow.jobs;
  const needs = (job: string) => [jobs[job].needs].flat();

  test('plan → impact → apply of the saved plan', () => {
    expect(Object.keys(jobs)).toEqual(['plan', 'impact', 'apply']);
    expectPipeline(jobs, needs);
  });

  test('the report goes to the pull request and the guard fails the check with vpn-impact\'s exit code', () => {
    const impact = jobs.impact.steps;
    expect(impact.find((s: any) => /gh pr comment .*--body-file impact.md/.test(s.run ?? ''))?.if).toBe("github.event_name == 'pull_request'");
    expect(jobs.plan.outputs.guard).toBe('${{ steps.impact.outputs.guard }}');
    expect(commands(jobs.impact).join('\n')).toMatch(/needs\.plan\.outputs\.guard \}\}" != "0"[\s\S]*exit 1/);
  });

  test('apply only after merge to main, behind an environment; no artifact carries the plan JSON', () => {
    expect(jobs.apply.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(jobs.apply.environment).toBe('production');
    const uploads = Object.values<any>(jobs).flatMap((j) => j.steps.filter((s: any) => String(s.uses).startsWith('actions/upload-artifact')).map((s: any) => s.with.path));
    expect(uploads).toEqual(['impact.md', 'vpn-plans.tar.gz.enc', 'handoff/']);
  });

  test('offline-safe environment: no HashiCorp checkpoint call; metadata endpoint off (credentials come from OIDC)', () => {
    expect(workflow.env.CHECKPOINT_DISABLE).toBe('1');
    expect(workflow.env.AWS_EC2_METADATA_DISABLED).toBe('true');
    expect(workflow.permissions['id-token']).toBe('write');
  });
});

describe('examples/pipeline-repo/.gitlab-ci.yml', () => {
  const config = load('.gitlab-ci.yml');
  const needs = (job: string) => [config[job].needs].flat();

  test('stages plan → impact → apply; each job in its stage; apply of the saved plan', () => {
    expect(config.stages).toEqual(['plan', 'impact', 'apply']);
    for (const job of ['plan', 'impact', 'apply']) expect(config[job].stage).toBe(job);
    expectPipeline(config, needs);
  });

  test('the guard is vpn-impact\'s exit code; the note goes to the merge request', () => {
    const impact = commands(config.impact);
    expect(impact[impact.length - 1]).toBe('test "$(cat impact.exit)" = 0');
    expect(impact.join('\n')).toMatch(/merge_requests\/\$CI_MERGE_REQUEST_IID\/notes/);
    expect(commands(config.plan).join('\n')).toMatch(/npx vpn-impact plans --format markdown > impact.md; echo \$\? > impact.exit/);
  });

  test('apply only on the default branch, manual, one at a time; no artifact carries the plan JSON', () => {
    expect(config.apply.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', when: 'manual' }]);
    expect(config.apply.resource_group).toBe('vpn-production');
    expect(config.plan.artifacts.paths).toEqual(['impact.md', 'impact.exit', 'vpn-plans.tar.gz.enc']);
    expect(config.variables.CHECKPOINT_DISABLE).toBe('1');
  });
});
