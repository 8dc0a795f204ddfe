import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyUserInput } from '../../../entrypoints/background/verify-input';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';
import { testEnv } from '../../support/env';

const VALID = 'https://badges.example-university.org/assertions/valid.json';
const codes = (results: Awaited<ReturnType<typeof verifyUserInput>>) => results.flatMap((r) => r.checks.map((c) => c.code));

describe('verify a file, text or link', () => {
  it('a file arrives as base64 and is unbaked, with the recipient the user typed', async () => {
    const base64 = readFileSync(`${GENERATED}/badges/hosted-recipient-match.png`).toString('base64');
    const results = await verifyUserInput(
      { kind: 'file', name: 'badge.png', base64 },
      testEnv(generatedSiteHttp(), { recipient: 'ada@example.com' }),
    );
    expect(results.map((r) => r.status)).toEqual(['verified']);
    expect(codes(results)).toContain('recipient.match');
    expect(results[0]?.source).toBe('badge.png');
  });

  it('a link is fetched, surrounding spaces ignored', async () => {
    const http = generatedSiteHttp();
    const results = await verifyUserInput({ kind: 'url', url: `  ${VALID}\n` }, testEnv(http));
    expect(http.requests[0]).toBe(VALID);
    expect(results.map((r) => r.status)).toEqual(['verified']);
  });

  it('pasted text that is a link is fetched; any other text is read as a credential', async () => {
    const http = generatedSiteHttp();
    expect((await verifyUserInput({ kind: 'text', text: ` ${VALID} ` }, testEnv(http))).map((r) => r.status)).toEqual(['verified']);
    expect(http.requests[0]).toBe(VALID);

    const pasted = readFileSync(`${GENERATED}/site/badges.example-university.org/assertions/valid.json`, 'utf8');
    const results = await verifyUserInput({ kind: 'text', text: pasted }, testEnv(generatedSiteHttp()));
    expect(results[0]?.source).toBe('pasted text');
    expect(results[0]?.format).toBe('ob2-hosted');

    const nonsense = await verifyUserInput({ kind: 'text', text: 'hello' }, testEnv(generatedSiteHttp()));
    expect(nonsense.map((r) => r.status)).toEqual(['invalid']);
  });
});
