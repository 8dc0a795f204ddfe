import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS, readHttpStatus } from '../../../lib/formats';
import { ob2Hosted } from '../../../lib/formats/ob2/hosted';
import { ob3Di } from '../../../lib/formats/ob3/formats';
import { verifyBytes, verifyUrl } from '../../../lib/verify/pipeline';
import { bakePng, makePng } from '../../../scripts/fixtures/bake';
import { testEnv } from '../../support/env';
import { createFakeHttp, type FakeRoute } from '../../support/fake-http';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';

const GONE = 'https://issuer.example.org/badges/gone';
const codes = (result: { checks: { code: string }[] } | undefined) => result?.checks.map((c) => c.code) ?? [];

function httpWith(routes: Record<string, FakeRoute>) {
  return createFakeHttp((url) => routes[url]);
}

describe('an HTTP status of a credential URL', () => {
  it('410 at a bare URL reads as OB 2.0 does: the hosted assertion is revoked', async () => {
    const http = httpWith({ [GONE]: { body: 'Gone', status: 410, contentType: 'text/plain' } });
    const [result] = await verifyUrl(GONE, testEnv(http));
    expect(result).toMatchObject({ source: GONE, status: 'revoked', assurance: 'none' });
    expect(codes(result)).toEqual(['hosted.gone']);
  });

  it('410 from a URL baked as an OB 2.0 assertion is revoked', async () => {
    const http = httpWith({ [GONE]: { body: 'Gone', status: 410, contentType: 'text/plain' } });
    const [result] = await verifyBytes(bakePng(makePng(), GONE, { keyword: 'openbadges' }), 'b.png', testEnv(http));
    expect(result).toMatchObject({ format: 'ob2-hosted', status: 'revoked' });
    expect(codes(result)).toEqual(['extract.ok', 'hosted.gone']);
  });

  it.each([
    ['openbadgecredential', 'ob3-di'],
    ['clrcredential', 'clr2'],
  ] as const)('410 from a URL baked as %s is a fetch problem, not an OB 2.0 revocation', async (keyword, format) => {
    const http = httpWith({ [GONE]: { body: 'Gone', status: 410, contentType: 'text/plain' } });
    const [result] = await verifyBytes(bakePng(makePng(), GONE, { keyword }), 'b.png', testEnv(http));
    expect(result).toMatchObject({ format, status: 'unverifiable' });
    expect(codes(result)).toEqual(['extract.ok', 'net.http-error']);
    expect(result!.checks[1]).toMatchObject({ outcome: 'error' });
  });

  it('any other HTTP error of an OB 2.0 URL stays a fetch problem', async () => {
    const http = httpWith({ [GONE]: { body: 'Not found', status: 404, contentType: 'text/plain' } });
    const [result] = await verifyBytes(bakePng(makePng(), GONE, { keyword: 'openbadges' }), 'b.png', testEnv(http));
    expect(result).toMatchObject({ status: 'unverifiable' });
    expect(codes(result)).toEqual(['extract.ok', 'net.http-error']);
  });

  it('the OB 2.0 hosted format reads 410 at the assertion id of a baked assertion the same way', async () => {
    const [result] = await verifyBytes(readFileSync(`${GENERATED}/badges/hosted-gone-410.png`), 'x', testEnv(generatedSiteHttp()));
    expect(result).toMatchObject({ format: 'ob2-hosted', status: 'revoked' });
    expect(codes(result)).toContain('hosted.gone');
  });

  it('the registry asks only the format a URL belongs to, and every format when none is known', () => {
    expect(readHttpStatus(ob2Hosted, 410, GONE)).toMatchObject({ outcome: 'fail', code: 'hosted.gone' });
    expect(readHttpStatus(ob2Hosted, 404, GONE)).toBeUndefined();
    expect(readHttpStatus(ob3Di, 410, GONE)).toBeUndefined();
    expect(readHttpStatus(undefined, 410, GONE)).toMatchObject({ code: 'hosted.gone' });
    expect(readHttpStatus(undefined, 500, GONE)).toBeUndefined();
    expect(FORMATS.filter((f) => f.readHttpStatus).map((f) => f.id)).toEqual(['ob2-hosted']);
  });
});

describe('links to links', () => {
  it('a badge whose link leads to itself stops with its own code', async () => {
    const url = 'https://issuer.example.org/badges/loop.png';
    const loop = bakePng(makePng(), url, { keyword: 'openbadges' });
    const http = httpWith({ [url]: { body: loop, contentType: 'image/png' } });
    const [result] = await verifyBytes(loop, 'loop.png', testEnv(http));
    expect(result).toMatchObject({ format: 'ob2-hosted', status: 'invalid', assurance: 'none' });
    expect(codes(result)).toEqual(['extract.ok', 'format.too-many-links']);
    expect(http.requests.length).toBe(1);
  });
});
