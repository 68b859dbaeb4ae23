// The one start-up of the command-line tools (vpn-device-config, vpn-adopt, vpn-impact). In a
// clone (TypeScript sources and dev dependencies present) the sources run through
// @swc-node/register, so no build is needed and a stale lib/ is never used; in the installed
// package (only bin/ and lib/ are shipped) the compiled code runs.
'use strict';
const { existsSync } = require('fs');
const { join } = require('path');

function canTranspile() {
  try {
    require.resolve('@swc-node/register');
    return true;
  } catch {
    return false;
  }
}

/** Runs `src/<cli>.ts` (or its compiled `lib/src/<cli>.js`) with the process arguments. */
module.exports = function runTool(name, cli) {
  const source = join(__dirname, '..', 'src', `${cli}.ts`);
  const compiled = join(__dirname, '..', 'lib', 'src', `${cli}.js`);
  let tool;
  if (existsSync(source) && canTranspile()) {
    require('@swc-node/register');
    tool = require(source);
  } else if (existsSync(compiled)) {
    tool = require(compiled);
  } else {
    process.stderr.write(`${name}: neither the compiled code (run \`npm run build\`) nor the TypeScript sources with dev dependencies (\`npm ci\`) were found\n`);
    process.exit(1);
  }
  // A reader that stops early (`vpn-impact plan.json | head`) is not an error of the tool.
  process.stdout.on('error', (e) => {
    if (e.code !== 'EPIPE') throw e;
  });
  process.exitCode = tool.run(process.argv.slice(2));
};
