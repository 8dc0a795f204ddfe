import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFromSvg, type ExtractOutcome, type Payload } from '../../../lib/extract';
import { bakeSvg } from '../../../scripts/fixtures/bake';

const vector = (path: string) => readFileSync(new URL(`../../fixtures/vectors/${path}`, import.meta.url), 'utf8');

const JWS = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl';
const OB2 = 'http://openbadges.org';
const OB3 = 'https://purl.imsglobal.org/ob/v3p0';
const CLR = 'https://purl.imsglobal.org/clr/v2p0';

function payloadOf(outcome: ExtractOutcome): Payload {
  if (!outcome.ok) throw new Error(`expected a payload, got ${outcome.code}: ${outcome.detail}`);
  if (!outcome.payload) throw new Error('expected a payload, got null');
  return outcome.payload;
}

const codeOf = (outcome: ExtractOutcome) => (outcome.ok ? (outcome.payload ? `payload ${outcome.payload.kind}` : 'null') : outcome.code);

const svg = (inner: string, attrs = `xmlns:openbadges="${OB2}"`) =>
  `<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${inner}<circle r="1"/></svg>`;

describe('extractFromSvg: vectors', () => {
  it.each([
    {
      file: 'bakery/concentricsky-bakery_baked_example.svg',
      expected: 'payload json',
      marker: 'openbadges',
      check: (p: Payload) => expect(JSON.parse(p.text).uid).toBe('abcdef12345'),
    },
    { file: 'bakery/concentricsky-bakery_unbaked_example.svg', expected: 'null' },
    // The CDATA starts with '{' but is not JSON: kind json here, JSON parsing rejects it later.
    {
      file: 'bakery/mozilla-bakery_bad-json.svg',
      expected: 'payload json',
      marker: 'openbadges',
      check: (p: Payload) => {
        expect(p.text).toBe('{verify:{"url":"http://example.org"}}');
        expect(() => JSON.parse(p.text)).toThrow();
      },
    },
    {
      file: 'bakery/mozilla-bakery_baked.svg',
      expected: 'payload json',
      marker: 'openbadges',
      check: (p: Payload) => expect(p.text).toBe('{"verify":{"url":"http://example.org"}}'),
    },
    {
      file: 'bakery/mozilla-bakery_no-json.svg',
      expected: 'payload url',
      marker: 'openbadges',
      check: (p: Payload) => expect(p.text).toBe('http://example.org'),
    },
    { file: 'bakery/mozilla-bakery_unbaked.svg', expected: 'null' },
    {
      file: 'bakery/ob2-spec_baking-example-hosted.svg',
      expected: 'payload json',
      marker: 'openbadges',
      check: (p: Payload) => {
        const assertion = JSON.parse(p.text);
        expect(assertion.id).toBe('https://example.org/assertions/123');
        expect(assertion.badge.description).toBe('This badge is awarded …');
      },
    },
    {
      file: 'ob3/1edtech-val_simple-json.svg',
      expected: 'payload json',
      marker: 'openbadgecredential',
      check: (p: Payload) => {
        expect(JSON.parse(p.text)).toEqual(JSON.parse(vector('ob3/1edtech-val_simple-json.png.itxt.json')));
      },
    },
    {
      file: 'ob3/1edtech-val_simple-jwt.svg',
      expected: 'payload jws',
      marker: 'openbadgecredential',
      check: (p: Payload) => expect(p.text.split('.')).toHaveLength(3),
    },
    {
      file: 'ob3/1edtech-val_simple-jwt_v1.svg',
      expected: 'payload jws',
      marker: 'openbadgecredential',
      check: (p: Payload) => expect(p.text).toMatch(/^eyJ/),
    },
  ])('$file → $expected', ({ file, expected, marker, check }) => {
    const outcome = extractFromSvg(vector(file));
    expect(codeOf(outcome)).toBe(expected);
    if (expected.startsWith('payload')) {
      const payload = payloadOf(outcome);
      expect(payload.container).toBe('svg');
      expect(payload.marker).toBe(marker);
      expect(payload.text).toBe(payload.text.trim());
      check?.(payload);
    }
  });
});

describe('extractFromSvg: baked by bakeSvg', () => {
  const json = '{"name":"SAFe® Agilist","note":"a ]]> inside"}';
  it.each([
    ['openbadges', 'cdata', json, 'json'],
    ['openbadges', 'verify-attribute', 'https://example.org/assertions/1?a=1&b=2', 'url'],
    ['openbadges', 'verify-attribute', JWS, 'jws'],
    ['openbadgecredential', 'cdata', json, 'json'],
    ['openbadgecredential', 'verify-attribute', JWS, 'jws'],
    ['clrcredential', 'cdata', json, 'json'],
    ['clrcredential', 'verify-attribute', JWS, 'jws'],
  ] as const)('%s %s', (marker, form, text, kind) => {
    expect(payloadOf(extractFromSvg(bakeSvg(text, { marker, form })))).toEqual({ kind, text, container: 'svg', marker });
  });

  it('the body wins over the verify attribute', () => {
    const baked = bakeSvg(json, { verify: 'https://example.org/assertions/1' });
    expect(baked).toContain('verify="https://example.org/assertions/1"');
    expect(payloadOf(extractFromSvg(baked)).text).toBe(json);
  });
});

describe('extractFromSvg: matching by namespace', () => {
  it.each([
    ['CDATA body', svg(`<openbadges:assertion><![CDATA[ {"a":1} ]]></openbadges:assertion>`), 'json', '{"a":1}'],
    [
      'text body with entities',
      svg(`<openbadges:assertion>{&quot;a&quot;:&#34;&lt;&#x3e;&amp;&apos;&quot;}</openbadges:assertion>`),
      'json',
      `{"a":"<>&'"}`,
    ],
    ['body split over text and CDATA', svg(`<openbadges:assertion>{"a":<![CDATA["b"]]>}</openbadges:assertion>`), 'json', '{"a":"b"}'],
    [
      'body wins over verify',
      svg(`<openbadges:assertion verify="https://example.org/a"><![CDATA[{"b":2}]]></openbadges:assertion>`),
      'json',
      '{"b":2}',
    ],
    [
      'whitespace body falls back to verify',
      svg(`<openbadges:assertion verify=" https://example.org/a ">\n  <![CDATA[  ]]>\n</openbadges:assertion>`),
      'url',
      'https://example.org/a',
    ],
    ['empty element uses verify (JWS)', svg(`<openbadges:assertion verify='${JWS}'/>`), 'jws', JWS],
    [
      'text of child elements is not body',
      svg(`<openbadges:assertion verify="${JWS}"><desc>ignored</desc></openbadges:assertion>`),
      'jws',
      JWS,
    ],
    ['another prefix, same namespace', svg(`<ob:assertion verify="${JWS}"/>`, `xmlns:ob="${OB2}"`), 'jws', JWS],
    ['default namespace on the element', svg(`<assertion xmlns="${OB2}" verify="${JWS}"/>`, ''), 'jws', JWS],
    ['namespace declared on the element itself', svg(`<x:credential xmlns:x="${OB3}" verify="${JWS}"/>`, ''), 'jws', JWS],
    ['element deeper in the tree', svg(`<g><g><openbadges:assertion verify="${JWS}"/></g></g>`), 'jws', JWS],
    [
      'first of two elements wins',
      svg(`<openbadges:assertion verify="${JWS}"/><openbadges:assertion verify="https://example.org/b"/>`),
      'jws',
      JWS,
    ],
    ['CRLF in the body is normalized', svg(`<openbadges:assertion>{"a":\r\n1}</openbadges:assertion>`), 'json', '{"a":\n1}'],
  ])('%s', (_name, input, kind, text) => {
    expect(payloadOf(extractFromSvg(input))).toMatchObject({ kind, text, container: 'svg' });
  });

  it.each([
    ['OB 2.0', `xmlns:a="${OB2}"`, 'a:assertion', 'openbadges'],
    ['OB 3.0', `xmlns:a="${OB3}"`, 'a:credential', 'openbadgecredential'],
    ['CLR 2.0', `xmlns:a="${CLR}"`, 'a:credential', 'clrcredential'],
  ])('%s marker', (_name, decl, qname, marker) => {
    expect(payloadOf(extractFromSvg(svg(`<${qname} verify="${JWS}"/>`, decl))).marker).toBe(marker);
  });

  it.each([
    ['right prefix, wrong namespace', svg(`<openbadges:assertion verify="${JWS}"/>`, 'xmlns:openbadges="http://example.org/not-badges"')],
    ['OB 3.0 prefix bound to the OB 2.0 namespace with local name credential', svg(`<openbadges:credential verify="${JWS}"/>`)],
    ['OB 2.0 local name in the OB 3.0 namespace', svg(`<openbadges:assertion verify="${JWS}"/>`, `xmlns:openbadges="${OB3}"`)],
    ['no namespace at all', `<svg><assertion verify="${JWS}"/></svg>`],
    ['SVG namespace', svg(`<assertion verify="${JWS}"/>`, '')],
    ['namespace URI differs in case', svg(`<o:assertion verify="${JWS}"/>`, 'xmlns:o="http://OpenBadges.org"')],
    ['namespace URI with a trailing slash', svg(`<o:assertion verify="${JWS}"/>`, 'xmlns:o="http://openbadges.org/"')],
    ['a marker name in an attribute only', svg(`<g openbadges:assertion="${JWS}"/>`)],
    ['default namespace reset by xmlns=""', `<svg xmlns="${OB2}"><g xmlns=""><assertion verify="${JWS}"/></g></svg>`],
  ])('not matched: %s', (_name, input) => {
    expect(extractFromSvg(input)).toEqual({ ok: true, payload: null });
  });

  it('a prefix declared deeper does not leak to siblings', () => {
    const input = svg(`<g xmlns:x="${OB2}"><x:assertion verify="${JWS}"/></g><x:assertion verify="https://example.org/b"/>`, '');
    expect(codeOf(extractFromSvg(input))).toBe('extract.svg-malformed');
  });

  it('a prefix redeclared deeper is scoped', () => {
    const input = svg(
      `<g xmlns:openbadges="urn:other"><openbadges:assertion verify="https://example.org/inner"/></g><openbadges:assertion verify="${JWS}"/>`,
    );
    expect(payloadOf(extractFromSvg(input)).text).toBe(JWS);
  });

  it.each([
    ['body that is not a payload', svg(`<openbadges:assertion verify="${JWS}">not json</openbadges:assertion>`)],
    ['no body and no verify', svg('<openbadges:assertion/>')],
    ['empty verify', svg('<openbadges:assertion verify="  "></openbadges:assertion>')],
    ['verify that is not a URL or JWS', svg('<openbadges:assertion verify="example.org/a"/>')],
    ['verify with a javascript: URL', svg('<openbadges:assertion verify="javascript:alert(1)"/>')],
  ])('payload-unrecognized: %s', (_name, input) => {
    const outcome = extractFromSvg(input);
    expect(codeOf(outcome)).toBe('extract.payload-unrecognized');
    expect(!outcome.ok && outcome.detail).toMatch(/openbadges:assertion/);
  });
});

describe('extractFromSvg: hostile and malformed input', () => {
  const laughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE svg [',
    '  <!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
    '  <!-- a comment with ] and " inside -->',
    ']>',
  ].join('\n');

  it('billion laughs: entities are not expanded and parsing finishes fast', { timeout: 2000 }, () => {
    const input = `${laughs}\n${svg('<openbadges:assertion>&lol9;</openbadges:assertion>')}`;
    const outcome = extractFromSvg(input);
    expect(codeOf(outcome)).toBe('extract.payload-unrecognized');
  });

  it('billion laughs in an attribute stays literal', { timeout: 2000 }, () => {
    const input = `${laughs}\n${svg('<openbadges:assertion verify="https://example.org/&lol9;"/>')}`;
    expect(payloadOf(extractFromSvg(input)).text).toBe('https://example.org/&lol9;');
  });

  it('external entities are never resolved', () => {
    const input = `<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${svg('<openbadges:assertion>{"x":"&xxe;"}</openbadges:assertion>')}`;
    expect(payloadOf(extractFromSvg(input)).text).toBe('{"x":"&xxe;"}');
  });

  it('DOCTYPE with public id, internal subset, PIs and quoted ">" is skipped', () => {
    const input = `<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x>y.dtd" [<!ENTITY a 'it"s > ]'><?pi ]>?>]>${svg(`<openbadges:assertion verify="${JWS}"/>`)}`;
    expect(payloadOf(extractFromSvg(input)).text).toBe(JWS);
  });

  it('nesting up to the cap is accepted, deeper is malformed', () => {
    const nest = (n: number) => `${'<g>'.repeat(n)}${'</g>'.repeat(n)}`;
    expect(extractFromSvg(svg(nest(255)))).toEqual({ ok: true, payload: null });
    const outcome = extractFromSvg(svg(nest(256)));
    expect(codeOf(outcome)).toBe('extract.svg-malformed');
    expect(!outcome.ok && outcome.detail).toMatch(/deeper than 256/);
    expect(codeOf(extractFromSvg(svg(nest(100_000))))).toBe('extract.svg-malformed');
  });

  it('a custom depth limit', () => {
    expect(codeOf(extractFromSvg(svg('<g><g></g></g>'), { maxDepth: 2 }))).toBe('extract.svg-malformed');
  });

  it('too large', () => {
    expect(codeOf(extractFromSvg(svg(' '.repeat(100)), { maxChars: 50 }))).toBe('extract.too-large');
    expect(codeOf(extractFromSvg(`<svg>${' '.repeat(8 * 1024 * 1024)}</svg>`))).toBe('extract.too-large');
  });

  it.each([
    ['empty string', ''],
    ['only whitespace', '  \n'],
    ['only a declaration', '<?xml version="1.0"?>'],
    ['mismatched end tag', svg('<g></h>')],
    [
      'end tag with another prefix',
      svg(`<openbadges:assertion verify="${JWS}"></ob:assertion>`, `xmlns:openbadges="${OB2}" xmlns:ob="${OB2}"`),
    ],
    ['unclosed element', '<svg><g>'],
    ['extra end tag', '<svg></svg></svg>'],
    ['two root elements', '<svg/><svg/>'],
    ['text outside the root', '<svg/>text'],
    ['text before the root', 'x<svg/>'],
    ['CDATA outside the root', '<![CDATA[x]]><svg/>'],
    ['unquoted attribute', '<svg width=10/>'],
    ['attribute without value', '<svg hidden/>'],
    ['duplicate attribute', '<svg a="1" a="2"/>'],
    ['duplicate attribute by namespace', `<svg xmlns:a="${OB2}" xmlns:b="${OB2}" a:x="1" b:x="2"/>`],
    ['attributes without whitespace', '<svg a="1"b="2"/>'],
    ['"<" in an attribute value', '<svg a="<"/>'],
    ['unterminated attribute value', '<svg a="1/>'],
    ['unterminated tag', '<svg'],
    ['undeclared element prefix', '<x:svg/>'],
    ['undeclared attribute prefix', '<svg x:a="1"/>'],
    ['prefix unbinding', `<svg xmlns:a="${OB2}"><g xmlns:a=""/></svg>`],
    ['binding the xmlns prefix', '<svg xmlns:xmlns="urn:x"/>'],
    ['binding xml to another namespace', '<svg xmlns:xml="urn:x"/>'],
    ['two colons in a name', `<svg xmlns:a="${OB2}"><a:b:c/></svg>`],
    ['empty local name', `<svg xmlns:a="${OB2}"><a:/></svg>`],
    ['name starting with a digit', '<svg><1a/></svg>'],
    ['space after "<"', '<svg>< g/></svg>'],
    ['bare "&"', '<svg>a & b</svg>'],
    ['unterminated reference', '<svg>&amp</svg>'],
    ['undeclared entity without a DOCTYPE', '<svg>&nbsp;</svg>'],
    ['undeclared entity in an attribute', '<svg a="&nbsp;"/>'],
    ['character reference to NUL', '<svg>&#0;</svg>'],
    ['character reference to a surrogate', '<svg>&#xD800;</svg>'],
    ['character reference out of range', '<svg>&#x110000;</svg>'],
    ['character reference with letters', '<svg>&#12a;</svg>'],
    ['unterminated comment', '<svg><!-- x</svg>'],
    ['unterminated CDATA', '<svg><![CDATA[x</svg>'],
    ['unterminated processing instruction', '<svg><?pi x</svg>'],
    ['XML declaration not at the start', ' <?xml version="1.0"?><svg/>'],
    ['DOCTYPE after the root', '<svg/><!DOCTYPE svg>'],
    ['two DOCTYPEs', '<!DOCTYPE svg><!DOCTYPE svg><svg/>'],
    ['unterminated DOCTYPE', '<!DOCTYPE svg [ <!ENTITY a "b"> '],
    ['unknown declaration', '<!ELEMENT svg ANY><svg/>'],
    ['lower-case doctype', '<!doctype svg><svg/>'],
    ['HTML', '<!doctype html><html><body><img src="x.png"></body></html>'],
  ])('svg-malformed: %s', (_name, input) => {
    const outcome = extractFromSvg(input);
    expect(codeOf(outcome)).toBe('extract.svg-malformed');
    expect(!outcome.ok && outcome.detail.length).toBeGreaterThan(0);
  });

  it('malformed after the marker element is still malformed', () => {
    expect(codeOf(extractFromSvg(`<svg xmlns:openbadges="${OB2}"><openbadges:assertion verify="${JWS}"/><g></svg>`))).toBe(
      'extract.svg-malformed',
    );
  });

  it('is linear on long runs of markup', { timeout: 5000 }, () => {
    const many = svg('<g a="1" b=\'2\'><![CDATA[x]]><!-- c --></g>'.repeat(50_000));
    expect(extractFromSvg(many)).toEqual({ ok: true, payload: null });
    const ampersands = svg(`<g a="${'&amp;'.repeat(200_000)}"/>`);
    expect(extractFromSvg(ampersands)).toEqual({ ok: true, payload: null });
    expect(codeOf(extractFromSvg(`<svg>${'&'.repeat(1_000_000)}</svg>`))).toBe('extract.svg-malformed');
    expect(codeOf(extractFromSvg(`<svg>${'<!--'.repeat(500_000)}`))).toBe('extract.svg-malformed');
  });
});
