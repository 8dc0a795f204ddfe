/** Property tests over the unbaking code: any bytes or text end as an outcome within its caps. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyPayload, extractFromBytes, extractFromPng, extractFromSvg, readXml, type XmlEvent } from '../../../lib/extract';
import type { ExtractOutcome } from '../../../lib/extract/types';
import { decodePayload } from '../../../lib/formats/decode';
import { base64url, deepXml, nestedJson, pngLike, pngPrefixed, RUNS, xmlLike } from './arbitraries';

const CODES = new Set([
  'extract.png-truncated',
  'extract.png-bad-crc',
  'extract.png-chunk-too-large',
  'extract.png-too-many-chunks',
  'extract.png-bad-text-chunk',
  'extract.png-inflate-failed',
  'extract.svg-malformed',
  'extract.payload-unrecognized',
  'extract.unsupported-bytes',
  'extract.too-large',
]);

/** What every extraction must give: a known code and a short detail, or a payload within the cap. */
function expectWellFormed(outcome: ExtractOutcome, maxText: number): void {
  if (outcome.ok) {
    if (outcome.payload === null) return;
    expect(['url', 'json', 'jws']).toContain(outcome.payload.kind);
    expect(outcome.payload.text.length).toBeLessThanOrEqual(maxText);
    expect(outcome.payload.text).toBe(outcome.payload.text.trim());
  } else {
    expect(CODES.has(outcome.code), outcome.code).toBe(true);
    expect(outcome.detail.length).toBeLessThan(1000);
  }
}

describe('PNG chunk walker (properties)', () => {
  it(`${RUNS.extract} chunk streams with lying lengths, bad CRCs and zlib bombs: an outcome within a 4 KiB chunk cap`, async () => {
    await fc.assert(
      fc.asyncProperty(pngLike, async (bytes) => {
        expectWellFormed(await extractFromPng(bytes, { maxChunkBytes: 4096, maxChunks: 6 }), 4096);
      }),
      { numRuns: RUNS.extract },
    );
  });

  it(`${RUNS.extract} PNG signatures followed by noise: an outcome, never a throw`, async () => {
    await fc.assert(
      fc.asyncProperty(pngPrefixed, async (bytes) => {
        expectWellFormed(await extractFromPng(bytes), 1024 * 1024);
      }),
      { numRuns: RUNS.extract },
    );
  });

  it(`${RUNS.extract} arbitrary byte strings through extractFromBytes: an outcome, never a throw`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(undefined, 'image/png', 'image/svg+xml', 'application/json', 'text/plain'),
        async (bytes, contentType) => {
          expectWellFormed(await extractFromBytes(bytes, contentType ? { contentType } : {}), 1024 * 1024);
        },
      ),
      { numRuns: RUNS.extract },
    );
  });
});

describe('SVG / XML reader (properties)', () => {
  it(`${RUNS.extract} XML-ish texts: readXml answers ok with balanced events or a reason, never throws`, () => {
    fc.assert(
      fc.property(xmlLike, (text) => {
        const events: XmlEvent[] = [];
        const read = readXml(text, (e) => events.push(e), { maxDepth: 8 });
        if (!read.ok) {
          expect(['malformed', 'too-large']).toContain(read.reason);
          return;
        }
        let depth = 0;
        for (const event of events) {
          if (event.type === 'start') depth++;
          if (event.type === 'end') depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
          expect(depth).toBeLessThanOrEqual(8);
        }
        expect(depth).toBe(0);
      }),
      { numRuns: RUNS.extract },
    );
  });

  it(`${RUNS.extract} XML-ish texts through extractFromSvg: an outcome within the 2000-character cap`, () => {
    fc.assert(
      fc.property(xmlLike, (text) => {
        expectWellFormed(extractFromSvg(text, { maxChars: 2000 }), 2000);
      }),
      { numRuns: RUNS.extract },
    );
  });

  it(`${RUNS.decode} nestings 0-600 deep: refused past the depth limit (256), read below it`, () => {
    fc.assert(
      fc.property(deepXml, ({ depth, text, closed }) => {
        const read = readXml(text, () => undefined);
        if (depth + 1 > 256) expect(read).toMatchObject({ ok: false });
        else expect(read.ok).toBe(closed || depth === 0);
      }),
      { numRuns: RUNS.decode },
    );
  });
});

describe('payload decoding (properties)', () => {
  it(`${RUNS.decode} JSON values: decoded, or a format check, never a throw`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 60 }),
        ),
        (text) => {
          const decoded = decodePayload({ kind: 'json', text, container: 'text' });
          if (!decoded.ok) expect(decoded.check.code).toMatch(/^format\./);
        },
      ),
      { numRuns: RUNS.decode },
    );
  });

  it(`${RUNS.decode} nestings 1-400 deep: format.too-deep exactly past 200 levels`, () => {
    fc.assert(
      fc.property(nestedJson, ({ depth, text }) => {
        const decoded = decodePayload({ kind: 'json', text, container: 'text' });
        if (depth > 200) expect(decoded).toMatchObject({ ok: false, check: { code: 'format.too-deep' } });
        else expect(decoded.ok).toBe(true);
      }),
      { numRuns: RUNS.decode },
    );
  });

  const segment = fc.oneof(
    fc.jsonValue().map((v) => base64url(JSON.stringify(v))),
    fc.string({ maxLength: 40 }),
    fc.constant(''),
  );

  it(`${RUNS.decode} compact JWS texts with any header, payload and signature: decoded or format.jws-malformed/too-deep`, () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join('.');
        const decoded = decodePayload({ kind: 'jws', text, container: 'text' });
        if (decoded.ok) {
          expect(decoded.credential.kind).toBe('jws');
          return;
        }
        expect(['format.jws-malformed', 'format.too-deep']).toContain(decoded.check.code);
      }),
      { numRuns: RUNS.decode },
    );
  });

  it(`${RUNS.decode} arbitrary strings: classifyPayload names a kind or none, never throws`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const kind = classifyPayload(text);
        expect(kind === undefined || ['url', 'json', 'jws'].includes(kind)).toBe(true);
      }),
      { numRuns: RUNS.decode },
    );
  });
});
