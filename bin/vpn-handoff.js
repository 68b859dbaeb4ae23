#!/usr/bin/env node
// `vpn-handoff`: one secret-free hand-off file per stack from the cdktf outputs file (src/handoff/cli.ts).
require('./run-tool')('vpn-handoff', 'handoff/cli');
