#!/usr/bin/env node
// Shim: the compiled code when the package is built/installed (lib/), else the TypeScript sources
// through @swc-node/register (a fresh clone after `npm ci`, no build needed).
const { existsSync } = require('fs');
const { join } = require('path');
const compiled = join(__dirname, '..', 'lib', 'src', 'device-config', 'cli.js');
let cli;
if (existsSync(compiled)) {
  cli = require(compiled);
} else {
  require('@swc-node/register');
  cli = require(join(__dirname, '..', 'src', 'device-config', 'cli.ts'));
}
process.exitCode = cli.run(process.argv.slice(2));
