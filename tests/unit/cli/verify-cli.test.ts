import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED } from '../../support/generated-site';

function run(args: string[], stdin?: string | Uint8Array): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli/main.ts', ...args], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const badge = (name: string) => `${GENERATED}/badges/${name}`;

/** The demo issuers' sites on loopback, reached through --map as an issuer testing a badge would. */
let server: Server;
let maps: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(req.url ?? '/');
    try {
      res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(`${GENERATED}/site${path}`));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  maps = ['badges.example-university.org', 'www.old-badges.example.com'].flatMap((host) => [
    '--map',
    `https://${host}/=http://127.0.0.1:${port}/${host}/`,
  ]);
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('npm run verify', () => {
  it('prints a table and exits 0 when everything verifies', async () => {
    const { code, stdout } = await run([...maps, badge('signed-valid.png'), badge('hosted-valid.svg')]);
    expect(stdout).toMatch(/^STATUS\s+BADGE\s+ISSUER\s+ISSUED\s+INPUT\s+REASON/);
    expect(stdout).toMatch(/^Verified\s+Data Science Foundations\s+Example University\s+2024-06-01\s+signed-valid\.png\s/m);
    expect(stdout).toMatch(/^Verified\s+Data Science Foundations\s+Example University\s+2024-06-01\s+hosted-valid\.svg\s/m);
    expect(code).toBe(0);
  });

  it('says exactly what is wrong and exits 1', async () => {
    const { code, stdout } = await run([...maps, badge('signed-key-not-listed.png')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^Invalid\s/m);
    expect(stdout).toContain(
      'the key https://badges.example-university.org/keys/other-rsa.json is not listed in the issuer profile https://badges.example-university.org/issuer.json',
    );
    expect(stdout).toContain('[key.not-listed]');
  });

  it('prints JSON results with --json', async () => {
    const { code, stdout } = await run([
      '--json',
      '--recipient',
      'ada@example.com',
      ...maps,
      badge('signed-revoked.png'),
      badge('hosted-valid.png'),
    ]);
    const { results } = JSON.parse(stdout) as { results: Array<Record<string, unknown>> };
    expect(results.map((r) => [r.format, r.status, r.assurance])).toEqual([
      ['ob2-signed', 'revoked', 'signed'],
      ['ob2-hosted', 'verified', 'hosted'],
    ]);
    expect(results[1]).toMatchObject({
      source: badge('hosted-valid.png'),
      credential: { name: 'Data Science Foundations', issuer: { name: 'Example University' } },
    });
    expect(JSON.stringify(results)).toContain('recipient.match');
    expect(code).toBe(1);
  });

  it('shows who vouched for each issuer, and that its name is self-declared, in the table and in JSON', async () => {
    const loopback = maps[1]!.split('=')[1]!.replace('badges.example-university.org/', '');
    const lookalike = ['--map', `https://harvard-edu.example.org/=${loopback}harvard-edu.example.org/`];
    const table = await run([...maps, ...lookalike, badge('hosted-lookalike-issuer.png'), badge('ob3-rdfc-did-key.json')]);
    expect(table.stdout).toMatch(/^Verified\s+Professional Certificate in D…\s+Harvard University\s+2024-06-01/m);
    expect(table.stdout).toContain('↳ Harvard University — self-declared · vouched for by harvard-edu.example.org');
    expect(table.stdout).toContain(
      '↳ Example University — self-declared · vouched for by did:key:z6MksiiwEYpRFemwj72YAh8cwTGUtH5Zr8pikMHwvek3FCU3',
    );
    expect(table.stdout).toContain('[issuer.url-other-site]');
    const json = await run(['--json', ...maps, ...lookalike, badge('hosted-lookalike-issuer.png')]);
    expect(JSON.parse(json.stdout).results[0].credential.issuer).toMatchObject({
      name: 'Harvard University',
      nameTrust: 'self-declared',
      vouchedBy: { kind: 'origin', value: 'https://harvard-edu.example.org' },
    });
  });

  it('evaluates dates as of --now', async () => {
    const before = await run(['--json', '--now', '2024-12-01T00:00:00Z', ...maps, badge('signed-expired.png')]);
    expect(JSON.parse(before.stdout).results[0].status).toBe('verified');
    const after = await run(['--json', ...maps, badge('signed-expired.png')]);
    expect(JSON.parse(after.stdout).results[0].status).toBe('expired');
  });

  it('fetches nothing with --offline: unverifiable, never invalid', async () => {
    const { code, stdout } = await run(['--json', '--offline', badge('signed-valid.png')]);
    const result = JSON.parse(stdout).results[0];
    expect(result.status).toBe('unverifiable');
    expect(JSON.stringify(result.checks)).toContain('net.offline');
    expect(code).toBe(1);
  });

  it('refuses unmapped private addresses', async () => {
    const { stdout } = await run(['--json', 'http://127.0.0.1:9/assertion.json']);
    expect(JSON.parse(stdout).results[0].checks.map((c: { code: string }) => c.code)).toContain('net.blocked');
  });

  it('reads standard input', async () => {
    const { code, stdout } = await run(['--json', ...maps, '-'], readFileSync(badge('signed-valid.jws')));
    expect(JSON.parse(stdout).results[0]).toMatchObject({ source: 'stdin', status: 'verified' });
    expect(code).toBe(0);
  });

  it('scans an HTML page for badges', async () => {
    const jws = readFileSync(badge('signed-valid.jws'), 'utf8');
    const html = `<!doctype html><html><body><h1>Ada's CV</h1><script type="application/jwt">${jws}</script><script type="application/ld+json">{"@type":"Person","name":"Ada"}</script></body></html>`;
    const { stdout } = await run(['--json', ...maps, '-'], html);
    expect(JSON.parse(stdout).results.map((r: { status: string }) => r.status)).toEqual(['verified']);
  });

  it('reports no badge data and exits 0 for an ordinary image', async () => {
    const { code, stdout } = await run([`${GENERATED}/unbaked.png`]);
    expect(stdout).toBe('No badge data found.\n');
    expect(code).toBe(0);
  });

  it.each([
    [[], /give at least one file/],
    [['--bogus', 'x'], /unknown option --bogus/],
    [['--now', 'yesterday', 'x'], /--now needs an ISO 8601 date/],
    [['--map', 'nonsense', 'x'], /--map needs FROM=TO/],
    [['no/such/file.png'], /cannot read no\/such\/file.png: no such file/],
  ])('exits 2 with one line of reason for %j', async (args, message) => {
    const { code, stderr, stdout } = await run(args);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(message);
    expect(stdout).toBe('');
  });
});
