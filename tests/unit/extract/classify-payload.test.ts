import { describe, expect, it } from 'vitest';
import { classifyPayload } from '../../../lib/extract';

describe('classifyPayload', () => {
  it.each([
    ['{"a":1}', 'json'],
    ['  \n{"a":1}\n', 'json'],
    ['{not json at all', 'json'],
    ['eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln', 'jws'],
    ['  a-b_c.d-e_f.g-h_i  ', 'jws'],
    ['https://example.org/assertions/1', 'url'],
    ['http://example.org', 'url'],
    ['HTTPS://EXAMPLE.ORG/A', 'url'],
    ['', undefined],
    ['   ', undefined],
    ['[1,2]', undefined],
    ['hello', undefined],
    ['a.b', undefined],
    ['a.b.c.d', undefined],
    ['a..c', undefined],
    ['a.b+.c', undefined],
    ['ftp://example.org/x', undefined],
    ['javascript:alert(1)', undefined],
    ['/relative/path', undefined],
    ['example.org/assertion', undefined],
    ['https://', undefined],
    ['https://example.org/a b', undefined],
    ['verify:{"url":"x"}}', undefined],
    ['\uFEFF{"a":1}', 'json'],
  ])('%j → %s', (text, kind) => {
    expect(classifyPayload(text)).toBe(kind);
  });
});
