#!/usr/bin/env node
// Shim. In a clone (TypeScript sources + dev dependencies present) it runs the sources through
// @swc-node/register, so no build is needed and a stale lib/ is never used. In the installed
// package (only bin/ and lib/ are shipped) it runs the compiled code.
const { existsSync } = require('fs');
const { join } = require('path');
const source = join(__dirname, '..', 'src', 'adopt', 'cli.ts');
const compiled = join(__dirname, '..', 'lib', 'src', 'adopt', 'cli.js');
function canTranspile() {
  try {
    require.resolve('@swc-node/register');
    return true;
  } catch {
    return false;
  }
}
let cli;
if (existsSync(source) && canTranspile()) {
  require('@swc-node/register');
  cli = require(source);
} else if (existsSync(compiled)) {
  cli = require(compiled);
} else {
  process.stderr.write('vpn-adopt: neither the compiled code (run `npm run build`) nor the TypeScript sources with dev dependencies (`npm ci`) were found\n');
  process.exit(1);
}
process.exitCode = cli.run(process.argv.slice(2));
