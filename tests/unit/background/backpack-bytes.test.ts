import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidateBytes } from '../../../entrypoints/background/backpack-bytes';
import { createFakeHttp } from '../../support/fake-http';
import { GENERATED } from '../../support/generated-site';

const png = readFileSync(`${GENERATED}/badges/hosted-valid.png`);
const http = createFakeHttp((url) => {
  if (url === 'https://cv.example.net/badges/hosted-valid.png') return { body: new Uint8Array(png), contentType: 'image/png' };
  if (url === 'https://issuer.example.org/assertions/7') return { body: '{"id":"x"}', contentType: 'application/ld+json' };
  if (url === 'https://api.credly.com/v1/obi/v2/badge_assertions/1b2c3d4e-0000-4000-8000-000000000000')
    return { body: '{}', contentType: 'application/json' };
  return undefined;
});

describe('the file a page candidate is saved as', () => {
  it('keeps embedded text and inline SVG as they are', async () => {
    expect(await candidateBytes({ kind: 'embedded', text: '{"a":1}' }, http)).toEqual({
      ok: true,
      bytes: new TextEncoder().encode('{"a":1}'),
      fileName: 'credential.json',
    });
    expect(await candidateBytes({ kind: 'svg-markup', markup: '<svg/>' }, http)).toMatchObject({ ok: true, fileName: 'badge.svg' });
  });

  it('decodes a data: image, and refuses one it cannot read', async () => {
    const url = `data:image/png;base64,${png.toString('base64')}`;
    const got = await candidateBytes({ kind: 'image', url }, http);
    expect(got.ok && Buffer.from(got.bytes).equals(png)).toBe(true);
    expect(await candidateBytes({ kind: 'image', url: 'data:image/png;base64,%%%' }, http)).toEqual({
      ok: false,
      error: 'the image could not be read',
    });
  });

  it('fetches an image or link again, named by its URL or its type', async () => {
    const image = await candidateBytes({ kind: 'image', url: 'https://cv.example.net/badges/hosted-valid.png' }, http);
    expect(image).toMatchObject({ ok: true, fileName: 'hosted-valid.png', sourceUrl: 'https://cv.example.net/badges/hosted-valid.png' });
    expect(image.ok && Buffer.from(image.bytes).equals(png)).toBe(true);
    expect(await candidateBytes({ kind: 'link', url: 'https://issuer.example.org/assertions/7' }, http)).toMatchObject({
      ok: true,
      fileName: '7.json',
    });
    expect(await candidateBytes({ kind: 'link', url: 'https://gone.example.org/x.json' }, http)).toMatchObject({ ok: false });
  });

  it('a platform badge is fetched from its public data, and one without any is refused by name', async () => {
    const credly = await candidateBytes(
      {
        kind: 'platform',
        platform: 'credly',
        url: 'https://www.credly.com/badges/1b2c3d4e-0000-4000-8000-000000000000',
        id: '1b2c3d4e-0000-4000-8000-000000000000',
      },
      http,
    );
    expect(credly).toMatchObject({ ok: true, sourceUrl: 'https://www.credly.com/badges/1b2c3d4e-0000-4000-8000-000000000000' });
    const accredible = await candidateBytes(
      { kind: 'platform', platform: 'accredible', url: 'https://www.credential.net/7d2e', id: '7d2e' },
      http,
    );
    expect(accredible).toEqual({ ok: false, error: 'accredible publishes no verifiable data for this badge' });
  });
});
