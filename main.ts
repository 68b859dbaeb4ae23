// The ready app: `VPN_CONFIG=<file.json|yaml>` builds one stack per entry; without it, the embedded default.
import { main } from './src/app/run';

const code = main();
// Exit once everything written to stderr is flushed, instead of letting the event loop drain:
// a synth leaves enough garbage for V8 to start an incremental GC cycle near its end, and a
// process that ends by draining waits for that cycle (≈ 7 ms of the default app's ≈ 175 ms,
// `npm run bench`). The write callback keeps the order: nothing printed before it is lost.
process.stderr.write('', () => process.exit(code));
