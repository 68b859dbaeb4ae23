/**
 * Keeps lib/ current for the app in a clone, without type-checking: every `src/**.ts` that changed
 * since it was last compiled is transpiled with swc (TypeScript syntax stripped, CommonJS, the same
 * target and class-field semantics as tsconfig.json) into `lib/src/**.js`.
 *
 * Why: type-checking belongs in `npm test`; a synth only needs JavaScript. `tsc` on the app takes
 * seconds, swc takes milliseconds per file. `npm run build` (tsc + jsii) still writes the lib/ that
 * is published; this only fills in what changed since.
 *
 * How "changed" is decided, cheaply when nothing changed (the main command's usual case):
 * - After every check, the modification times of src/'s directories and sources are recorded in
 *   `lib/.transpile-state.json`. The next run stats only those (about a hundred `stat`s, ≈ 1 ms):
 *   if every one is as recorded, nothing changed. A directory's time changes when an entry is added,
 *   removed or renamed (editors that save by rename included); a source's when it is written.
 * - Otherwise (or with no record) a full check: a source is transpiled when its output is missing
 *   or older, or when its time differs from the recorded one (a checkout or copy that kept an older
 *   time). Then the record is rewritten.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled. Used by
 * bin/cdktf-redundant-vpn.js when the sources are present (a clone, never the installed package).
 */
'use strict';
const { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('fs');
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

/** The record of the last check, in the output root. */
const STATE_FILE = '.transpile-state.json';

/**
 * Every directory under (and including) `dir` and every `.ts` (not `.d.ts`) file in them, recursively,
 * with each directory's time taken BEFORE it is listed: an entry added meanwhile shows as a change next time.
 */
function treeUnder(dir, tree = { dirs: new Map(), sources: [] }) {
  tree.dirs.set(dir, mtimeOf(dir));
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) treeUnder(path, tree);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) tree.sources.push(path);
  }
  return tree;
}

/** Modification time in ms, or -1 when the file does not exist. */
function mtimeOf(file) {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? stat.mtimeMs : -1;
}

/** The recorded times (`{ dirs, sources }`: project-relative path → ms), or undefined when there is no readable record. */
function readState(file) {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8'));
    return state && typeof state.dirs === 'object' && typeof state.sources === 'object' ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Is every recorded directory and source still at its recorded time? */
function unchangedSince(root, state) {
  for (const group of [state.dirs, state.sources]) {
    for (const path of Object.keys(group)) if (mtimeOf(join(root, path)) !== group[path]) return false;
  }
  return Object.keys(state.dirs).length > 0;
}

/** Writes `content` aside, then renames: a run at the same time reads the old or the new file, never half of one. */
function writeWhole(file, content) {
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, content);
  renameSync(partial, file);
}

/**
 * Transpiles the changed sources of `root`/src into `outRoot`/src (default `root`/lib); returns the
 * sources transpiled (project-relative). Throws when a source changed and swc is not installed.
 */
function transpileChanged(root, outRoot = join(root, 'lib')) {
  const stateFile = join(outRoot, STATE_FILE);
  const state = readState(stateFile);
  if (state && unchangedSince(root, state)) return [];

  const tree = treeUnder(join(root, 'src'));
  const outputOf = (source) => join(outRoot, relative(root, source)).replace(/\.ts$/, '.js');
  // Each source's time as seen BEFORE it is transpiled: an edit during this run shows as a change next time.
  const times = new Map(tree.sources.map((source) => [source, mtimeOf(source)]));
  const stale = tree.sources.filter((source) => {
    const recorded = state?.sources[relative(root, source)];
    return mtimeOf(outputOf(source)) < times.get(source) || (recorded !== undefined && recorded !== times.get(source));
  });
  if (stale.length > 0) {
    let swc;
    try {
      swc = require(require.resolve('@swc/core', { paths: [root] }));
    } catch {
      throw new Error(`${stale.length} source file(s) changed since the last build and @swc/core is not installed: run \`npm ci\` (or \`npm run build\`)`);
    }
    for (const source of stale) {
      const { code } = swc.transformFileSync(source, { ...SWC_OPTIONS, filename: source });
      mkdirSync(dirname(outputOf(source)), { recursive: true });
      writeWhole(outputOf(source), code);
    }
  }
  // Every output is current for the times this check saw: record them.
  const record = (entries) => Object.fromEntries([...entries].map(([path, time]) => [relative(root, path), time]));
  mkdirSync(outRoot, { recursive: true });
  writeWhole(stateFile, JSON.stringify({ dirs: record(tree.dirs), sources: record(times) }));
  return stale.map((source) => relative(root, source));
}

module.exports = { transpileChanged, SWC_OPTIONS, STATE_FILE };
