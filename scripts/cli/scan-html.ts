import { parseHTML } from 'linkedom';
import { findCandidates } from '../../lib/detect/find-candidates';
import type { VerificationResult } from '../../lib/result/types';
import { verifyCandidate } from '../../lib/verify/verify-candidate';
import type { VerifyEnv } from '../../lib/core/session';

/** Scans an HTML page the way the extension does and verifies every candidate, four at a time. */
export async function scanHtml(html: string, pageUrl: string, env: VerifyEnv): Promise<VerificationResult[]> {
  const { document } = parseHTML(html);
  const found = findCandidates(document, pageUrl);
  const results: VerificationResult[][] = new Array(found.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < found.length; i = next++) {
      const { candidate } = found[i]!;
      const source =
        'url' in candidate ? candidate.url : `${pageUrl} (${candidate.kind === 'svg-markup' ? 'inline SVG' : 'embedded script'} #${i + 1})`;
      results[i] = await verifyCandidate(candidate, env, source);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, found.length) }, worker));
  return results.flat();
}
