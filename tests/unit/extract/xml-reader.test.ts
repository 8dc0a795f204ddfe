import { describe, expect, it } from 'vitest';
import { readXml, type XmlEvent } from '../../../lib/extract';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function events(text: string): string[] {
  const out: string[] = [];
  const result = readXml(text, (e: XmlEvent) => {
    if (e.type === 'start') {
      const attrs = e.attributes.map((a) => ` {${a.ns}}${a.local}=${JSON.stringify(a.value)}`).join('');
      out.push(`<{${e.name.ns}}${e.name.local}${attrs}>`);
    } else if (e.type === 'end') out.push(`</${e.name.qname}>`);
    else out.push(JSON.stringify(e.text));
  });
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return out;
}

describe('readXml', () => {
  it('reports elements, attributes and text in document order', () => {
    expect(events('<?xml version="1.0"?>\n<!-- c -->\n<a x="1" y=\'2\'>t<b/><![CDATA[<raw> &amp;]]></a>\n<?pi after?>\n')).toEqual([
      '<{}a {}x="1" {}y="2">',
      '"t"',
      '<{}b>',
      '</b>',
      '"<raw> &amp;"',
      '</a>',
    ]);
  });

  it('resolves namespaces with scoping; unprefixed attributes have no namespace', () => {
    expect(
      events('<r xmlns="urn:d" xmlns:p="urn:p" a="1" p:b="2" xml:space="preserve"><p:c xmlns:p="urn:q" p:d="3"/><e xmlns=""/><p:f/></r>'),
    ).toEqual([
      `<{urn:d}r {}a="1" {urn:p}b="2" {${XML_NS}}space="preserve">`,
      '<{urn:q}c {urn:q}d="3">',
      '</p:c>',
      '<{}e>',
      '</e>',
      '<{urn:p}f>',
      '</p:f>',
      '</r>',
    ]);
  });

  it('decodes predefined entities and character references, and normalizes attribute whitespace', () => {
    expect(events('<a v="x&#10;y\tz\r\nw &lt;&#x1F393;">&gt;&#169;&amp;amp;</a>')).toEqual([
      '<{}a {}v="x\\ny z w <🎓">',
      '">©&amp;"',
      '</a>',
    ]);
  });

  it('keeps unknown entity references literal when there is a DOCTYPE', () => {
    expect(events('<!DOCTYPE a [<!ENTITY e "expanded">]><a v="&e;">&e;</a>')).toEqual(['<{}a {}v="&e;">', '"&e;"', '</a>']);
  });

  it('accepts a BOM, whitespace between attributes and around "="', () => {
    expect(events('\uFEFF<a  x = "1"\n\ty="2" ></a >')).toEqual(['<{}a {}x="1" {}y="2">', '</a>']);
  });

  it('accepts non-ASCII names', () => {
    expect(events('<école élève="1"/>')).toEqual(['<{}école {}élève="1">', '</école>']);
  });

  it('returns malformed with the offset, never throws', () => {
    const result = readXml('<a><b></a>', () => undefined);
    expect(result).toEqual({ ok: false, reason: 'malformed', detail: 'end tag </a> does not match <b> at offset 6' });
  });

  it('rethrows errors from the callback', () => {
    expect(() =>
      readXml('<a/>', () => {
        throw new RangeError('boom');
      }),
    ).toThrow(RangeError);
  });

  it('too large is its own reason', () => {
    expect(readXml('<a/>', () => undefined, { maxChars: 3 })).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
