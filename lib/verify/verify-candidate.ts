import type { Candidate } from '../detect/candidate';
import { platformDataUrl } from '../detect/platform-links';
import { platformById } from '../detect/platforms';
import { fail } from '../result/check';
import { makeResult } from '../result/make-result';
import type { VerificationResult } from '../result/types';
import { verifyBytes, verifyUrl } from './pipeline';
import type { VerifyEnv } from '../core/session';

/** Results for one thing found on a page; empty when it turned out to hold no badge. */
export async function verifyCandidate(candidate: Candidate, env: VerifyEnv, source: string): Promise<VerificationResult[]> {
  switch (candidate.kind) {
    case 'image': {
      if (candidate.url.startsWith('data:')) {
        const bytes = decodeDataUrl(candidate.url);
        return bytes ? verifyBytes(bytes.body, source, env, bytes.type) : [];
      }
      return verifyUrl(candidate.url, env, { mayNotBeBadge: true });
    }
    case 'svg-markup':
      return verifyBytes(new TextEncoder().encode(candidate.markup), source, env, 'image/svg+xml');
    case 'embedded':
      return verifyBytes(new TextEncoder().encode(candidate.text), source, env);
    case 'link':
      return verifyUrl(candidate.url, env);
    case 'platform': {
      const dataUrl = platformDataUrl(candidate);
      if (dataUrl) return (await verifyUrl(dataUrl, env)).map((result) => ({ ...result, source: candidate.url }));
      const code = platformById(candidate.platform).linkOnly ? 'platform.link-only' : 'platform.no-public-data';
      const checks = [fail('platform', code, `${candidate.platform} publishes no verifiable data for ${candidate.url}`)];
      return [makeResult({ source: candidate.url, format: 'unknown', checks, credential: { id: candidate.url } }, env.clock.now())];
    }
  }
}

function decodeDataUrl(url: string): { type: string; body: Uint8Array } | undefined {
  const match = /^data:([^;,]*)((?:;[^;,]*)*?)(;base64)?,(.*)$/s.exec(url);
  if (!match) return undefined;
  try {
    const data = match[4] ?? '';
    const body = match[3]
      ? Uint8Array.from(atob(decodeURIComponent(data)), (c) => c.charCodeAt(0))
      : new TextEncoder().encode(decodeURIComponent(data));
    return { type: match[1] || 'text/plain', body };
  } catch {
    return undefined;
  }
}
