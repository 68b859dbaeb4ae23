// ESLint (flat config): only the rules this project relies on, so lint stays fast and quiet.
// Deliberately no `recommended` sets: style is reviewed, while these rules guard a measured cost.
import tseslint from 'typescript-eslint';

/**
 * `@cdktf/provider-aws` from its root (or its `lib` barrel) loads ~2,200 modules: seconds and
 * hundreds of MB per synth and per test file, and `tsc` reads every declaration file even for
 * `import type`. Import each resource from its own module instead. The same check runs in
 * `npm test` (__tests__/provider-imports.test.ts), so a violation fails CI even without lint.
 */
const ROOT = '^@cdkt[fn]/provider-aws(/lib(/index(\\.js)?)?)?/?$';
// esquery selector regexes cannot contain "/": the same pattern with "/" written as \x2F.
const SELECTOR = ROOT.replaceAll('/', '\\x2F');
const MESSAGE =
  'Import @cdktf/provider-aws resources from their own module (e.g. @cdktf/provider-aws/lib/vpn-connection), never the package root or lib/index: it loads ~2,200 modules.';

export default tseslint.config(
  { ignores: ['lib/**', 'node_modules/**', 'cdktf.out/**', 'coverage/**'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' },
    rules: {
      // import … from, import type … from, export … from, import x = require(…) (type imports
      // included: tsc pays for them).
      'no-restricted-imports': ['error', { patterns: [{ regex: ROOT, message: MESSAGE }] }],
      // require(…), import(…), jest.mock(…) and friends, which no-restricted-imports does not see.
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.name='require'] > Literal.arguments:first-child[value=/${SELECTOR}/]`,
          message: MESSAGE,
        },
        { selector: `ImportExpression > Literal.source[value=/${SELECTOR}/]`, message: MESSAGE },
        {
          selector: `CallExpression[callee.object.name='jest'] > Literal.arguments:first-child[value=/${SELECTOR}/]`,
          message: MESSAGE,
        },
        { selector: `TSImportType Literal[value=/${SELECTOR}/]`, message: MESSAGE },
      ],
    },
  },
);
