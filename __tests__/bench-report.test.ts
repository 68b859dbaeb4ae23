import { readFileSync } from 'fs';
import { join } from 'path';
import { judged, mainCommands, median, replaceMarkedBlock } from '../scripts/bench/report';

describe('bench report helpers', () => {
  test('median of odd and even counts, unsorted input', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow('median of no values');
  });

  test('judged: PASS up to and including the limit', () => {
    expect(judged(1.3, 1.3)).toBe('1.30× PASS');
    expect(judged(1.31, 1.3)).toBe('1.31× FAIL');
  });

  describe('replaceMarkedBlock', () => {
    const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
    const readme = `# Title\n\n${start}\nold table\n${end}\n\n## Next\n`;

    test('replaces the block, markers included, and keeps the rest byte for byte', () => {
      expect(replaceMarkedBlock(readme, start, end, `${start}\nnew\n${end}`)).toBe(`# Title\n\n${start}\nnew\n${end}\n\n## Next\n`);
    });

    test.each([
      ['no markers', '# Title\n'],
      ['end before start', `${end}\n${start}\n`],
      ['a second block', `${readme}${start}\n${end}\n`],
    ])('refuses %s', (_, text) => {
      expect(() => replaceMarkedBlock(text, start, end, 'x')).toThrow(`expected exactly one ${start} … ${end} block`);
    });
  });

  describe('mainCommands: what the bench runs as the main command is what users run', () => {
    const root = join(__dirname, '..');
    const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

    test('npm run synth\'s body and cdktf.json\'s app, as written; both run the compiled app command', () => {
      const commands = mainCommands(read('package.json'), read('cdktf.json'));
      expect(commands).toEqual({ synth: read('package.json').scripts.synth, app: read('cdktf.json').app });
      // No type-check or build step in front of the synth: the command itself keeps lib/ current.
      expect(commands.synth).toBe('CHECKPOINT_DISABLE=1 node bin/cdktf-redundant-vpn.js');
      expect(commands.app).toBe('node bin/cdktf-redundant-vpn.js');
    });

    test('refuses a package.json without a synth script or a cdktf.json without an app', () => {
      expect(() => mainCommands({ scripts: {} }, { app: 'x' })).toThrow('package.json has no "synth" script or cdktf.json no "app"');
      expect(() => mainCommands({ scripts: { synth: 'x' } }, {})).toThrow('package.json has no "synth" script or cdktf.json no "app"');
    });
  });
});

describe('where `npm run bench -- --docs` writes', () => {
  const root = join(__dirname, '..');
  test.each([
    ['docs/performance.md', '<!-- bench:start -->', '<!-- bench:end -->'],
    ['README.md', '<!-- bench:targets:start -->', '<!-- bench:targets:end -->'],
  ])('%s has exactly one block to rewrite, and it holds PASS/FAIL verdicts', (file, start, end) => {
    const text = readFileSync(join(root, file), 'utf8');
    const block = replaceMarkedBlock(text, start, end, '') === text ? '' : text.slice(text.indexOf(start), text.indexOf(end));
    expect(block).toMatch(/main command \(npm run synth's body\), nothing changed since the last run ≤ 1\.3× floor: wall \d\.\d\d× (PASS|FAIL)/);
  });
});
