import { describe, expect, it } from 'vitest';
import { mayNeedJsonLd } from '../../../lib/detect/candidate';

describe('mayNeedJsonLd: which candidates may take JSON-LD canonicalization', () => {
  it('an embedded compact JWT does not; embedded JSON, SVG, images, links and platform pages may', () => {
    expect(mayNeedJsonLd({ kind: 'embedded', text: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.sig-_0' })).toBe(false);
    expect(mayNeedJsonLd({ kind: 'embedded', text: '\n  eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.\n' })).toBe(false);
    expect(mayNeedJsonLd({ kind: 'embedded', text: '{"@context":"https://www.w3.org/ns/credentials/v2"}' })).toBe(true);
    expect(mayNeedJsonLd({ kind: 'embedded', text: 'eyJ.a.b {"proof":{}}' })).toBe(true);
    expect(mayNeedJsonLd({ kind: 'svg-markup', markup: '<svg/>' })).toBe(true);
    expect(mayNeedJsonLd({ kind: 'image', url: 'https://a.example/b.png' })).toBe(true);
    expect(mayNeedJsonLd({ kind: 'link', url: 'https://a.example/b.json' })).toBe(true);
  });
});
