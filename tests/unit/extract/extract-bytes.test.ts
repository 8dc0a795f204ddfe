import { describe, expect, it } from 'vitest';
import { extractFromBytes, type ExtractOutcome } from '../../../lib/extract';
import { bakePng, bakeSvg, makePng } from '../../../scripts/fixtures/bake';

const JWS = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl';
const JSON_TEXT = '{"type":"Assertion","name":"SAFe®"}';
const utf8 = (text: string) => new TextEncoder().encode(text);
const ascii = (text: string, ...rest: number[]) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)).concat(rest));

const summary = (o: ExtractOutcome) => (o.ok ? (o.payload ? `${o.payload.container} ${o.payload.kind}` : 'null') : `${o.code}`);

describe('extractFromBytes sniffing', () => {
  const prefixedSvg = `<s:svg xmlns:s="http://www.w3.org/2000/svg" xmlns:o="http://openbadges.org"><o:assertion verify="${JWS}"/></s:svg>`;

  it.each([
    ['baked PNG', bakePng(makePng(), JSON_TEXT), {}, 'png-itxt json'],
    ['PNG without badge', makePng(), {}, 'null'],
    ['truncated PNG', makePng().subarray(0, 30), {}, 'extract.png-truncated'],
    ['PNG served as text/html', bakePng(makePng(), JWS), { contentType: 'text/html' }, 'png-itxt jws'],
    ['baked SVG', utf8(bakeSvg(JSON_TEXT)), {}, 'svg json'],
    ['baked SVG with BOM', utf8(`\uFEFF${bakeSvg(JSON_TEXT)}`), {}, 'svg json'],
    ['baked SVG after blank lines', utf8(`\n\n  ${bakeSvg(JSON_TEXT)}`), {}, 'svg json'],
    ['SVG without XML declaration', utf8(`<svg xmlns:o="http://openbadges.org"><o:assertion verify="${JWS}"/></svg>`), {}, 'svg jws'],
    [
      'SVG after a comment',
      utf8(`<!-- made by hand -->\n<svg xmlns:o="http://openbadges.org"><o:assertion verify="${JWS}"/></svg>`),
      {},
      'svg jws',
    ],
    [
      'SVG with DOCTYPE',
      utf8(
        `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg xmlns:o="http://openbadges.org"><o:assertion verify="${JWS}"/></svg>`,
      ),
      {},
      'svg jws',
    ],
    ['unbaked SVG', utf8('<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>'), {}, 'null'],
    ['malformed SVG', utf8('<?xml version="1.0"?><svg><g></svg>'), {}, 'extract.svg-malformed'],
    ['prefixed SVG root, no content type', utf8(prefixedSvg), {}, 'extract.unsupported-bytes'],
    ['prefixed SVG root, image/svg+xml', utf8(prefixedSvg), { contentType: 'image/svg+xml; charset=utf-8' }, 'svg jws'],
    ['JSON text', utf8(`\n  ${JSON_TEXT}\n`), {}, 'text json'],
    ['JSON text with BOM', utf8(`\uFEFF${JSON_TEXT}`), { contentType: 'application/json' }, 'text json'],
    ['JSON served as text/html', utf8(JSON_TEXT), { contentType: 'text/html' }, 'text json'],
    ['JWS text', utf8(`${JWS}\n`), { contentType: 'text/plain' }, 'text jws'],
    ['URL text', utf8('https://example.org/assertions/1\n'), {}, 'text url'],
    ['HTML doctype', utf8('<!DOCTYPE html>\n<html><body></body></html>'), {}, 'extract.unsupported-bytes'],
    ['HTML without doctype', utf8('  <html lang="en"><body></body></html>'), {}, 'extract.unsupported-bytes'],
    [
      'XHTML with XML declaration',
      utf8('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"/>'),
      {},
      'extract.unsupported-bytes',
    ],
    ['HTML fragment by content type', utf8('<p>hello</p>'), { contentType: 'Text/HTML; charset=utf-8' }, 'extract.unsupported-bytes'],
    ['JPEG', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46), {}, 'null'],
    ['GIF', ascii('GIF89a', 1, 0, 1, 0), {}, 'null'],
    ['WebP', ascii('RIFF', 0x24, 0, 0, 0, ...[...'WEBPVP8 '].map((c) => c.charCodeAt(0))), {}, 'null'],
    ['binary garbage', Uint8Array.of(0x00, 0xff, 0xfe, 0x80, 0x81, 0x00), {}, 'extract.unsupported-bytes'],
    ['plain words', utf8('hello world'), {}, 'extract.unsupported-bytes'],
    ['empty', new Uint8Array(0), {}, 'null'],
    ['whitespace only', utf8(' \n\t '), {}, 'null'],
    ['too large (limit given)', utf8(JSON_TEXT), { maxBytes: 10 }, 'extract.too-large'],
    ['too large (default 8 MiB)', new Uint8Array(8 * 1024 * 1024 + 1), {}, 'extract.too-large'],
  ])('%s → %s', async (_name, bytes, hint, expected) => {
    const outcome = await extractFromBytes(bytes, hint);
    expect(summary(outcome)).toBe(expected);
    if (!outcome.ok) expect(outcome.detail).not.toBe('');
  });

  it('HTML is reported with the detail "HTML page"', async () => {
    expect(await extractFromBytes(utf8('<!doctype html><title>x</title>'))).toEqual({
      ok: false,
      code: 'extract.unsupported-bytes',
      detail: 'HTML page',
    });
  });

  it('text payloads carry no marker and keep UTF-8', async () => {
    expect(await extractFromBytes(utf8(JSON_TEXT))).toEqual({ ok: true, payload: { kind: 'json', text: JSON_TEXT, container: 'text' } });
  });

  it('exactly 8 MiB is allowed', async () => {
    const bytes = new Uint8Array(8 * 1024 * 1024).fill(0x20);
    bytes.set(utf8(JWS));
    expect(summary(await extractFromBytes(bytes))).toBe('text jws');
  });
});
