#!/usr/bin/env node
// `vpn-device-config`: strongSwan and FRR configs and tunnel sheets for the customer gateway devices (src/device-config/cli.ts).
require('./run-tool')('vpn-device-config', 'device-config/cli');
