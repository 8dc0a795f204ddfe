import { fail } from '../result/check';
import { base64UrlDecode } from './multibase';
import type { KeyResolution } from './types';

/** `did:jwk:<base64url JWK>#0`: the key is the identifier itself (offline). */
export function resolveDidJwk(vm: string): KeyResolution {
  const [did, fragment] = vm.split('#', 2) as [string, string | undefined];
  if (fragment !== undefined && fragment !== '0')
    return { ok: false, check: fail('key', 'key.vm-not-found', `${vm}: a did:jwk has only the method #0`) };
  const bytes = base64UrlDecode(did.slice('did:jwk:'.length));
  let jwk: unknown;
  try {
    jwk = bytes ? JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) : undefined;
  } catch {
    jwk = undefined;
  }
  const problem = jwkProblem(jwk);
  if (problem) return { ok: false, check: fail('key', 'key.malformed', `${did.slice(0, 80)}…: ${problem}`) };
  return {
    ok: true,
    key: { id: `${did}#0`, material: { kind: 'jwk', jwk: jwk as JsonWebKey }, source: 'did:jwk', controller: did, controllerProven: true },
  };
}

/** A public JWK we can use, or why not. Private members are refused outright. */
export function jwkProblem(jwk: unknown): string | undefined {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) return 'not a JSON Web Key';
  const key = jwk as Record<string, unknown>;
  if (typeof key.kty !== 'string') return 'the JWK has no kty';
  if ('d' in key || 'p' in key || 'k' in key) return 'the JWK carries private key material';
  return undefined;
}
