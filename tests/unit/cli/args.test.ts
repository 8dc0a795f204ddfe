import { describe, expect, it } from 'vitest';
import { DEFAULT_CONCURRENCY, parseArgs } from '../../../scripts/cli/args';
import { HELP } from '../../../scripts/cli/help';
import { parseInputList } from '../../../scripts/cli/input-list';

describe('CLI arguments', () => {
  it('defaults: a table, concurrency 8, online', () => {
    expect(parseArgs(['a.png'])).toEqual({
      output: 'table',
      mappings: [],
      offline: false,
      inputs: ['a.png'],
      inputLists: [],
      concurrency: 8,
    });
    expect(DEFAULT_CONCURRENCY).toBe(8);
  });

  it.each([
    [['--json', 'a'], 'json'],
    [['--jsonl', 'a'], 'jsonl'],
    [['--csv', 'a'], 'csv'],
    [['--json', '--json', 'a'], 'json'],
  ])('%j chooses the %s output', (argv, output) => {
    expect(parseArgs(argv)).toMatchObject({ output });
  });

  it('takes --inputs (repeatable, - for standard input) and --concurrency, with or without =', () => {
    expect(parseArgs(['--inputs', 'list.txt', '--inputs=-', '--concurrency', '3'])).toMatchObject({
      inputs: [],
      inputLists: ['list.txt', '-'],
      concurrency: 3,
    });
    expect(parseArgs(['--concurrency=256', 'x'])).toMatchObject({ concurrency: 256 });
  });

  it.each([
    [['--json', '--csv', 'a'], /--json and --csv cannot be combined/],
    [['--jsonl', '--json', 'a'], /--jsonl and --json cannot be combined/],
    [['--concurrency', '0', 'a'], /--concurrency needs a whole number from 1 to 256, got 0/],
    [['--concurrency', '257', 'a'], /got 257/],
    [['--concurrency', '2.5', 'a'], /got 2\.5/],
    [['--concurrency', 'many', 'a'], /got many/],
    [['a', '--concurrency'], /got nothing/],
    [['--inputs'], /--inputs needs a file/],
    [['-', '--inputs', '-'], /standard input \(-\) can be read only once/],
    [['-', '-'], /only once/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect('error' in parsed && parsed.error).toMatch(message);
  });

  it.each([[['--help']], [['-h']], [['a.png', '--json', '--help']]])('%j asks for the help', (argv) => {
    expect(parseArgs(argv)).toEqual({ help: true });
  });

  it('--anchors turns the Blockcerts anchor lookup on; without it the option is absent', () => {
    expect(parseArgs(['--anchors', 'diploma.json'])).toMatchObject({ anchors: true, inputs: ['diploma.json'] });
    expect(parseArgs(['diploma.json'])).not.toHaveProperty('anchors');
  });

  it('an input list alone is enough inputs', () => {
    expect(parseArgs(['--inputs', 'list.txt'])).not.toHaveProperty('error');
  });

  it('--help documents every flag the parser takes, each with an example', () => {
    const flags = [
      '--json',
      '--jsonl',
      '--csv',
      '--inputs',
      '--concurrency',
      '--map',
      '--now',
      '--recipient',
      '--offline',
      '--anchors',
      '--help',
    ];
    const lines = HELP.split('\n');
    for (const flag of flags) {
      const at = lines.findIndex((l) => new RegExp(`^  (-h, )?${flag}\\b`).test(l));
      expect(at, flag).toBeGreaterThan(-1);
      if (flag === '--help') continue;
      const end = lines.findIndex((l, i) => i > at && /^ {0,2}\S/.test(l));
      const block = lines.slice(at + 1, end);
      expect(
        block.some((l) => new RegExp(`^ {20,}.*badge-lens .*${flag}`).test(l)),
        `${flag} has an example`,
      ).toBe(true);
    }
    expect(HELP).toMatch(/NO_COLOR/);
    expect(HELP).toMatch(/Exit status: 0 .* 1 .*\n2 for bad usage/);
  });

  it('reads an input list: one a line, blank lines and # comments skipped, CRLF too', () => {
    expect(parseInputList('a.png\r\n\n  # a comment\n https://x.example/b.json \r\n#c\nc.svg')).toEqual([
      'a.png',
      'https://x.example/b.json',
      'c.svg',
    ]);
    expect(parseInputList('')).toEqual([]);
  });
});
