/**
 * Reading JSON (and naming YAML) input files without ever echoing their text: outputs files, key
 * files and config files can hold pre-shared keys, and parser messages can quote the file around
 * the error (Node 20: `Unexpected token 'x', "…" is not valid JSON`; yaml: `Unresolved tag: !…`).
 *
 * A leaf module: fs only, no cdktf (the device-config CLI and the hand-off tool load it).
 */
import { readFileSync } from 'fs';

/**
 * A file that cannot be read or parsed. `message` is `<what> <file>: <reason>`; `reason` and
 * `detail` let callers word it their own way. None of them contains the file's text.
 */
export class InputFileError extends Error {
  /** `cannot read the file (ENOENT)` or `not valid JSON`. */
  readonly reason: string;

  constructor(
    readonly file: string,
    readonly what: string,
    readonly kind: 'read' | 'json',
    /** The error code of a read, or a parse message that quotes no content. */
    readonly detail: string,
  ) {
    const reason = kind === 'read' ? `cannot read the file (${detail})` : 'not valid JSON';
    super(`${what} ${file}: ${reason}`);
    this.name = 'InputFileError';
    this.reason = reason;
  }
}

/** The file's text; throws {@link InputFileError} (`cannot read the file (CODE)`). */
export function readTextFile(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const detail = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputFileError(file, what, 'read', detail);
  }
}

/** Parses `text` read from `file`; throws {@link InputFileError} (`not valid JSON`) without quoting it. */
export function parseJsonText(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputFileError(file, what, 'json', jsonErrorReason(e));
  }
}

/** Reads and parses a JSON file; every error names `what` and the file, never its content. */
export function readJsonFile(file: string, what: string): unknown {
  return parseJsonText(readTextFile(file, what), file, what);
}

/**
 * The first line of a JSON.parse message when it quotes nothing: V8's positional messages
 * (`Expected ',' or '}' after property value in JSON at position 28`) have no double quote, the
 * ones that show file text (`Unexpected token 'x', "…" is not valid JSON`) do.
 */
export function jsonErrorReason(e: unknown): string {
  const line = String((e as Error)?.message ?? e).split('\n')[0];
  if (!line.includes('"')) return line;
  return line.startsWith('Unexpected token') ? 'Unexpected token (the file text is not shown)' : 'not a JSON document (the file text is not shown)';
}

/**
 * yaml error codes whose messages are fixed text (checked against yaml 2.x). Others can quote the
 * file (`Unresolved tag: !…`, `Block scalar header includes extra characters: …`, `Invalid escape
 * sequence …`, an unresolved alias) and are reported by code and position only.
 */
const YAML_FIXED_TEXT_CODES = new Set([
  'ALIAS_PROPS',
  'BAD_ALIAS',
  'BAD_INDENT',
  'BLOCK_AS_IMPLICIT_KEY',
  'BLOCK_IN_FLOW',
  'DUPLICATE_KEY',
  'KEY_OVER_1024_CHARS',
  'MISSING_CHAR',
  'MULTILINE_IMPLICIT_KEY',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_DOCS',
  'MULTIPLE_TAGS',
  'TAB_AS_INDENT',
]);

/** A yaml parse error as one line that quotes nothing of the file: the message or the code, and the position. */
export function yamlErrorReason(e: unknown): string {
  const err = e as { code?: string; message?: string; linePos?: { line: number; col: number }[] };
  const at = err.linePos?.[0] ? ` at line ${err.linePos[0].line}, column ${err.linePos[0].col}` : '';
  if (err.code && YAML_FIXED_TEXT_CODES.has(err.code)) {
    // yaml appends ` at line L, column C:` and then the quoted source lines: keep the message part only.
    const message = String(err.message).split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return `${message}${at}`;
  }
  return `${err.code ?? 'parse error'}${at} (the file text is not shown)`;
}
