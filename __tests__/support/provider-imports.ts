/**
 * Finds imports of `@cdktf/provider-aws` from its package root (or its `lib` barrel): one such
 * import loads ~2,200 modules (seconds and hundreds of MB per synth and per test file), and even an
 * `import type` makes `tsc` read every declaration file of the provider.
 *
 * Parsed with the TypeScript compiler (already a dev dependency), so comments and ordinary strings
 * never count, and every way of naming a module does: import/export declarations (type-only
 * included), `import x = require()`, `require()`, `require.resolve()`, dynamic `import()`,
 * `typeof import()` types and jest's module functions (`jest.mock()` loads the real module too).
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import * as ts from 'typescript';

/**
 * The root specifiers: `@cdktf/provider-aws`, `…/lib`, `…/lib/index`, `…/lib/index.js` — and the same
 * of `@cdktn/provider-aws`, its CDK Terrain rename (same layout; the cdktn run rewrites to it).
 */
export const PROVIDER_ROOT = /^@cdkt[fn]\/provider-aws(?:\/lib(?:\/index(?:\.js)?)?)?\/?$/;

/** One offending module specifier. */
export interface RootImport {
  readonly file: string;
  readonly line: number;
  readonly specifier: string;
}

const JEST_MODULE_FUNCTIONS = new Set(['mock', 'doMock', 'unmock', 'dontMock', 'setMock', 'requireActual', 'requireMock', 'createMockFromModule']);

/** The module specifier a call names, if it is a module-loading call. */
function calledModule(call: ts.CallExpression): ts.Expression | undefined {
  const callee = call.expression;
  const named =
    callee.kind === ts.SyntaxKind.ImportKeyword ||
    (ts.isIdentifier(callee) && callee.text === 'require') ||
    (ts.isPropertyAccessExpression(callee) &&
      ts.isIdentifier(callee.expression) &&
      ((callee.expression.text === 'require' && callee.name.text === 'resolve') ||
        (callee.expression.text === 'jest' && JEST_MODULE_FUNCTIONS.has(callee.name.text))));
  return named ? call.arguments[0] : undefined;
}

/** Every root import in one file's text. */
export function findRootImports(file: string, text: string): RootImport[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: RootImport[] = [];
  const check = (node: ts.Node | undefined) => {
    if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && PROVIDER_ROOT.test(node.text)) {
      found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, specifier: node.text });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) check(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) check(node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) check(node.argument.literal);
    else if (ts.isCallExpression(node)) check(calledModule(node));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const CODE = /\.(?:[cm]?[jt]s|tsx)$/;

/** Code files under the given project paths (files or directories), `node_modules` skipped. */
export function codeFiles(root: string, paths: string[]): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') walk(join(path, entry));
    } else if (CODE.test(path)) {
      out.push(path);
    }
  };
  for (const p of paths) walk(join(root, p));
  return out.map((f) => relative(root, f)).sort();
}

/** Root imports in every code file under the given paths. */
export function scanProject(root: string, paths: string[]): RootImport[] {
  return codeFiles(root, paths).flatMap((file) => findRootImports(file, readFileSync(join(root, file), 'utf8')));
}
