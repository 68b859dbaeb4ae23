/**
 * Every relative link in README.md and docs/*.md points at a file that exists and, with `#anchor`,
 * at a heading of that file (GitHub's slugs): moving a section must not leave a dead link behind.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { dirname, join, relative } from 'path';
import { slug } from './support/markdown';

const ROOT = join(__dirname, '..');
const PAGES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

function withoutCode(text: string): string {
  return text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, (m) => (m.includes('](') ? '' : m));
}

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of text.matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(m[1].replace(/`/g, ''));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

describe.each(PAGES)('links in %s', (page) => {
  test('every relative link and anchor resolves', () => {
    const text = withoutCode(readFileSync(join(ROOT, page), 'utf8'));
    const dead: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1];
      if (/^[a-z]+:/i.test(target)) continue;
      const [path, anchor] = target.split('#');
      const file = path ? join(ROOT, dirname(page), path) : join(ROOT, page);
      if (!existsSync(file)) dead.push(`${target} (no file ${relative(ROOT, file)})`);
      else if (anchor && file.endsWith('.md') && !anchors(file).has(anchor)) dead.push(`${target} (no heading #${anchor})`);
    }
    expect(dead).toEqual([]);
  });
});
