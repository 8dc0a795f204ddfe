import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../lib/export/csv';
import { runCli } from '../../../scripts/cli/run';
import { BADGES, DI_DID_KEY, deferred, fakeIo, JWT_DID_KEY, parseCsv, settle, until } from './cli-io';

const dir = mkdtempSync(join(tmpdir(), 'badge-lens-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const jwt = readFileSync(JWT_DID_KEY);
/** A fetch serving the did:key JWT at every URL, recording how many requests are open at once. */
function jwtFetch(hold?: (url: string) => Promise<void> | undefined) {
  let open = 0;
  const stats = { maxOpen: 0, urls: [] as string[] };
  const fetch = (async (input: string | URL | Request) => {
    const url = String(input);
    stats.urls.push(url);
    open++;
    stats.maxOpen = Math.max(stats.maxOpen, open);
    await (hold?.(url) ?? new Promise((r) => setImmediate(r)));
    open--;
    return new Response(jwt, { status: 200, headers: { 'content-type': 'application/vc+jwt' } });
  }) as typeof globalThis.fetch;
  return { fetch, stats };
}

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('badge-lens, in-process', () => {
  it('--help prints the help on stdout and exits 0', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(stdout()).toMatch(/^Badge Lens: .*\n\nusage: badge-lens /);
  });

  it('reads inputs from --inputs FILE, after those on the command line', async () => {
    const list = join(dir, 'list.txt');
    writeFileSync(list, `# two badges\n${DI_DID_KEY}\n\n${BADGES}/../unbaked.png\n`);
    const { io, stdout } = fakeIo();
    expect(await runCli(['--json', '--offline', JWT_DID_KEY, '--inputs', list], io)).toBe(0);
    expect(JSON.parse(stdout()).results.map((r: { source: string; status: string }) => [r.source, r.status])).toEqual([
      [JWT_DID_KEY, 'verified'],
      [DI_DID_KEY, 'verified'],
    ]);
  });

  it('--inputs - reads the list from standard input', async () => {
    const { io, stdout } = fakeIo({ stdin: `${DI_DID_KEY}\n${JWT_DID_KEY}\n` });
    expect(await runCli(['--jsonl', '--offline', '--inputs', '-'], io)).toBe(0);
    expect(
      lines(stdout())
        .map((l) => JSON.parse(l).source)
        .sort(),
    ).toEqual([DI_DID_KEY, JWT_DID_KEY].sort());
  });

  it('an unreadable --inputs file is bad usage: exit 2, one line, nothing on stdout', async () => {
    const { io, stdout, stderr } = fakeIo();
    expect(await runCli(['--inputs', join(dir, 'missing.txt')], io)).toBe(2);
    expect(stderr()).toBe(`badge-lens: cannot read ${join(dir, 'missing.txt')}: no such file\n`);
    expect(stdout()).toBe('');
  });

  it('an empty input list finds nothing: exit 0', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n# nothing yet\n');
    const { io, stdout } = fakeIo();
    expect(await runCli(['--inputs', empty], io)).toBe(0);
    expect(stdout()).toBe('No badge data found.\n');
  });

  it('--jsonl writes each result as soon as it finishes, one JSON result a line', async () => {
    const slow = deferred<void>();
    const { fetch } = jwtFetch((url) => (url.includes('slow') ? slow.promise : undefined));
    const { io, stdout, writes } = fakeIo({ fetch });
    const run = runCli(['--jsonl', 'https://slow.example/badge.jwt', DI_DID_KEY], io);
    await until(() => writes.length === 1);
    expect(JSON.parse(stdout())).toMatchObject({ source: DI_DID_KEY, format: 'ob3-di', status: 'verified' });
    slow.resolve();
    expect(await run).toBe(0);
    expect(lines(stdout()).map((l) => JSON.parse(l).source)).toEqual([DI_DID_KEY, 'https://slow.example/badge.jwt']);
  });

  it('--json streams the very document it always printed, in input order whatever finishes first', async () => {
    const slow = deferred<void>();
    const { fetch } = jwtFetch((url) => (url.includes('slow') ? slow.promise : undefined));
    const { io, stdout, stderr } = fakeIo({ fetch, stderrTty: true });
    const run = runCli(['--json', 'https://slow.example/badge.jwt', DI_DID_KEY, JWT_DID_KEY], io);
    await until(() => stderr().includes('2/3 checked'));
    await settle();
    expect(stdout()).toBe('');
    slow.resolve();
    expect(await run).toBe(0);
    const document = JSON.parse(stdout()) as { results: Array<{ source: string }> };
    expect(document.results.map((r) => r.source)).toEqual(['https://slow.example/badge.jwt', DI_DID_KEY, JWT_DID_KEY]);
    expect(stdout()).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it('--json with nothing found is the empty document', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['--json', `${BADGES}/../unbaked.png`], io)).toBe(0);
    expect(stdout()).toBe('{\n  "results": []\n}\n');
  });

  it.each([
    [[], 8],
    [['--concurrency', '3'], 3],
    [['--concurrency', '1'], 1],
  ])('%j verifies that many inputs at once, no more', async (flags, expected) => {
    const gate = deferred<void>();
    const { fetch, stats } = jwtFetch(() => gate.promise);
    const { io, stdout } = fakeIo({ fetch });
    const urls = Array.from({ length: 20 }, (_, i) => `https://issuer-${i}.example/badge.jwt`);
    const run = runCli(['--jsonl', ...flags, ...urls], io);
    await until(() => stats.urls.length === expected);
    await settle();
    expect(stats.urls).toHaveLength(expected);
    gate.resolve();
    expect(await run).toBe(0);
    expect(stats.maxOpen).toBe(expected);
    expect(lines(stdout())).toHaveLength(20);
  });

  it('1,000 inputs in one run: results stream out while later inputs are still waiting to start', async () => {
    const written = () => lines(stdoutOf()).length;
    const startedWhenWritten: number[] = [];
    const { fetch, stats } = jwtFetch(() => {
      startedWhenWritten.push(written());
      return undefined;
    });
    const { io, stdout: stdoutOf } = fakeIo({ fetch });
    const urls = Array.from({ length: 1000 }, (_, i) => `https://issuer-${i % 50}.example/badges/${i}.jwt`);
    const before = process.memoryUsage().rss;
    expect(await runCli(['--jsonl', ...urls], io)).toBe(0);
    const after = process.memoryUsage().rss;
    expect(written()).toBe(1000);
    expect(stats.urls).toHaveLength(1000);
    // When the last input started, all but the 8 in flight (and the one starting) had been written already.
    expect(startedWhenWritten.at(-1)).toBeGreaterThanOrEqual(1000 - 8 - 1);
    console.info(`1,000 inputs in-process: RSS ${(before / 2 ** 20).toFixed(0)} MB before, ${(after / 2 ** 20).toFixed(0)} MB after`);
  });

  it('--csv: the header, then a row per credential as each finishes, nested credentials included', async () => {
    const recipientOutcome = ['verified', 'match', ''];
    const { io, stdout } = fakeIo();
    expect(await runCli(['--csv', '--offline', '--recipient', 'ada@example.com', DI_DID_KEY, `${BADGES}/clr-valid.json`], io)).toBe(1);
    expect(stdout().endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(stdout());
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 1 + 2);
    const cells = (row: string[]) => Object.fromEntries(row.map((v, i) => [CSV_COLUMNS[i], v]));
    const di = rows.map(cells).find((r) => r.source === DI_DID_KEY)!;
    expect(di).toMatchObject({
      format: 'ob3-di',
      assurance: 'signed',
      badge: 'Data Science Foundations',
      issuer: 'Example University',
      page_url: '',
    });
    expect([di.status, di.recipient_match, di.recipient]).toEqual(recipientOutcome);
    const clr = rows.map(cells).filter((r) => r.format === 'clr2');
    expect(clr).toHaveLength(1);
    expect(clr[0]).toMatchObject({
      badge: 'Comprehensive Learner Record — Ada Lovelace, 2025',
      status: 'unverifiable',
      failed_checks: 'net.offline; nested.unverifiable',
    });
    expect(rows.map(cells).map((r) => r.source)).toContain('credentialSubject.verifiableCredential[1]');
  });

  it('--csv names the page an HTML input was scanned on', async () => {
    const page = join(dir, 'cv.html');
    writeFileSync(page, `<!doctype html><html><body><script type="application/jwt">${jwt}</script></body></html>`);
    const { io, stdout } = fakeIo();
    await runCli(['--csv', '--offline', page], io);
    expect(parseCsv(stdout())[1]![0]).toBe(`file://${page}`);
  });

  it('an unreadable input among others: exit 2 with its reason; what was already verified is still printed whole', async () => {
    const { io, stdout, stderr } = fakeIo();
    expect(await runCli(['--json', '--offline', '--concurrency', '1', DI_DID_KEY, join(dir, 'nope.png'), JWT_DID_KEY], io)).toBe(2);
    expect(stderr()).toBe(`badge-lens: cannot read ${join(dir, 'nope.png')}: no such file\n`);
    expect(JSON.parse(stdout()).results.map((r: { source: string }) => r.source)).toEqual([DI_DID_KEY]);
  });
});

describe('the table on a terminal', () => {
  const table = async (options: Parameters<typeof fakeIo>[0], args = [DI_DID_KEY, `${BADGES}/clr-valid.json`]) => {
    const fake = fakeIo(options);
    await runCli(['--offline', ...args], fake.io);
    return fake;
  };

  it('is coloured when stdout is a terminal', async () => {
    const { stdout } = await table({ stdoutTty: true });
    expect(stdout()).toContain('\x1b[32mVerified');
    expect(stdout()).toContain('\x1b[33mCould not verify');
  });

  it.each([
    ['stdout is not a terminal', { stdoutTty: false }],
    ['NO_COLOR is set', { stdoutTty: true, env: { NO_COLOR: '1' } }],
  ])('has no colour when %s', async (_, options) => {
    const { stdout } = await table(options);
    expect(stdout()).not.toContain('\x1b[');
    expect(stdout()).toMatch(/^Verified\s+Data Science Foundations/m);
  });

  it('prints its rows as results come, the failure details at the end', async () => {
    const { writes } = await table({}, [`${BADGES}/clr-valid.json`, DI_DID_KEY, '--concurrency', '1']);
    expect(writes[0]).toMatch(/^STATUS\s+BADGE.*\n.*Could not verify/);
    expect(writes[1]).toMatch(/^Verified\s/);
    expect(writes.at(-1)).toMatch(/^\n\[1\] tests\/fixtures\/generated\/badges\/clr-valid.json — clr2\n/);
  });
});

describe('the progress line', () => {
  it('is drawn on stderr, in place, when stderr is a terminal, and cleared at the end', async () => {
    const { io, stderr, stdout } = fakeIo({ stderrTty: true });
    await runCli(['--jsonl', '--offline', DI_DID_KEY, JWT_DID_KEY], io);
    expect(stderr()).toContain('\r2/2 checked · 2 verified · 0 not verified\x1b[K');
    expect(stderr()).toMatch(/\r0\/2 checked · 0 verified · 0 not verified · tests\/fixtures/);
    expect(stderr().endsWith('\r\x1b[K')).toBe(true);
    expect(stdout()).not.toContain('checked ·');
  });

  it('is cleared before every write when stdout is the same terminal', async () => {
    const { io, stderr } = fakeIo({ stderrTty: true, stdoutTty: true });
    await runCli(['--offline', DI_DID_KEY, JWT_DID_KEY, `${BADGES}/clr-valid.json`], io);
    expect(stderr().split('\r\x1b[K').length - 1).toBeGreaterThanOrEqual(4);
    expect(stderr().endsWith('\r\x1b[K')).toBe(true);
  });

  it.each([
    ['stderr is not a terminal', { stderrTty: false }, [DI_DID_KEY, JWT_DID_KEY]],
    ['there is a single input', { stderrTty: true }, [DI_DID_KEY]],
  ])('is not drawn when %s', async (_, options, inputs) => {
    const { io, stderr } = fakeIo(options);
    await runCli(['--jsonl', '--offline', ...inputs], io);
    expect(stderr()).toBe('');
  });
});
