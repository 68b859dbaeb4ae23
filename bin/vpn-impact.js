#!/usr/bin/env node
// `vpn-impact`: what a plan does to each tunnel, and the guard (src/impact/cli.ts).
require('./run-tool')('vpn-impact', 'impact/cli');
