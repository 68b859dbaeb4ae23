import { join } from 'path';
import { codeFiles, findRootImports, scanProject } from './support/provider-imports';

const ROOT = join(__dirname, '..');
/** Everything the project compiles or runs: library, app entry, tests, scripts, lint config. */
const SCANNED = ['src', 'main.ts', '__tests__', 'scripts', 'eslint.config.mjs', 'jest.config.js'];

describe('@cdktf/provider-aws is imported per resource, never from its root', () => {
  test('no file under src/, main.ts, __tests__/ or scripts/ imports the package root', () => {
    expect(scanProject(ROOT, SCANNED)).toEqual([]);
  });

  test('the scan covers the library, the app entry, the tests and the scripts', () => {
    const files = codeFiles(ROOT, SCANNED);
    expect(files).toEqual(
      expect.arrayContaining(['main.ts', 'src/redundant-vpn.ts', 'src/app/vpn-stack.ts', '__tests__/provider-imports.test.ts', 'scripts/bench.ts']),
    );
  });

  // The checker itself: each way of loading the root is caught, deep imports and plain strings are not.
  test.each([
    [`import { Vpc } from '@cdktf/provider-aws';`],
    [`import { Vpc } from '@cdktn/provider-aws';`],
    [`import type { Vpc } from '@cdktf/provider-aws';`],
    [`import * as aws from '@cdktf/provider-aws/lib';`],
    [`import '@cdktf/provider-aws/lib/index';`],
    [`export { vpc } from '@cdktf/provider-aws';`],
    [`export * from '@cdktf/provider-aws/lib/index.js';`],
    [`import aws = require('@cdktf/provider-aws');`],
    [`const aws = require('@cdktf/provider-aws');`],
    [`const aws = require(\`@cdktf/provider-aws\`);`],
    [`const path = require.resolve('@cdktf/provider-aws');`],
    [`const aws = await import('@cdktf/provider-aws');`],
    [`type Aws = typeof import('@cdktf/provider-aws');`],
    [`jest.mock('@cdktf/provider-aws');`],
    [`const real = jest.requireActual('@cdktf/provider-aws/lib');`],
  ])('flags %s', (code) => {
    expect(findRootImports('x.ts', `// header\n${code}\n`)).toEqual([expect.objectContaining({ file: 'x.ts', line: 2 })]);
  });

  test.each([
    [`import { Vpc } from '@cdktf/provider-aws/lib/vpc';`],
    [`import type { VpnConnectionConfig } from '@cdktf/provider-aws/lib/vpn-connection';`],
    [`const { Vpc } = require('@cdktf/provider-aws/lib/vpc');`],
    [`// import { Vpc } from '@cdktf/provider-aws';`],
    [`const hint = "never import '@cdktf/provider-aws' from the root";`],
    [`const name = '@cdktf/provider-aws';`],
    [`import { x } from '@cdktf/provider-aws-extra';`],
  ])('does not flag %s', (code) => {
    expect(findRootImports('x.ts', code)).toEqual([]);
  });
});
