// The ready app: `VPN_CONFIG=<file.json|yaml>` builds one stack per entry; without it, the embedded default.
import { main } from './src/app/run';

process.exitCode = main();
