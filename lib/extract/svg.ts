import { classifyPayload } from './classify-payload';
import { SVG_MARKERS } from './markers';
import type { BadgeMarker, ExtractOutcome } from './types';
import { readXml, type XmlLimits } from './xml-reader';

interface Found {
  marker: BadgeMarker;
  qname: string;
  depth: number;
  verify: string | undefined;
  body: string[];
  closed: boolean;
}

/**
 * Reads the badge payload baked into an SVG document. The first marker element wins; its trimmed
 * text / CDATA children win over its `verify` attribute. The whole document must be well-formed.
 */
export function extractFromSvg(text: string, limits?: XmlLimits): ExtractOutcome {
  let found: Found | undefined;
  let depth = 0;
  const read = readXml(
    text,
    (event) => {
      if (event.type === 'start') {
        depth++;
        if (found) return;
        const { ns, local, qname } = event.name;
        const match = SVG_MARKERS.find((m) => m.ns === ns && m.local === local);
        if (!match) return;
        const verify = event.attributes.find((a) => a.ns === '' && a.local === 'verify')?.value;
        found = { marker: match.marker, qname, depth, verify, body: [], closed: false };
      } else if (event.type === 'end') {
        if (found && depth === found.depth) found.closed = true;
        depth--;
      } else if (found && !found.closed && depth === found.depth) {
        found.body.push(event.text);
      }
    },
    limits,
  );
  if (!read.ok) {
    return { ok: false, code: read.reason === 'too-large' ? 'extract.too-large' : 'extract.svg-malformed', detail: read.detail };
  }
  if (!found) return { ok: true, payload: null };

  const body = found.body.join('').trim();
  const source = body !== '' ? 'body' : 'verify attribute';
  const payloadText = body !== '' ? body : (found.verify ?? '').trim();
  if (payloadText === '') {
    return { ok: false, code: 'extract.payload-unrecognized', detail: `<${found.qname}> has neither a body nor a verify attribute` };
  }
  const kind = classifyPayload(payloadText);
  if (!kind) {
    return {
      ok: false,
      code: 'extract.payload-unrecognized',
      detail: `<${found.qname}> ${source} is not JSON, a compact JWS or an http(s) URL`,
    };
  }
  return { ok: true, payload: { kind, text: payloadText, container: 'svg', marker: found.marker } };
}
