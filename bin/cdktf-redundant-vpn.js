#!/usr/bin/env node
// `cdktf-redundant-vpn [--config <file>]`: the config-driven app (one stack per account/region),
// the `app` of a pipeline repository's cdktf.json. Runs the compiled JavaScript in lib/. In a
// clone of the repository (sources present) the sources changed since the last build are
// transpiled into lib/ first (scripts/transpile-changed.js: swc, no type-check), so a synth never
// runs stale code and never waits for tsc.
'use strict';
const { existsSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '..');
const transpiler = join(root, 'scripts', 'transpile-changed.js');
try {
  if (existsSync(transpiler)) require(transpiler).transpileChanged(root);
} catch (e) {
  process.stderr.write(`cdktf-redundant-vpn: ${e.message}\n`);
  process.exit(1);
}
const { main } = require('../lib/src/app/run.js');
const { exitWhenFlushed } = require('../lib/src/app/process-exit.js');
exitWhenFlushed(main(process.argv.slice(2)));
