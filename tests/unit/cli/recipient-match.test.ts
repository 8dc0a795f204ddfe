import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../scripts/cli/args';
import { runCli } from '../../../scripts/cli/run';
import { BADGES, DI_DID_KEY, fakeIo, parseCsv } from './cli-io';

const ADA = `${BADGES}/ob3-recruiter-certificate.json`;
const JOHN = `${BADGES}/ob3-recruiter-other-name.json`;

interface Exported {
  recipientMatch: { match: string; name?: string; reason?: string };
  trust: unknown;
}

async function jsonResults(args: string[]): Promise<Exported[]> {
  const { io, stdout } = fakeIo();
  await runCli(['--json', '--offline', ...args], io);
  return (JSON.parse(stdout()) as { results: Exported[] }).results;
}

describe('badge-lens recipientMatch (docs/SPEC.md §8)', () => {
  it('--name takes a non-empty name', () => {
    expect(parseArgs(['--name', ' Ada Lovelace ', 'x'])).toMatchObject({ personName: 'Ada Lovelace' });
    expect(parseArgs(['--name=', 'x'])).toMatchObject({ error: expect.stringContaining('--name needs') });
    expect(parseArgs(['x'])).not.toHaveProperty('personName');
  });

  it('every --json result carries recipientMatch and trust, even with nothing to compare', async () => {
    const [result] = await jsonResults([ADA]);
    expect(result?.recipientMatch).toEqual({ match: 'unknown', name: 'Ada Lovelace', reason: 'no-page-name' });
    expect(result?.trust).toEqual({ known: false });
  });

  it('--name compares the credential recipient name with the person', async () => {
    expect((await jsonResults(['--name', 'Ada King Lovelace', ADA]))[0]?.recipientMatch).toEqual({ match: 'match', name: 'Ada Lovelace' });
    expect((await jsonResults(['--name', 'Ada Lovelace', JOHN]))[0]?.recipientMatch).toEqual({ match: 'mismatch', name: 'John Smith' });
  });

  it('a hashed recipient is unknown by name, and settled by --recipient', async () => {
    expect((await jsonResults(['--name', 'Ada Lovelace', DI_DID_KEY]))[0]?.recipientMatch).toEqual({ match: 'unknown', reason: 'hashed' });
    expect((await jsonResults(['--recipient', 'ada@example.com', DI_DID_KEY]))[0]?.recipientMatch).toEqual({ match: 'match' });
    expect((await jsonResults(['--recipient', 'eve@example.com', DI_DID_KEY]))[0]?.recipientMatch).toEqual({ match: 'mismatch' });
  });

  it('--jsonl lines carry it too, and the CSV column follows --name', async () => {
    const jsonl = fakeIo();
    await runCli(['--jsonl', '--offline', '--name', 'Ada Lovelace', JOHN], jsonl.io);
    expect((JSON.parse(jsonl.stdout().trim()) as Exported).recipientMatch.match).toBe('mismatch');
    const csv = fakeIo();
    await runCli(['--csv', '--offline', '--name', 'Ada Lovelace', ADA, JOHN], csv.io);
    const [header, ...rows] = parseCsv(csv.stdout());
    const column = header!.indexOf('recipient_match');
    expect(rows.map((r) => r[column]).sort()).toEqual(['match', 'mismatch']);
  });
});
