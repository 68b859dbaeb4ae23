/**
 * Stack-trace formatting switched off while the construct creates its provider resources.
 *
 * Why: the generated provider classes create nested-block objects in their constructors
 * (`aws_vpn_connection` six: routes, telemetry, the log options of both tunnels) and cdktf records
 * a formatted, unlimited-depth stack trace for each — `Error.captureStackTrace`, then reading
 * `.stack`, which formats every frame. Those traces only ever point into this construct's
 * constructor, and formatting them was about a third of the construct's construction time
 * (`npm run bench`, `node --cpu-prof`). V8 formats a stack through `Error.prepareStackTrace` when
 * `.stack` is first read, so while a formatter that returns nothing is installed, cdktf records an
 * empty trace (it treats an empty stack as "no frames").
 *
 * Scope: synchronous code between suspend and restore — no other JavaScript runs in between —
 * and the previous formatter (Node's default or one a tool installed, e.g. source-map-support) is
 * put back in `finally`. An error thrown in the window has its stack formatted later, when it is
 * read, by the restored formatter.
 */

/** The formatter in effect while suspended: no text, so cdktf keeps no frames. */
const noStackText = (): string => '';

/**
 * Installs a formatter that returns no text and returns the function that puts the previous one
 * back. Use as `const restore = suspendStackTraceFormatting(); try { … } finally { restore(); }`.
 */
export function suspendStackTraceFormatting(): () => void {
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = noStackText;
  return () => {
    Error.prepareStackTrace = previous;
  };
}
