// The ready app, from the TypeScript sources (`node -r @swc-node/register main.ts [--config <file>]`).
// `npm run synth` and cdktf.json run the same entry compiled: bin/cdktf-redundant-vpn.js.
import { main } from './src/app/run';
import { exitWhenFlushed } from './src/app/process-exit';

exitWhenFlushed(main(process.argv.slice(2)));
