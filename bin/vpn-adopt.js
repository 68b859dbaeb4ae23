#!/usr/bin/env node
// `vpn-adopt`: the config entry that takes over live VPN connections (src/adopt/cli.ts).
require('./run-tool')('vpn-adopt', 'adopt/cli');
