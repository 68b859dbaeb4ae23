/**
 * How every synth process of this project ends, the app's and the bench's floor program's alike
 * (so that their ratio compares the synth work, not two ways of ending a process).
 *
 * Why not let the event loop drain: a synth leaves enough garbage for V8 to start an incremental
 * GC cycle near its end, and a process that ends by draining waits for that cycle. Nothing is
 * lost by exiting: this exits at once when no write is pending (stderr and stdout are synchronous
 * for files, and for pipes and terminals on Linux), else from the callbacks of a last, empty write
 * to each, which run after every earlier write.
 */
export function exitWhenFlushed(code: number): void {
  const pending = [process.stdout, process.stderr].filter((stream) => stream.writableLength > 0);
  if (pending.length === 0) process.exit(code);
  let waiting = pending.length;
  for (const stream of pending) {
    stream.write('', () => {
      if (--waiting === 0) process.exit(code);
    });
  }
}
