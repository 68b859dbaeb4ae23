/** The stack level of the config: defaults, names, accounts, roles, tags, state backends — exact messages. */
import { loadConfigFile, parseConfig } from '../src/config/load-config';
import { mergeDefaults } from '../src/config/merge-defaults';
import { VpnValidationError } from '../src';
import { tempFile } from './support/files';
import { Json } from './support/synth';
import { thrown } from './support/thrown';

const vpn = (): Json => ({
  vpcId: 'vpc-0a1b2c3d4e5f60718',
  customerGateways: [
    { name: 'dc1-edge-a', ipAddress: '198.51.100.10', bgpAsn: 65010 },
    { name: 'dc1-edge-b', ipAddress: '198.51.100.20', bgpAsn: 65010 },
  ],
});
const stack = (name: string, extra: Json = {}): Json => ({ name, region: 'eu-west-1', vpn: vpn(), ...extra });

/** The issue lines (`  - path: message`) of a rejected config. */
function problems(config: unknown): string[] {
  const e = thrown(() => parseConfig(config, 'vpn.json'), 'expected the config to be rejected');
  expect(e).toBeInstanceOf(VpnValidationError);
  return e.message.split('\n').slice(1);
}

describe('stack names', () => {
  test('duplicates are rejected, also when they differ only in case', () => {
    expect(problems({ stacks: [stack('prod'), stack('prod'), stack('PROD')] })).toEqual([
      '  - stacks[1].name: "prod" — duplicate stack name (every stack needs its own name)',
      '  - stacks[2].name: "PROD" — duplicate stack name: differs from stacks[0].name only in case (stack names are directories: they collide on case-insensitive file systems)',
    ]);
  });

  test('whitespace, glob characters and other unsafe names are rejected with the reason', () => {
    const allowed = `(letters, digits, ".", "_" and "-", starting with a letter or digit, so that cdktf deploy '<glob>' selects exactly the stacks meant)`;
    expect(problems({ stacks: [stack('prod eu'), stack('prod-*'), stack('prod[1]'), stack('a/b'), stack('-x'), stack('')] })).toEqual([
      `  - stacks[0].name: "prod eu" — unsafe stack name: contains whitespace ${allowed}`,
      `  - stacks[1].name: "prod-*" — unsafe stack name: contains the glob character "*" ${allowed}`,
      `  - stacks[2].name: "prod[1]" — unsafe stack name: contains the glob character "[" ${allowed}`,
      `  - stacks[3].name: "a/b" — unsafe stack name: contains "/" ${allowed}`,
      `  - stacks[4].name: "-x" — unsafe stack name: does not start with a letter or digit ${allowed}`,
      `  - stacks[5].name: "" — unsafe stack name: empty ${allowed}`,
    ]);
  });

  test('a stack name too long to name the VPN is reported at load time, at the stack name', () => {
    const long = 'a'.repeat(201);
    const lines = problems({ stacks: [stack(long)] });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ {2}- stacks\[0\]\.name: "a+… — not a name \(a string of 1–200 characters \(the Name tag prefix\)\)$/);
    // With its own vpn.name the VPN does not borrow the stack's name.
    expect(parseConfig({ stacks: [stack(long, { vpn: { ...vpn(), name: 'dc1' } })] }, 'vpn.json').map((s) => s.name)).toEqual([long]);
  });

  test('safe names pass: letters, digits, ".", "_", "-"', () => {
    expect(parseConfig({ stacks: [stack('prod-eu-west-1'), stack('Shared_2.b')] }, 'vpn.json').map((s) => s.name)).toEqual(['prod-eu-west-1', 'Shared_2.b']);
  });
});

describe('state keys', () => {
  test('two stacks on one bucket/key are rejected; the same key in another bucket is fine', () => {
    const config = {
      defaults: { backend: { bucket: 'state-bucket', region: 'eu-west-1' } },
      stacks: [
        stack('a', { backend: { key: 'vpn.tfstate' } }),
        stack('b', { backend: { key: 'vpn.tfstate' } }),
        stack('c', { backend: { key: 'vpn.tfstate', bucket: 'other-bucket' } }),
        stack('d', { backend: { key: 'site-to-site-vpn/e.tfstate' } }),
        stack('e'), // default key site-to-site-vpn/e.tfstate
      ],
    };
    expect(problems(config)).toEqual([
      '  - stacks[1].backend.key: "vpn.tfstate" — state key already used by stacks[0] in bucket "state-bucket" (two stacks on one state would overwrite each other: give each stack its own key)',
      '  - stacks[4].backend.key: "site-to-site-vpn/e.tfstate" — state key already used by stacks[3] in bucket "state-bucket" (two stacks on one state would overwrite each other: give each stack its own key)',
    ]);
  });

  test('a key in defaults puts every stack on one state: rejected', () => {
    const config = { defaults: { backend: { bucket: 'state-bucket', region: 'eu-west-1', key: 'all.tfstate' } }, stacks: [stack('a'), stack('b')] };
    expect(problems(config)).toEqual([
      '  - stacks[1].backend.key: "all.tfstate" — state key already used by stacks[0] in bucket "state-bucket" (two stacks on one state would overwrite each other: give each stack its own key)',
    ]);
  });
});

describe('field rules name the layer the value was written in', () => {
  test('region, account id, role, session name, external id, tags, backend fields', () => {
    const config = {
      defaults: { region: 'Europe', accountId: '1234' },
      stacks: [
        stack('a', {
          region: undefined,
          accountId: '111111111111',
          assumeRole: { roleArn: 'arn:aws:iam::222222222222:role/vpn-deployer', sessionName: 'a b', externalId: 'x' },
          tags: { 'aws:owner': 'me' },
          backend: { bucket: 'Bad_Bucket', region: 'eu-west-1', key: '/x/', roleArn: 'state-role', dynamodbTable: 'ab' },
        }),
        stack('b', { assumeRoleArn: 'arn:aws:iam::111111111111:role/x', assumeRole: { roleArn: 'arn:aws:iam::111111111111:role/x' } }),
      ],
    };
    expect(problems(config)).toEqual([
      '  - defaults.region: "Europe" — not an AWS region name (like eu-west-1, us-east-1 or us-gov-west-1)',
      '  - defaults.accountId: "1234" — not an AWS account id (exactly 12 digits, as a string so leading zeros survive)',
      '  - stacks[0].assumeRole.sessionName: "a b" — not a valid STS session name (2–64 characters: letters, digits and _+=,.@-)',
      '  - stacks[0].assumeRole.externalId: "x" — not a valid STS external id (2–1224 characters: letters, digits and _+=,.@:/-)',
      '  - stacks[0].tags: "aws:owner" — not a valid tag key (1–128 characters; the "aws:" prefix is reserved by AWS)',
      '  - stacks[0].backend.bucket: "Bad_Bucket" — not an S3 bucket name (3–63 characters: lowercase letters, digits, "." and "-", starting and ending with a letter or digit)',
      '  - stacks[0].backend.key: "/x/" — not a valid state key (non-empty, no leading or trailing "/", no "//")',
      '  - stacks[0].backend.dynamodbTable: "ab" — not a DynamoDB table name (3–255 characters: letters, digits, "_", "-" and ".")',
      '  - stacks[0].backend.roleArn: "state-role" — not an IAM role ARN (arn:aws:iam::<12-digit account id>:role/<name>)',
      '  - stacks[1].assumeRoleArn: "arn:aws:iam::111111111111:role/x" — given together with assumeRole (use assumeRole.roleArn alone; assumeRoleArn is its shorthand)',
      "  - stacks[0].assumeRole.roleArn: \"arn:aws:iam::222222222222:role/vpn-deployer\" — role is in account 222222222222, but the stack's accountId is 111111111111 (the provider only accepts credentials of accountId: assume a role in that account)",
    ]);
  });

  test('a field neither the stack nor defaults gives is reported on the stack', () => {
    const config = { stacks: [{ name: 'a', vpn: { vpcId: 'vpc-1' } }, stack('b', { backend: { region: 'eu-west-1' } })] };
    expect(problems(config)).toEqual([
      '  - stacks[0].region: (missing) — required field, on the stack or in defaults (a string: AWS region, e.g. eu-west-1)',
      '  - stacks[0].vpn.customerGateways: (missing) — required field, on the stack or in defaults (an array: Two or more devices)',
      '  - stacks[1].backend.bucket: (missing) — required field, on the stack or in defaults (a string: S3 bucket holding the Terraform state)',
    ]);
  });

  test('types are checked in defaults too (an unquoted account id is a number)', () => {
    const config = { defaults: { accountId: 111111111111, vpn: { routing: 'bgp' } }, stacks: [stack('a')] };
    expect(problems(config)).toEqual([
      '  - defaults.accountId: 111111111111 — wrong type (a string: 12-digit AWS account id, as a string; the provider refuses credentials of any other account)',
      '  - defaults.vpn.routing: "bgp" — not an allowed value (one of "static", "dynamic"; case-sensitive)',
      ]);
  });

  test('GovCloud and China role ARNs and regions are accepted', () => {
    const specs = parseConfig(
      { stacks: [stack('gov', { region: 'us-gov-west-1', accountId: '123456789012', assumeRole: { roleArn: 'arn:aws-us-gov:iam::123456789012:role/vpn' } }), stack('cn', { region: 'cn-north-1', assumeRoleArn: 'arn:aws-cn:iam::123456789012:role/vpn' })] },
      'vpn.json',
    );
    expect(specs.map((s) => s.assumeRole?.roleArn)).toEqual(['arn:aws-us-gov:iam::123456789012:role/vpn', 'arn:aws-cn:iam::123456789012:role/vpn']);
  });
});

describe('defaults', () => {
  test('deep merge: objects merged key by key, the stack wins, arrays replaced whole', () => {
    const base = { tags: { A: '1', B: '2' }, vpn: { routeTableIds: ['rtb-1', 'rtb-2'], tunnelOptions: { ikeVersions: ['ikev2'], dpdTimeoutSeconds: 40 } } };
    const entry = { tags: { B: 'x' }, vpn: { routeTableIds: ['rtb-3'], tunnelOptions: { dpdTimeoutSeconds: 60 } } };
    expect(mergeDefaults(base, entry)).toEqual({
      tags: { A: '1', B: 'x' },
      vpn: { routeTableIds: ['rtb-3'], tunnelOptions: { ikeVersions: ['ikev2'], dpdTimeoutSeconds: 60 } },
    });
    expect(base.vpn.routeTableIds).toEqual(['rtb-1', 'rtb-2']); // inputs untouched
  });

  test('a stack may consist of a name and its VPN only; everything else from defaults', () => {
    const [spec] = parseConfig(
      { defaults: { region: 'eu-west-1', accountId: '111111111111', assumeRole: { roleArn: 'arn:aws:iam::111111111111:role/vpn' } }, stacks: [{ name: 'a', vpn: vpn() }] },
      'vpn.json',
    );
    expect(spec).toMatchObject({ name: 'a', region: 'eu-west-1', accountId: '111111111111', assumeRole: { roleArn: 'arn:aws:iam::111111111111:role/vpn' } });
  });

  test('the assumeRoleArn shorthand in defaults is an assumeRole a stack can extend', () => {
    const [spec] = parseConfig(
      { defaults: { assumeRoleArn: 'arn:aws:iam::111111111111:role/vpn' }, stacks: [stack('a', { assumeRole: { externalId: 'ext-id' } })] },
      'vpn.json',
    );
    expect(spec.assumeRole).toEqual({ roleArn: 'arn:aws:iam::111111111111:role/vpn', externalId: 'ext-id' });
    expect((spec as unknown as Record<string, unknown>).assumeRoleArn).toBeUndefined();
  });
});

describe('YAML', () => {
  const file = (text: string) => tempFile('vpn.yaml', text, 'vpn-yaml-');

  test('a syntax error names the line and column', () => {
    expect(() => loadConfigFile(file('stacks:\n  - name: a\n    region: eu-west-1\n   vpn: {}\n'))).toThrow(/ {2}- \$: not valid YAML: .* at line 4, column 1/);
  });

  test('a syntax error whose message would quote the file shows the error code and position only (keys stay out)', () => {
    const secret = 'Sup3rSecretPsk_9';
    const message = (text: string) => thrown(() => loadConfigFile(file(text)), 'expected the config to be rejected').message;
    expect(message(`stacks:\n  - vpn:\n      tunnelOptions:\n        presharedKey: |${secret}\n          x\n`)).toMatch(
      /\n {2}- \$: not valid YAML: UNEXPECTED_TOKEN at line 4, column \d+ \(the file text is not shown\)$/,
    );
    expect(message(`stacks:\n  - vpn:\n      tunnelOptions:\n        presharedKey: *${secret}\n`)).toMatch(/- \$: not valid YAML: parse error \(the file text is not shown\)$/);
    for (const text of [`a: |${secret}\n  x\n`, `a: *${secret}\n`, `a: "\\q${secret}"\n`]) expect(message(text)).not.toContain(secret.slice(0, 6));
  });

  test('an unresolved tag prints no warning with the file text', () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      expect(() => loadConfigFile(file('stacks:\n  - name: a\n    region: !Sup3rSecretPsk_9 eu-west-1\n'))).toThrow(VpnValidationError);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test('a duplicate key is an error, not a silent overwrite', () => {
    expect(() => loadConfigFile(file('stacks:\n  - name: a\n    name: b\n'))).toThrow(/not valid YAML: Map keys must be unique at line 3, column 5/);
  });

  test('shape errors carry the same JSON paths as in JSON files', () => {
    expect(() => loadConfigFile(file('stacks:\n  - name: a\n    region: eu-west-1\n    accountId: 111111111111\n'))).toThrow(
      'stacks[0].accountId: 111111111111 — wrong type (a string: 12-digit AWS account id, as a string; the provider refuses credentials of any other account)',
    );
  });
});
