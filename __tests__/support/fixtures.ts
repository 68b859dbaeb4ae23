import { join } from 'path';

/** The pinned synthesized JSON: `<config>--<stack>.json`. */
export const SYNTH_FIXTURES = join(__dirname, '..', 'fixtures', 'synthesized');

/**
 * A stack's synthesized text as it is pinned: the working directory (cdktf writes it into the
 * default local backend's absolute state path) is `<project root>`, so the fixtures hold in any
 * checkout, not only the one that recorded them.
 */
export function pinnedText(text: string, cwd: string = process.cwd()): string {
  return text.split(cwd).join('<project root>');
}
