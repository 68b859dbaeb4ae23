/**
 * The synth-speed machinery sits behind one module, src/internal/synth-speed.ts: the construct
 * imports it from there only, and nothing else in src/ reaches the modules behind it.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import * as synthSpeed from '../src/internal/synth-speed';

const SRC = join(__dirname, '..', 'src');
const BEHIND = /from '[./]*\/?internal\/(lean-resource|attribute-ref|terraform-expression)'|from '\.\/(lean-resource|attribute-ref|terraform-expression)'/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('src/internal/synth-speed.ts', () => {
  test('exports exactly the kept machinery: lean, attributeRef, resourceAddress, asTerraformExpression', () => {
    expect(Object.keys(synthSpeed).sort()).toEqual(['asTerraformExpression', 'attributeRef', 'lean', 'resourceAddress']);
  });

  test('is the only module that imports lean-resource, attribute-ref and terraform-expression', () => {
    const importers = sources(SRC)
      .filter((file) => BEHIND.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(importers).toEqual([join('internal', 'synth-speed.ts')]);
  });

  test('the construct uses it (the machinery is not dead code)', () => {
    const users = sources(join(SRC, 'construct')).filter((file) => readFileSync(file, 'utf8').includes("from '../internal/synth-speed'"));
    expect(users.map((file) => relative(SRC, file)).sort()).toEqual(['construct/logging.ts', 'construct/monitoring.ts', 'construct/outputs.ts', 'construct/redundant-vpn.ts']);
  });
});
