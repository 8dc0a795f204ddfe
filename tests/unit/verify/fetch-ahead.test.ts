import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HttpGet } from '../../../lib/core/ports';
import { statusListUrls } from '../../../lib/status';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';

/** The generated issuers' sites, with one URL's answer held back until the test lets it go. */
function holding(heldUrl: string) {
  const http = generatedSiteHttp();
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  const get: HttpGet = async (request) => {
    asked.push(request.url);
    if (request.url === heldUrl) await released;
    return http(request);
  };
  return { get: Object.assign(get, { requests: http.requests, unmapped: http.unmapped }), asked, release, requests: http.requests };
}

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('requests made ahead, beside the one they would wait for', () => {
  it("a hosted badge's class is asked for while the issuer's copy of the assertion is on its way", async () => {
    const assertion = 'https://badges.example-university.org/assertions/valid.json';
    const site = holding(assertion);
    const verdict = verifyBytes(readFileSync(`${GENERATED}/badges/hosted-valid.png`), 'hosted-valid.png', testEnv(site.get));
    await turns(20);
    expect(site.asked).toContain(assertion);
    expect(site.asked.some((url) => url.includes('/badges/') && url !== assertion)).toBe(true);
    site.release();
    const [result] = await verdict;
    expect(result!.status).toBe('verified');
    // Asked ahead, not asked twice.
    expect(site.requests.length).toBe(new Set(site.requests).size);
  });

  it("a credential's status list is asked for while its issuer's key is on its way", async () => {
    const didDocument = 'https://credentials.example-university.org/.well-known/did.json';
    const list = 'https://credentials.example-university.org/status/revocation-1';
    const site = holding(didDocument);
    const verdict = verifyBytes(readFileSync(`${GENERATED}/badges/ob3-status-active.json`), 'ob3-status-active.json', testEnv(site.get));
    await turns(20);
    expect(site.asked).toContain(didDocument);
    expect(site.asked).toContain(list);
    site.release();
    const [result] = await verdict;
    expect(result!.status).toBe('verified');
    expect(site.requests.filter((url) => url === list)).toHaveLength(1);
  });

  it('only the lists that decide a verdict are asked ahead', () => {
    const entry = (type: string, statusPurpose: string, statusListCredential: unknown) => ({ type, statusPurpose, statusListCredential });
    expect(
      statusListUrls({
        credentialStatus: [
          entry('BitstringStatusListEntry', 'revocation', 'https://a.example/list'),
          entry('StatusList2021Entry', 'suspension', 'https://b.example/list'),
          entry('BitstringStatusListEntry', 'message', 'https://c.example/list'),
          entry('BitstringStatusListEntry', 'revocation', 'ftp://d.example/list'),
          entry('BitstringStatusListEntry', 'revocation', 42),
          entry('SomethingElse', 'revocation', 'https://e.example/list'),
          { type: '1EdTechRevocationList', id: 'https://f.example/revocations' },
          entry('BitstringStatusListEntry', 'revocation', 'https://a.example/list'),
        ],
      }),
    ).toEqual(['https://a.example/list', 'https://b.example/list', 'https://f.example/revocations']);
    expect(statusListUrls({})).toEqual([]);
    expect(statusListUrls({ credentialStatus: 'https://a.example/list' })).toEqual([]);
  });
});
