/**
 * Rules for the stack level of the config (name, account, region, role, tags, state backend).
 * The VPN itself is checked by the library's rules (`src/validation`).
 *
 * Field rules run on each layer as written (`defaults`, `stacks[i]`), so an error names the line
 * the user has to fix; cross-stack rules run on the merged stacks.
 */
import type { Static } from '@sinclair/typebox';
import type { RedundantVpnProps } from '../model/props';
import { Reporter } from '../validation/issues';
import type { StackEntrySchema, StackSchema } from './schema';

/** The rule ids of the config file's own checks (the VPN rules have theirs: docs/validation.md). */
export const CONFIG_RULE_IDS = {
  /** The file cannot be read or parsed. */
  file: 'CONFIG-FILE',
  /** The file does not match config.schema.json. */
  schema: 'CONFIG-SCHEMA',
  /** A stack-level field rule (name, account, region, role, tags, backend) or a cross-stack rule. */
  stack: 'CONFIG-STACK',
} as const;

/** One layer as written: `defaults` or a stack entry (every field optional), as the schema types it. */
export type StackLayer = Omit<Partial<Static<typeof StackEntrySchema>>, 'vpn'>;

/** A merged stack, as far as these rules read it (the stack schema's types). */
export type MergedStack = Pick<Static<typeof StackSchema>, 'name' | 'accountId' | 'assumeRole' | 'backend'>;

/**
 * The props a stack gives its RedundantVpn: the `vpn` block, named after the stack unless it sets
 * `vpn.name`. The loader validates exactly these, so the construct never rejects what the loader let through.
 */
export function vpnPropsOf(spec: { readonly name: string; readonly vpn: RedundantVpnProps }): RedundantVpnProps {
  return { ...spec.vpn, name: spec.vpn.name ?? spec.name };
}

/** Where a stack's state goes in its bucket unless `backend.key` says otherwise. */
export function defaultStateKey(stackName: string): string {
  return `site-to-site-vpn/${stackName}.tfstate`;
}

/** STS session name used when `assumeRole.sessionName` is not given (2–64 characters). */
export function defaultSessionName(stackName: string): string {
  return `vpn-${stackName}`.slice(0, 64);
}

const SAFE_NAME_CHARS = 'letters, digits, ".", "_" and "-", starting with a letter or digit';
const GLOB_CHARS = /[*?[\]{}!]/;
// Commercial, China, GovCloud and ISO partitions: eu-west-1, cn-north-1, us-gov-west-1, us-isob-east-1.
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ACCOUNT_ID = /^\d{12}$/;
const ROLE_ARN = /^arn:aws(-cn|-us-gov|-iso[a-z]*)?:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
// STS AssumeRole: RoleSessionName 2–64 of [\w+=,.@-]; ExternalId 2–1224 of [\w+=,.@:/-].
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
// S3 general purpose bucket names.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const DYNAMODB_TABLE = /^[A-Za-z0-9_.-]{3,255}$/;

/** Why a stack name is unsafe for `cdktf deploy '<glob>'`, a directory and a state key; undefined if safe. */
export function unsafeNameReason(name: string): string | undefined {
  if (name === '') return 'empty';
  if (/\s/.test(name)) return 'contains whitespace';
  const glob = GLOB_CHARS.exec(name);
  if (glob) return `contains the glob character "${glob[0]}"`;
  const other = /[^A-Za-z0-9._-]/.exec(name);
  if (other) return `contains "${other[0]}"`;
  if (!/^[A-Za-z0-9]/.test(name)) return 'does not start with a letter or digit';
  return undefined;
}

/** Field rules on one layer; `path` is `defaults` or `stacks[i]`. */
export function checkStackLayer(layer: StackLayer, path: string, report: Reporter): void {
  if (layer.name !== undefined) {
    const reason = unsafeNameReason(layer.name);
    if (reason) report.error(`${path}.name`, layer.name, `unsafe stack name: ${reason}`, `${SAFE_NAME_CHARS}, so that cdktf deploy '<glob>' selects exactly the stacks meant`);
  }
  if (layer.region !== undefined && !REGION.test(layer.region)) {
    report.error(`${path}.region`, layer.region, 'not an AWS region name', 'like eu-west-1, us-east-1 or us-gov-west-1');
  }
  if (layer.accountId !== undefined && !ACCOUNT_ID.test(layer.accountId)) {
    report.error(`${path}.accountId`, layer.accountId, 'not an AWS account id', 'exactly 12 digits, as a string so leading zeros survive');
  }
  if (layer.assumeRoleArn !== undefined && layer.assumeRole !== undefined) {
    report.error(`${path}.assumeRoleArn`, layer.assumeRoleArn, 'given together with assumeRole', 'use assumeRole.roleArn alone; assumeRoleArn is its shorthand');
  }
  checkRoleArn(layer.assumeRoleArn, `${path}.assumeRoleArn`, report);
  const role = layer.assumeRole;
  if (role) {
    checkRoleArn(role.roleArn, `${path}.assumeRole.roleArn`, report);
    if (role.sessionName !== undefined && !SESSION_NAME.test(role.sessionName)) {
      report.error(`${path}.assumeRole.sessionName`, role.sessionName, 'not a valid STS session name', '2–64 characters: letters, digits and _+=,.@-');
    }
    if (role.externalId !== undefined && !EXTERNAL_ID.test(role.externalId)) {
      report.error(`${path}.assumeRole.externalId`, role.externalId, 'not a valid STS external id', '2–1224 characters: letters, digits and _+=,.@:/-');
    }
  }
  for (const [key, value] of Object.entries(layer.tags ?? {})) {
    if (key.length < 1 || key.length > 128 || /^aws:/i.test(key)) {
      report.error(`${path}.tags`, key, 'not a valid tag key', '1–128 characters; the "aws:" prefix is reserved by AWS');
    } else if (value.length > 256) {
      report.error(`${path}.tags.${key}`, `${value.length} characters`, 'tag value too long', 'at most 256 characters');
    }
  }
  const backend = layer.backend;
  if (backend) {
    if (backend.bucket !== undefined && !BUCKET.test(backend.bucket)) {
      report.error(`${path}.backend.bucket`, backend.bucket, 'not an S3 bucket name', '3–63 characters: lowercase letters, digits, "." and "-", starting and ending with a letter or digit');
    }
    if (backend.region !== undefined && !REGION.test(backend.region)) {
      report.error(`${path}.backend.region`, backend.region, 'not an AWS region name', 'like eu-west-1, us-east-1 or us-gov-west-1');
    }
    if (backend.key !== undefined && (backend.key === '' || backend.key.startsWith('/') || backend.key.endsWith('/') || backend.key.includes('//'))) {
      report.error(`${path}.backend.key`, backend.key, 'not a valid state key', 'non-empty, no leading or trailing "/", no "//"');
    }
    if (backend.dynamodbTable !== undefined && !DYNAMODB_TABLE.test(backend.dynamodbTable)) {
      report.error(`${path}.backend.dynamodbTable`, backend.dynamodbTable, 'not a DynamoDB table name', '3–255 characters: letters, digits, "_", "-" and "."');
    }
    checkRoleArn(backend.roleArn, `${path}.backend.roleArn`, report);
  }
}

function checkRoleArn(arn: string | undefined, path: string, report: Reporter): void {
  if (arn !== undefined && !ROLE_ARN.test(arn)) {
    report.error(path, arn, 'not an IAM role ARN', 'arn:aws:iam::<12-digit account id>:role/<name>');
  }
}

/** Rules across the merged stacks: unique names, one state object per stack, role in the stack's account. */
export function checkStacks(stacks: readonly (MergedStack | undefined)[], report: Reporter): void {
  const names = new Map<string, number>();
  const stateKeys = new Map<string, number>();
  stacks.forEach((stack, i) => {
    if (!stack) return; // incomplete: already reported
    // Case-insensitive: stack names become directories (cdktf.out/stacks/<name>), and macOS/Windows
    // file systems fold case.
    const folded = stack.name.toLowerCase();
    const first = names.get(folded);
    if (first === undefined) names.set(folded, i);
    else if (stacks[first]!.name === stack.name) report.error(`stacks[${i}].name`, stack.name, 'duplicate stack name', 'every stack needs its own name');
    else report.error(`stacks[${i}].name`, stack.name, `duplicate stack name: differs from stacks[${first}].name only in case`, 'stack names are directories: they collide on case-insensitive file systems');

    if (stack.backend) {
      const key = stack.backend.key ?? defaultStateKey(stack.name);
      const id = `${stack.backend.bucket}/${key}`;
      const owner = stateKeys.get(id);
      if (owner !== undefined) {
        report.error(
          `stacks[${i}].backend.key`,
          key,
          `state key already used by stacks[${owner}] in bucket "${stack.backend.bucket}"`,
          'two stacks on one state would overwrite each other: give each stack its own key',
        );
      } else stateKeys.set(id, i);
    }

    const roleAccount = stack.assumeRole ? ROLE_ARN.exec(stack.assumeRole.roleArn)?.[2] : undefined;
    if (stack.accountId && roleAccount && roleAccount !== stack.accountId && ACCOUNT_ID.test(stack.accountId)) {
      report.error(
        `stacks[${i}].assumeRole.roleArn`,
        stack.assumeRole!.roleArn,
        `role is in account ${roleAccount}, but the stack's accountId is ${stack.accountId}`,
        'the provider only accepts credentials of accountId: assume a role in that account',
      );
    }
  });
}
