import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../scripts/cli/args';
import { runCli } from '../../../scripts/cli/run';
import { DI_DID_KEY, fakeIo, parseCsv } from './cli-io';

const dir = mkdtempSync(join(tmpdir(), 'badge-lens-trust-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DID_KEY = 'did:key:z6MksiiwEYpRFemwj72YAh8cwTGUtH5Zr8pikMHwvek3FCU3';
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('badge-lens --trust', () => {
  it('is repeatable, and absent from the options when not given', () => {
    expect(parseArgs(['--trust', 'a.json', '--trust=b.json', 'x'])).toMatchObject({ trustFiles: ['a.json', 'b.json'] });
    expect(parseArgs(['x'])).not.toHaveProperty('trustFiles');
    expect(parseArgs(['--trust'])).toMatchObject({ error: expect.stringContaining('--trust needs') });
  });

  it('--json results carry trust {known, list}, and a listed issuer name counts as confirmed', async () => {
    const registry = file(
      'registry.json',
      JSON.stringify({ meta: { name: 'Test registry' }, registry: { [DID_KEY]: { name: 'Example University' } } }),
    );
    const other = file('other.json', JSON.stringify(['did:web:someone-else.example']));
    const { io, stdout } = fakeIo();
    expect(await runCli(['--json', '--offline', '--trust', other, '--trust', registry, DI_DID_KEY], io)).toBe(0);
    const [result] = (
      JSON.parse(stdout()) as { results: Array<{ status: string; trust: unknown; credential: { issuer: { nameTrust?: string } } }> }
    ).results;
    expect(result?.trust).toEqual({ known: true, list: 'Test registry' });
    expect(result?.credential.issuer.nameTrust).toBe('trust-list');
    expect(result?.status).toBe('verified');
  });

  it('not on the lists: known false, in --json and the CSV trust column', async () => {
    const other = file('plain.json', JSON.stringify(['https://someone-else.example']));
    const json = fakeIo();
    expect(await runCli(['--json', '--offline', '--trust', other, DI_DID_KEY], json.io)).toBe(0);
    expect((JSON.parse(json.stdout()) as { results: Array<{ trust: unknown }> }).results[0]?.trust).toEqual({ known: false });
    const csv = fakeIo();
    expect(await runCli(['--csv', '--offline', '--trust', other, DI_DID_KEY], csv.io)).toBe(0);
    const [header, row] = parseCsv(csv.stdout());
    expect(row?.[header!.indexOf('trust')]).toBe('not on your lists');
  });

  it('a malformed list stops the run with a clear message (exit 2) and checks nothing', async () => {
    const bad = file('bad.json', '{"registry": 5');
    const { io, stdout, stderr } = fakeIo();
    expect(await runCli(['--json', '--offline', '--trust', bad, DI_DID_KEY], io)).toBe(2);
    expect(stderr()).toContain(`trust list ${bad}: not JSON`);
    expect(stdout()).toBe('');
  });
});
