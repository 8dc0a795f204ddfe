import { md5Hex } from './md5';
import { toHex } from './bytes';

export type HashMatch = 'match' | 'mismatch' | 'unsupported';

/**
 * Open Badges recipient hash: `alg$hex` of UTF-8(identifier + salt), computed locally.
 * Tries the value as typed, then trimmed and lower-cased (emails are often stored that way).
 */
export async function matchIdentityHash(hash: string, salt: string | undefined, candidate: string): Promise<HashMatch> {
  const [alg, hex] = hash.split('$', 2) as [string, string | undefined];
  if (hex === undefined) return 'unsupported';
  const algorithm = alg.toLowerCase();
  if (!['sha256', 'sha1', 'sha512', 'md5'].includes(algorithm)) return 'unsupported';
  const variants = [...new Set([candidate, candidate.trim(), candidate.trim().toLowerCase()])];
  for (const value of variants) {
    if ((await digestHex(algorithm, value + (salt ?? ''))) === hex.toLowerCase()) return 'match';
  }
  return 'mismatch';
}

async function digestHex(algorithm: string, text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (algorithm === 'md5') return md5Hex(bytes);
  const name = { sha256: 'SHA-256', sha1: 'SHA-1', sha512: 'SHA-512' }[algorithm] ?? 'SHA-256';
  const digest = await crypto.subtle.digest(name, bytes);
  return toHex(new Uint8Array(digest));
}
