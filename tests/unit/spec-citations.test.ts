import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Code and docs cite the product contract as `docs/SPEC.md §n`; every citation must name a section it has. */

const DIRS = ['lib', 'components', 'entrypoints', 'scripts', 'tests', 'bench', 'docs'];
const TEXT_FILE = /\.(tsx?|md|css|html)$/;
const SKIP = /^tests\/fixtures\/|\/node_modules\//;

const files = [
  'README.md',
  ...DIRS.flatMap((dir) => (readdirSync(dir, { recursive: true }) as string[]).map((f) => join(dir, f).split('\\').join('/'))),
].filter((f) => TEXT_FILE.test(f) && !SKIP.test(f));

const spec = readFileSync('docs/SPEC.md', 'utf8');
const sections = new Set([...spec.matchAll(/^## (\d+)\. /gm)].map((m) => m[1]));
const own = (file: string) => file === 'tests/unit/spec-citations.test.ts';

function citations(pattern: RegExp): string[] {
  return files.filter((f) => !own(f)).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => `${file}: ${m[0]}`));
}

describe('citations of the product contract', () => {
  it('docs/SPEC.md has its numbered sections', () => {
    expect([...sections]).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('every "docs/SPEC.md §n" names a section of docs/SPEC.md', () => {
    const cited = citations(/docs\/SPEC\.md §(\d+)/g);
    expect(cited.length).toBeGreaterThan(5);
    expect(cited.filter((c) => !sections.has(/§(\d+)$/.exec(c)![1]!))).toEqual([]);
  });

  it('nothing cites a contract or reference that is not in the repository', () => {
    expect(citations(/(?<!docs\/)\bSPEC §\d+|\breference §\d+|\breference\/[\w-]+\.md/g)).toEqual([]);
  });

  it('the patterns see a citation where there is one', () => {
    expect('see docs/SPEC.md §6 and docs/SPEC.md §9'.match(/docs\/SPEC\.md §(\d+)/g)).toHaveLength(2);
    expect(
      '(SPEC §6) (reference §2.3) reference/platforms.md docs/SPEC.md §6'.match(
        /(?<!docs\/)\bSPEC §\d+|\breference §\d+|\breference\/[\w-]+\.md/g,
      ),
    ).toEqual(['SPEC §6', 'reference §2', 'reference/platforms.md']);
  });
});
