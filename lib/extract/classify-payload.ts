import type { PayloadKind } from './types';

/** An empty signature (unsecured JWS, `alg: none`) still classifies, so it can be refused as unsigned; so does an SD-JWT (`~` disclosures). */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*(~[A-Za-z0-9_.-]*)*$/;

export function classifyPayload(text: string): PayloadKind | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return 'json';
  if (COMPACT_JWS.test(trimmed)) return 'jws';
  if (isAbsoluteHttpUrl(trimmed)) return 'url';
  return undefined;
}

function isAbsoluteHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text) || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
