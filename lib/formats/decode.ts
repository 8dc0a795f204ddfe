import type { Payload } from '../extract/types';
import type { DecodedCredential } from './types';
import { fail } from '../result/check';
import { envelopedJwt } from './ob3/enveloped';
import type { Check } from '../result/types';

/** Real credentials nest a dozen levels; far deeper input would only exhaust recursive code later. */
const MAX_DEPTH = 200;

export type Decoded = { ok: true; credential: DecodedCredential } | { ok: false; check: Check };

/** JSON or compact JWS text into a credential the formats can look at. URL payloads are resolved before. */
export function decodePayload(payload: Payload, fetchedFrom?: string): Decoded {
  const origin = fetchedFrom !== undefined ? { fetchedFrom } : {};
  if (payload.kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(payload.text) as unknown;
    } catch (e) {
      return { ok: false, check: fail('format', 'format.json-malformed', e instanceof Error ? e.message : 'not JSON') };
    }
    if (depthExceeds(value, MAX_DEPTH)) return { ok: false, check: tooDeep() };
    const enveloped = envelopedJwt(value);
    if (enveloped !== undefined) return decodePayload({ ...payload, kind: 'jws', text: enveloped }, fetchedFrom);
    return { ok: true, credential: { kind: 'json', value, payload, ...origin } };
  }
  if (payload.kind === 'jws') {
    const [header, claims] = payload.text.split('.');
    const headerValue = parseBase64UrlJson(header);
    const claimsValue = parseBase64UrlJson(claims);
    if (typeof headerValue !== 'object' || headerValue === null || Array.isArray(headerValue)) {
      return { ok: false, check: fail('format', 'format.jws-malformed', 'the JWS header is not a JSON object') };
    }
    if (claimsValue === undefined) return { ok: false, check: fail('format', 'format.jws-malformed', 'the JWS payload is not JSON') };
    if (depthExceeds(claimsValue, MAX_DEPTH) || depthExceeds(headerValue, MAX_DEPTH)) return { ok: false, check: tooDeep() };
    return {
      ok: true,
      credential: {
        kind: 'jws',
        compact: payload.text,
        header: headerValue as Record<string, unknown>,
        claims: claimsValue,
        payload,
        ...origin,
      },
    };
  }
  return { ok: false, check: fail('format', 'format.unrecognized', 'a link, not a credential') };
}

function parseBase64UrlJson(part: string | undefined): unknown {
  if (!part) return undefined;
  try {
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

const tooDeep = () => fail('format', 'format.too-deep', `nested more than ${MAX_DEPTH} levels deep`);

/** Iterative, so the check itself cannot overflow the stack. */
function depthExceeds(root: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}
