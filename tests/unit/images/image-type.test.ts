import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedDataImage, decodeDataUrl, IMAGE_MAX_BYTES, imageDataUrl } from '../../../lib/images/data-url';
import { IMAGE_TYPES, sniffImageType } from '../../../lib/images/image-type';

const bytes = (text: string) => new TextEncoder().encode(text);
const PNG = new Uint8Array(readFileSync('scripts/demo/assets/art/data-science.png'));
const JPEG = new Uint8Array(readFileSync('scripts/demo/assets/ada.jpg'));

describe('sniffImageType', () => {
  it.each([
    ['image/png', PNG],
    ['image/jpeg', JPEG],
    ['image/gif', bytes('GIF89a\u0001\u0000')],
    ['image/gif', bytes('GIF87a')],
    ['image/webp', bytes('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')],
    ['image/svg+xml', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    [
      'image/svg+xml',
      bytes(
        '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg>',
      ),
    ],
    ['image/svg+xml', new Uint8Array(readFileSync('tests/fixtures/generated/badges/hosted-valid.svg'))],
  ])('knows %s by its bytes', (type, data) => {
    expect(sniffImageType(data)).toBe(type);
  });

  it.each([
    ['HTML', '<!doctype html><html><svg></svg></html>'],
    ['an HTML script', '<script>alert(1)</script><svg>'],
    ['text', 'just text'],
    ['JSON', '{"@context":"https://w3id.org/openbadges/v2"}'],
    ['RIFF that is not WebP', 'RIFF\u0000\u0000\u0000\u0000WAVEfmt '],
    ['an <svgx> element', '<svgx>'],
    ['nothing', ''],
  ])('refuses %s', (_name, text) => {
    expect(sniffImageType(bytes(text))).toBeUndefined();
  });

  it('never throws and answers only the allowed types, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (data) => {
        const type = sniffImageType(data);
        expect(type === undefined || IMAGE_TYPES.includes(type)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('data: images', () => {
  it('round-trips any bytes through imageDataUrl and decodeDataUrl', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), fc.constantFrom(...IMAGE_TYPES), (data, type) => {
        const decoded = decodeDataUrl(imageDataUrl(type, data));
        expect(decoded?.mediaType).toBe(type);
        expect(decoded?.bytes).toEqual(data);
      }),
      { numRuns: 200 },
    );
  });

  it('decodes percent-encoded data, binary bytes included', () => {
    expect(decodeDataUrl('data:image/svg+xml;charset=utf-8,%3Csvg%3E\u00e9')?.bytes).toEqual(bytes('<svg>\u00e9'));
    expect(decodeDataUrl('data:image/png,%89PNG%0D%0A%1A%0A')?.bytes).toEqual(PNG.subarray(0, 8));
    expect(decodeDataUrl('https://example.org/a.png')).toBeUndefined();
    expect(decodeDataUrl('data:image/png;base64,***')).toBeUndefined();
  });

  it('keeps a credential data: image as it is when its bytes are the type it says', () => {
    const png = imageDataUrl('image/png', PNG);
    expect(checkedDataImage(png)).toBe(png);
    const svg = 'data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E';
    expect(checkedDataImage(svg)).toBe(svg);
    const jpg = `data:image/jpg;base64,${Buffer.from(JPEG).toString('base64')}`;
    expect(checkedDataImage(jpg)).toBe(jpg);
  });

  it('relabels one that says another image type, and refuses one that is no image', () => {
    expect(checkedDataImage(`data:image/jpeg;base64,${Buffer.from(PNG).toString('base64')}`)).toBe(imageDataUrl('image/png', PNG));
    expect(checkedDataImage(`data:image/png;base64,${Buffer.from('<html><script>alert(1)</script>').toString('base64')}`)).toBeUndefined();
    expect(checkedDataImage('data:image/svg+xml,<html><script>alert(1)</script>')).toBeUndefined();
  });

  it('refuses one over the size cap before decoding it', () => {
    const huge = `data:image/png;base64,${'iVBORw0KGgo'.padEnd(Math.ceil((IMAGE_MAX_BYTES * 4) / 3) + 8, 'A')}`;
    expect(decodeDataUrl(huge)).toBeUndefined();
    expect(checkedDataImage(huge)).toBeUndefined();
  });
});
