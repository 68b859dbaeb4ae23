import { join } from 'path';

/** The pinned synthesized JSON: `<config>--<stack>.json`. */
export const SYNTH_FIXTURES = join(__dirname, '..', 'fixtures', 'synthesized');

/**
 * A stack's synthesized text as it is pinned: the working directory (cdktf writes it into the
 * default local backend's absolute state path) is `<project root>`, so the fixtures hold in any
 * checkout; the framework version in the `//` metadata is `<framework version>`, so they hold on
 * CDK Terrain (cdktn) too, whose version differs while the Terraform JSON must not.
 */
export function pinnedText(text: string, cwd: string = process.cwd()): string {
  return text
    .split(cwd)
    .join('<project root>')
    .replace(/^( {4}"metadata": \{\n[\s\S]*?\n {6}"version": ")[^"]+("\n {4}\})/m, '$1<framework version>$2');
}
