/**
 * `vpn-adopt`: the JSON of `aws ec2 describe-vpn-connections`, `describe-customer-gateways`,
 * `describe-vpn-gateways` (and optionally `describe-route-tables`) in, the config entry that takes
 * the live resources over without changing a tunnel out (YAML or JSON). The inputs hold pre-shared
 * keys and the customer gateway configuration: neither is read, written or printed.
 */
import { readFileSync, writeFileSync } from 'fs';
import { parseArgs } from 'util';
import { InputFileError, parseJsonText, readTextFile } from '../internal/read-json-file';
import { adoptLive } from './entry';
import { LiveCustomerGateway, LiveInputs, LiveRouteTable, LiveVpnConnection, LiveVpnGateway, listOf } from './live';

export const USAGE = `Usage: vpn-adopt --vpn-connections FILE --customer-gateways FILE --vpn-gateways FILE --region REGION [options]

  --vpn-connections FILE    JSON of \`aws ec2 describe-vpn-connections\` ("-" = stdin)
  --customer-gateways FILE  JSON of \`aws ec2 describe-customer-gateways\` ("-" = stdin)
  --vpn-gateways FILE       JSON of \`aws ec2 describe-vpn-gateways\` ("-" = stdin)
  --route-tables FILE       optional: JSON of \`aws ec2 describe-route-tables\`; the tables the
                            gateway propagates to become routeTableIds
  --region REGION           the stack's region (the describe outputs do not say it)
  --vpn-gateway ID          the gateway whose connections to adopt (needed when several have some)
  --stack-name NAME         stack name of the entry (default vpn-<gateway id>)
  --format yaml|json        output format (default yaml)
  --out FILE                write the config there (default: standard output)
  --help

Notes (which connection is which, what the first apply will add) go to standard error.
Pre-shared keys and the customer gateway configuration in the inputs are never read or written.`;

/** Reads one input: a file, or standard input for "-" (at most one of them). */
function readInput(file: string, what: string): unknown {
  const text = file === '-' ? readFileSync(0, 'utf8') : readTextFile(file, what);
  return parseJsonText(text, file === '-' ? '(standard input)' : file, what);
}

/** Runs the CLI; returns the exit code. */
export function run(argv: string[], out: (s: string) => void = (s) => void process.stdout.write(s), err: (s: string) => void = (s) => void process.stderr.write(s)): number {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        'vpn-connections': { type: 'string' },
        'customer-gateways': { type: 'string' },
        'vpn-gateways': { type: 'string' },
        'route-tables': { type: 'string' },
        region: { type: 'string' },
        'vpn-gateway': { type: 'string' },
        'stack-name': { type: 'string' },
        format: { type: 'string', default: 'yaml' },
        out: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (values.help) {
      out(`${USAGE}\n`);
      return 0;
    }
    const files = { vpnConnections: values['vpn-connections'], customerGateways: values['customer-gateways'], vpnGateways: values['vpn-gateways'] };
    for (const [option, file] of [['--vpn-connections', files.vpnConnections], ['--customer-gateways', files.customerGateways], ['--vpn-gateways', files.vpnGateways], ['--region', values.region]]) {
      if (!file) throw new Error(`${option} is required`);
    }
    const fromStdin = [...Object.values(files), values['route-tables']].filter((f) => f === '-').length;
    if (fromStdin > 1) throw new Error('only one input can be read from standard input ("-")');
    if (values.format !== 'yaml' && values.format !== 'json') throw new Error(`--format: ${JSON.stringify(values.format)} is not yaml or json`);

    const inputs: LiveInputs = {
      vpnConnections: listOf<LiveVpnConnection>(readInput(files.vpnConnections!, 'VPN connections'), 'VpnConnections', files.vpnConnections!),
      customerGateways: listOf<LiveCustomerGateway>(readInput(files.customerGateways!, 'Customer gateways'), 'CustomerGateways', files.customerGateways!),
      vpnGateways: listOf<LiveVpnGateway>(readInput(files.vpnGateways!, 'VPN gateways'), 'VpnGateways', files.vpnGateways!),
      routeTables: values['route-tables'] ? listOf<LiveRouteTable>(readInput(values['route-tables'], 'Route tables'), 'RouteTables', values['route-tables']) : undefined,
    };
    const result = adoptLive(inputs, { region: values.region!, vpnGatewayId: values['vpn-gateway'], stackName: values['stack-name'] });
    const text = values.format === 'json' ? `${JSON.stringify(result.config, null, 2)}\n` : yamlText(result.config);
    if (values.out) {
      writeFileSync(values.out, text);
      err(`vpn-adopt: wrote ${values.out}\n`);
    } else {
      out(text);
    }
    for (const note of result.notes) err(`vpn-adopt: ${note}\n`);
    return 0;
  } catch (e) {
    // Errors name ids, files and fields, never a value read from a key or configuration member.
    err(`vpn-adopt: ${e instanceof InputFileError ? e.message : (e as Error).message}\n`);
    if (!(e instanceof Error) || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) err(`${USAGE}\n`);
    return 1;
  }
}

function yamlText(config: unknown): string {
  // Loaded only for YAML output.
  const { stringify } = require('yaml') as typeof import('yaml');
  const header = '# yaml-language-server: $schema=./config.schema.json\n# Written by vpn-adopt from the live resources: every value that would change a tunnel is the live one.\n';
  return header + stringify(config, { lineWidth: 0 });
}
