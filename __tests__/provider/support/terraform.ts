/**
 * The real Terraform AWS provider as a test oracle: finds Terraform and the provider (a filesystem
 * mirror on the machine when there is one, else the public registry), writes a working directory
 * from synthesized cdktf JSON and runs `init`, `validate -json`, and `plan -refresh=false` against a
 * written state (`show -json` of the saved plan).
 *
 * The synthesized JSON pins the provider version the library is built for (6.x); the check runs the
 * version it has through an override file, and drops the arguments that version does not know
 * (listed once, in {@link newerProviderOnlyArguments}) — reported, never silently.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/** How the provider is installed for the checks. */
export interface ProviderSetup {
  /** `mirror`: a filesystem mirror on this machine; `registry`: a normal `terraform init` download. */
  readonly source: 'mirror' | 'registry';
  /** The provider version the checks run (the mirror's; for the registry, `TF_AWS_PROVIDER_VERSION` or 6.25.0). */
  readonly version: string;
  /** A Terraform CLI config file (TF_CLI_CONFIG_FILE) that installs it. */
  readonly cliConfigFile: string;
  /** Shared plugin cache, so each working directory links the provider instead of copying 700 MB. */
  readonly pluginCacheDir: string;
  /** The mirror root, for `source: 'mirror'`. */
  readonly mirrorRoot?: string;
}

/** Where mirrors were looked for, for messages. */
function mirrorSearchText(): string {
  const candidates = mirrorCandidates();
  return candidates.length === 0 ? 'no filesystem mirror looked for (TF_PROVIDER_MIRROR=none)' : `no filesystem mirror found in ${candidates.join(', ')}`;
}

/** One line saying where the provider comes from (the checks print it before they run). */
export function describeSetup(s: ProviderSetup): string {
  return s.source === 'mirror'
    ? `hashicorp/aws ${s.version} from the filesystem mirror ${s.mirrorRoot} (no network)`
    : `hashicorp/aws ${s.version} from the public registry (normal terraform init; ${mirrorSearchText()})`;
}

/** The error for a failed `terraform init`: names what is missing, for the mirror or the registry. */
export function initFailureMessage(s: ProviderSetup, output: string): string {
  const what =
    s.source === 'mirror'
      ? `the filesystem mirror ${s.mirrorRoot} does not hold a usable hashicorp/aws ${s.version} for this platform`
      : `hashicorp/aws ${s.version} could not be installed from the registry (no network?), and ${mirrorSearchText()}; ` +
        'set TF_PROVIDER_MIRROR to a mirror root (the folder above registry.terraform.io) or run with network access';
  return `terraform init failed: ${what}\n${output.trim()}`;
}

/** Where a filesystem mirror is looked for, in order (TF_PROVIDER_MIRROR first; `none` skips every mirror: the registry is used). */
export function mirrorCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.TF_PROVIDER_MIRROR === 'none') return [];
  return [env.TF_PROVIDER_MIRROR, '/opt/tf-plugins', '/usr/share/terraform/plugins', join(env.HOME ?? '/root', '.terraform.d', 'plugins')].filter(
    (c): c is string => !!c,
  );
}

/** The mirror root (the folder above registry.terraform.io) holding hashicorp/aws, and the newest version in it. */
export function findProviderMirror(candidates: string[] = mirrorCandidates()): { root: string; version: string } | undefined {
  for (const root of candidates) {
    if (!root) continue;
    const dir = join(root, 'registry.terraform.io', 'hashicorp', 'aws');
    if (!existsSync(dir)) continue;
    const versions = readdirSync(dir).filter((v) => /^\d+\.\d+\.\d+$/.test(v) && existsSync(join(dir, v, 'linux_amd64')));
    versions.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    if (versions.length > 0) return { root, version: versions[versions.length - 1] };
  }
  return undefined;
}

let setup: ProviderSetup | undefined;

/** Finds Terraform and the provider once per process; throws a readable error naming what is missing. */
export function providerSetup(): ProviderSetup {
  if (setup) return setup;
  const tf = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', env: process.env });
  if (tf.error || tf.status !== 0) {
    throw new Error('terraform is not installed (or not on PATH): the provider checks need Terraform >= 1.5 (https://developer.hashicorp.com/terraform/install)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'vpn-tf-cli-'));
  const pluginCacheDir = join(dir, 'plugin-cache');
  mkdirSync(pluginCacheDir);
  const cliConfigFile = join(dir, 'cli.tfrc');
  const mirror = findProviderMirror();
  if (mirror) {
    writeFileSync(
      cliConfigFile,
      `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror.root)}\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/hashicorp/aws"]\n  }\n}\n`,
    );
    setup = { source: 'mirror', version: mirror.version, cliConfigFile, pluginCacheDir, mirrorRoot: mirror.root };
  } else {
    writeFileSync(cliConfigFile, '');
    setup = { source: 'registry', version: process.env.TF_AWS_PROVIDER_VERSION ?? '6.25.0', cliConfigFile, pluginCacheDir };
  }
  return setup;
}

/**
 * Arguments the library writes that provider versions before 6.0 do not know, by resource type and
 * path ('*' for tunnel 1 and 2). Removed before a check with an older provider, and printed.
 */
export function newerProviderOnlyArguments(version: string): { readonly resource: string; readonly path: string; readonly since: string }[] {
  const major = Number(version.split('.')[0]);
  if (major >= 6) return [];
  return [
    { resource: 'aws_vpn_connection', path: 'tunnel*_log_options.cloudwatch_log_options.bgp_log_enabled', since: '6.0.0' },
    { resource: 'aws_vpn_connection', path: 'tunnel*_log_options.cloudwatch_log_options.bgp_log_group_arn', since: '6.0.0' },
    { resource: 'aws_vpn_connection', path: 'tunnel*_log_options.cloudwatch_log_options.bgp_log_output_format', since: '6.0.0' },
  ];
}

/** Removes the arguments `version` does not know from synthesized JSON (in place); returns what was removed. */
export function dropNewerProviderArguments(json: Record<string, any>, version: string): string[] {
  const dropped: string[] = [];
  for (const rule of newerProviderOnlyArguments(version)) {
    const resources = json.resource?.[rule.resource] ?? {};
    for (const [name, body] of Object.entries<Record<string, any>>(resources)) {
      for (const n of [1, 2]) {
        const parts = rule.path.replace('*', String(n)).split('.');
        let obj: any = body;
        for (const p of parts.slice(0, -1)) obj = obj?.[p];
        const last = parts[parts.length - 1];
        if (obj && last in obj) {
          delete obj[last];
          dropped.push(`${rule.resource}.${name}.${parts.join('.')}`);
        }
      }
    }
  }
  return dropped;
}

/** Provider settings for offline checks: no credential, account or metadata look-ups. */
export function offlineProviderOverride(region = 'eu-west-1', endpoint?: string): Record<string, unknown> {
  return {
    region,
    access_key: 'test',
    secret_key: 'test',
    skip_credentials_validation: true,
    skip_requesting_account_id: true,
    skip_metadata_api_check: true,
    skip_region_validation: true,
    ...(endpoint ? { endpoints: [{ ec2: endpoint, sts: endpoint, cloudwatch: endpoint, logs: endpoint, sns: endpoint, iam: endpoint }] } : {}),
  };
}

/** A Terraform working directory holding one configuration. */
export class TerraformDir {
  readonly dir: string;
  constructor(readonly setupInfo: ProviderSetup = providerSetup(), prefix = 'vpn-tf-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
  }

  /**
   * Writes the configuration (synthesized JSON, with the arguments this provider does not know
   * removed; `provider`, when given, replaces the stack's provider settings) and the override that
   * sets the provider version. Returns the removed arguments.
   */
  write(json: Record<string, any>, provider?: Record<string, unknown>): string[] {
    const copy = JSON.parse(JSON.stringify(json));
    const dropped = dropNewerProviderArguments(copy, this.setupInfo.version);
    if (copy.terraform?.backend) delete copy.terraform.backend;
    // The stack's own provider settings (assume_role, allowed accounts) would call AWS: replaced whole.
    if (provider) copy.provider = { aws: [provider] };
    writeFileSync(join(this.dir, 'main.tf.json'), JSON.stringify(copy, null, 2));
    const override: Record<string, unknown> = {
      terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: this.setupInfo.version } } },
    };
    writeFileSync(join(this.dir, 'zz_override.tf.json'), JSON.stringify(override, null, 2));
    return dropped;
  }

  /** Runs terraform with the CLI config; returns stdout, throws with stderr on failure unless `allowFailure`. */
  run(args: string[], allowFailure = false): { stdout: string; stderr: string; status: number } {
    const r = spawnSync('terraform', args, {
      cwd: this.dir,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      env: {
        ...process.env,
        TF_CLI_CONFIG_FILE: this.setupInfo.cliConfigFile,
        TF_PLUGIN_CACHE_DIR: this.setupInfo.pluginCacheDir,
        TF_IN_AUTOMATION: '1',
        CHECKPOINT_DISABLE: '1',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    const out = { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status ?? -1 };
    if (!allowFailure && out.status !== 0) throw new Error(`terraform ${args.join(' ')} failed in ${this.dir}:\n${out.stderr || out.stdout}`);
    return out;
  }

  /** `terraform init`; a failure names what is missing (the mirror's version, or the registry). */
  init(): void {
    const r = this.run(['init', '-backend=false', '-input=false', '-no-color'], true);
    if (r.status !== 0) throw new Error(initFailureMessage(this.setupInfo, r.stderr || r.stdout));
  }

  /** `terraform validate -json`: the provider's verdict on every value. */
  validate(): ValidateResult {
    return JSON.parse(this.run(['validate', '-json', '-no-color'], true).stdout) as ValidateResult;
  }

  /**
   * Writes `terraform.tfstate`, plans without refreshing, and returns `terraform show -json` of the plan.
   * `refresh: true` plans against the provider's endpoint instead (moto on loopback): `import` blocks
   * read the live objects then.
   */
  plan(state?: Record<string, unknown>, options: { readonly refresh?: boolean } = {}): Record<string, any> {
    if (state) writeFileSync(join(this.dir, 'terraform.tfstate'), JSON.stringify(state, null, 2));
    this.run(['plan', `-refresh=${options.refresh ? 'true' : 'false'}`, '-input=false', '-lock=false', '-no-color', '-out=plan.bin']);
    return JSON.parse(this.run(['show', '-json', 'plan.bin']).stdout);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The JSON `terraform validate -json` prints. */
export interface ValidateResult {
  readonly valid: boolean;
  readonly error_count: number;
  readonly warning_count: number;
  readonly diagnostics: {
    readonly severity: 'error' | 'warning';
    readonly summary: string;
    readonly detail?: string;
    readonly address?: string;
    readonly range?: { readonly filename: string; readonly start: { readonly line: number } };
  }[];
}
