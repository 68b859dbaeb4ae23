/** Pure helpers of `npm run bench` (kept apart so they can be unit-tested without running it). */

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** `1.23× PASS` / `1.23× FAIL` against an upper limit. */
export function judged(ratio: number, limit: number): string {
  return `${ratio.toFixed(2)}× ${ratio <= limit ? 'PASS' : 'FAIL'}`;
}

/**
 * Replaces everything from `start` to `end` (markers included) with `block`, which must carry the
 * markers itself; the rest of the text is kept byte for byte. Throws when the markers are missing,
 * out of order or repeated, rather than guessing where the table goes.
 */
export function replaceMarkedBlock(text: string, start: string, end: string, block: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from || text.indexOf(start, from + 1) >= 0 || text.indexOf(end, to + 1) >= 0) {
    throw new Error(`expected exactly one ${start} … ${end} block`);
  }
  return text.slice(0, from) + block + text.slice(to + end.length);
}

/** The commands users run for a synth: `npm run synth`'s body and cdktf.json's `app`, as written there. */
export function mainCommands(packageJson: { scripts?: Record<string, string> }, cdktfJson: { app?: string }): { synth: string; app: string } {
  const synth = packageJson.scripts?.synth;
  const app = cdktfJson.app;
  if (!synth || !app) throw new Error('package.json has no "synth" script or cdktf.json no "app"');
  return { synth, app };
}
