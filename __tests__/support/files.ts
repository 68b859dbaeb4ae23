import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/** Writes `content` to `<a fresh temporary folder>/<name>`; returns the file's path. */
export function tempFile(name: string, content: string, prefix = 'vpn-'): string {
  const file = join(mkdtempSync(join(tmpdir(), prefix)), name);
  writeFileSync(file, content);
  return file;
}
