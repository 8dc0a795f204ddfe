import { extractFromBytes } from '../extract';
import type { Payload } from '../extract/types';
import { formatFor, formatForMarker, looksLikeCredential, readHttpStatus } from '../formats';
import type { CredentialFormat } from '../formats/types';
import { error, fail, pass } from '../result/check';
import type { NetCode } from '../result/catalog';
import { makeResult, type ResultParts } from '../result/make-result';
import type { Check, VerificationResult } from '../result/types';
import { decodePayload } from '../formats/decode';
import { ACCEPT_ANY_CREDENTIAL, createSession, MAX_IMAGE_BYTES, type Session, type VerifyEnv } from '../core/session';

/** A URL found in a badge may point at another badge image; follow at most this many. */
const MAX_URL_HOPS = 3;

/** Bytes of a file, an image or a response: zero results when they carry no badge data. */
export async function verifyBytes(bytes: Uint8Array, source: string, env: VerifyEnv, contentType?: string): Promise<VerificationResult[]> {
  const session = createSession(env);
  try {
    const extracted = await extractFromBytes(bytes, contentType !== undefined ? { contentType } : {});
    if (!extracted.ok) return [finish(session, { source, format: 'unknown', checks: [fail('extract', extracted.code, extracted.detail)] })];
    if (!extracted.payload) return [];
    return [await verifyPayloadIn(session, extracted.payload, source, 0)];
  } catch (e) {
    return [internalError(source, e, session)];
  }
}

export interface VerifyUrlOptions {
  /** Called when the URL is a web page, to scan it for badges the way the extension does. */
  onHtml?: (html: string, url: string) => Promise<VerificationResult[]>;
  /** The URL only may be a badge (an image on a page): unfetchable or non-badge content gives no result. */
  mayNotBeBadge?: boolean;
}

/** An `http(s)` URL given by the user: a badge image, an assertion, a credential, a JWS or a page. */
export async function verifyUrl(url: string, env: VerifyEnv, options: VerifyUrlOptions = {}): Promise<VerificationResult[]> {
  const session = createSession(env);
  try {
    const fetched = await session.getRaw(url, ACCEPT_ANY_CREDENTIAL, MAX_IMAGE_BYTES);
    if (!fetched.ok)
      return options.mayNotBeBadge
        ? []
        : [finish(session, { source: url, format: 'unknown', checks: [fetchProblem(url, fetched)], credential: { id: url } })];
    const { body, contentType } = fetched.value;
    if (options.onHtml && looksLikeHtml(body, contentType)) return await options.onHtml(new TextDecoder().decode(body), fetched.value.url);
    const extracted = await extractFromBytes(body, { contentType });
    if (!extracted.ok && options.mayNotBeBadge && extracted.code === 'extract.unsupported-bytes') return [];
    if (!extracted.ok)
      return [
        finish(session, { source: url, format: 'unknown', checks: [fail('extract', extracted.code, `${url}: ${extracted.detail}`)] }),
      ];
    if (!extracted.payload) return [];
    const fetchedFrom = extracted.payload.container === 'text' ? fetched.value.url : undefined;
    return [await verifyPayloadIn(session, extracted.payload, url, 1, fetchedFrom)];
  } catch (e) {
    return [internalError(url, e, session)];
  }
}

export function looksLikeHtml(bytes: Uint8Array, contentType = ''): boolean {
  if (/text\/html|application\/xhtml/i.test(contentType)) return true;
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return /^(<!--[\s\S]*?-->\s*)*(<!doctype html|<html|<head|<body)/.test(head);
}

/** A failed fetch of a credential's URL: a network problem, unless the format it belongs to reads the HTTP status. */
function fetchProblem(url: string, fetched: { code: NetCode; detail: string; status?: number }, format?: CredentialFormat): Check {
  const read = fetched.status !== undefined ? readHttpStatus(format, fetched.status, url) : undefined;
  return read ?? error('hosted', fetched.code, fetched.detail);
}

async function verifyPayloadIn(
  session: Session,
  payload: Payload,
  source: string,
  hops: number,
  fetchedFrom?: string,
): Promise<VerificationResult> {
  const found = pass('extract', 'extract.ok', describeContainer(payload));
  if (payload.kind === 'url') {
    const marked = formatForMarker(payload.marker);
    const format = marked?.id ?? 'unknown';
    if (hops >= MAX_URL_HOPS)
      return finish(session, { source, format, checks: [found, fail('format', 'format.too-many-links', `stopped after ${hops} links`)] });
    const fetched = await session.getRaw(payload.text, ACCEPT_ANY_CREDENTIAL, MAX_IMAGE_BYTES);
    if (!fetched.ok)
      return finish(session, {
        source,
        format,
        checks: [found, fetchProblem(payload.text, fetched, marked)],
        credential: { id: payload.text },
      });
    const inner = await extractFromBytes(fetched.value.body, { contentType: fetched.value.contentType });
    if (!inner.ok || !inner.payload) {
      const detail = inner.ok ? `${payload.text} holds no badge data` : `${payload.text}: ${inner.detail}`;
      const check = fail('format', inner.ok ? 'format.unrecognized' : inner.code, detail);
      return finish(session, { source, format, checks: [found, check], credential: { id: payload.text } });
    }
    const next = { ...inner.payload, marker: inner.payload.marker ?? payload.marker } as Payload;
    return verifyPayloadIn(session, next, source, hops + 1, inner.payload.container === 'text' ? fetched.value.url : undefined);
  }

  const decoded = decodePayload(payload, fetchedFrom);
  if (!decoded.ok) return finish(session, { source, format: 'unknown', checks: [found, decoded.check] });
  const format = formatFor(decoded.credential);
  if (!format) {
    const check = looksLikeCredential(decoded.credential)
      ? fail('format', 'format.unsupported', 'a credential format this version does not verify yet')
      : fail('format', 'format.unrecognized', 'not an Open Badge or verifiable credential');
    return finish(session, { source, format: 'unknown', checks: [found, check] });
  }
  const report = await format.verify(decoded.credential, session);
  const { checks, ...parts } = report;
  return finish(session, { ...parts, source, checks: [found, ...checks] });
}

function finish(session: Session, parts: ResultParts): VerificationResult {
  return makeResult(parts, session.now);
}

function internalError(source: string, e: unknown, session: Session): VerificationResult {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return finish(session, { source, format: 'unknown', checks: [error('format', 'internal.error', detail)] });
}

function describeContainer(payload: Payload): string {
  const where = { 'png-itxt': 'PNG iTXt chunk', 'png-text': 'PNG tEXt chunk', svg: 'SVG element', text: 'text' }[payload.container];
  return `${payload.kind === 'jws' ? 'JWS' : payload.kind === 'json' ? 'JSON' : 'link'} in ${where}${payload.marker ? ` "${payload.marker}"` : ''}`;
}
