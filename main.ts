// The ready app: `VPN_CONFIG=<file.json|yaml>` builds one stack per entry; without it, the embedded default.
import { main } from './src/app/run';

const code = main();
// Exit once everything written to stderr is out, instead of letting the event loop drain: a
// synth leaves enough garbage for V8 to start an incremental GC cycle near its end, and a process
// that ends by draining waits for that cycle (≈ 7–9 ms of the default app's ≈ 170 ms, `npm run
// bench`). Nothing is lost: exit at once when no write is pending (stderr is synchronous for
// files, and for pipes and terminals on Linux), else from the callback of a last, empty write,
// which runs after every earlier one.
if (process.stderr.writableLength === 0) process.exit(code);
process.stderr.write('', () => process.exit(code));
