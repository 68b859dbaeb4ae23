/**
 * Keeps lib/ current for the app in a clone, without type-checking: every `src/**.ts` whose
 * compiled `lib/src/**.js` is missing or older is transpiled with swc (TypeScript syntax stripped,
 * CommonJS, the same target and class-field semantics as tsconfig.json). Nothing else is done when
 * nothing changed: one directory walk and two `stat`s per source file, about a millisecond.
 *
 * Why: type-checking belongs in `npm test`; a synth only needs JavaScript. `tsc` on the app takes
 * seconds, swc takes milliseconds per file. `npm run build` (tsc + jsii) still writes the lib/ that
 * is published; this only fills in what changed since.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled. Used by
 * bin/cdktf-redundant-vpn.js when the sources are present (a clone, never the installed package).
 */
'use strict';
const { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } = require('fs');
const { dirname, join, relative } = require('path');

/** swc options equal in effect to tsconfig.json (target ES2022, CommonJS without interop helpers). */
const SWC_OPTIONS = {
  swcrc: false,
  configFile: false,
  sourceMaps: false,
  module: { type: 'commonjs', noInterop: true, strict: false, strictMode: true },
  jsc: {
    parser: { syntax: 'typescript' },
    target: 'es2022',
    keepClassNames: true,
    transform: { useDefineForClassFields: true },
  },
};

/** Every `.ts` (not `.d.ts`) file under `dir`, recursively. */
function sourcesUnder(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourcesUnder(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** Modification time in ms, or -1 when the file does not exist. */
function mtimeOf(file) {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? stat.mtimeMs : -1;
}

/**
 * Transpiles the changed sources of `root`/src into `outRoot`/src (default `root`/lib); returns the
 * sources transpiled (project-relative). Throws when a source changed and swc is not installed.
 */
function transpileChanged(root, outRoot = join(root, 'lib')) {
  const stale = sourcesUnder(join(root, 'src')).filter((source) => {
    const out = join(outRoot, relative(root, source)).replace(/\.ts$/, '.js');
    return mtimeOf(out) < mtimeOf(source);
  });
  if (stale.length === 0) return [];
  let swc;
  try {
    swc = require(require.resolve('@swc/core', { paths: [root] }));
  } catch {
    throw new Error(`${stale.length} source file(s) changed since the last build and @swc/core is not installed: run \`npm ci\` (or \`npm run build\`)`);
  }
  for (const source of stale) {
    const out = join(outRoot, relative(root, source)).replace(/\.ts$/, '.js');
    const { code } = swc.transformFileSync(source, { ...SWC_OPTIONS, filename: source });
    mkdirSync(dirname(out), { recursive: true });
    // Written aside, then renamed: a synth running at the same time reads the old or the new file, never half of one.
    const partial = `${out}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, out);
  }
  return stale.map((source) => relative(root, source));
}

module.exports = { transpileChanged, SWC_OPTIONS };
