import { compactVerify } from 'jose';
import { keyMaterial } from '../keys/controller-document';
import { importVerifyKey } from '../keys/import-key';
import { resolveVerificationMethod } from '../keys/resolve';
import type { KeyResolution } from '../keys/types';
import { error, fail, pass } from '../result/check';
import type { Session } from '../core/session';
import type { ProofOutcome } from './types';

/** JOSE algorithms accepted for VC-JWT (OB 3.0 requires RS256; ES256 and EdDSA are common). */
export const VC_JWT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA', 'Ed25519'] as const;

/** Algorithms issuers use that Badge Lens does not verify, with the name the user is told. */
const UNSUPPORTED_NAMES: Readonly<Record<string, string>> = { ES256K: 'ES256K (secp256k1)', ES512: 'ES512 (P-521)', Ed448: 'Ed448' };

/**
 * The signature of a VC-JWT (compact JWS). The key comes from the header: `kid` (a DID URL or an
 * https URL, or a fragment of a DID issuer) or an embedded public `jwk`. Claims are checked by the
 * format, never reported as a signature failure.
 */
export async function verifyJwtSignature(
  compact: string,
  header: Record<string, unknown>,
  issuerId: string | undefined,
  session: Session,
): Promise<ProofOutcome> {
  const alg = header.alg;
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none')
    return { checks: [fail('proof', 'proof.missing', 'the JWT header names no signature algorithm (alg none)')] };
  if (!(VC_JWT_ALGORITHMS as readonly string[]).includes(alg))
    return { checks: [error('proof', 'proof.alg-unsupported', `JWS algorithm ${UNSUPPORTED_NAMES[alg] ?? alg} is not supported`)] };
  if (header.crit !== undefined)
    return { checks: [error('proof', 'proof.alg-unsupported', 'the JWT header has critical extensions (crit)')] };

  const resolved = await headerKey(header, issuerId, session);
  if (!resolved.ok) return { checks: [resolved.check] };
  const key = resolved.key;
  const found = pass('key', 'key.found', `${key.id} (${key.source})`);
  const cryptoKey = await importVerifyKey(key.material, alg);
  if (!cryptoKey) return { checks: [found, fail('key', 'key.malformed', `${key.id} is not a key for ${alg}`)] };
  try {
    await compactVerify(compact, cryptoKey, { algorithms: [alg] });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
      return { checks: [found, fail('proof', 'proof.signature-invalid', `the ${alg} signature does not verify with ${key.id}`)] };
    return { checks: [found, fail('proof', 'proof.malformed', `the JWS cannot be verified: ${(e as Error).message}`.slice(0, 300))] };
  }
  return { checks: [found, pass('proof', 'proof.ok', `${alg} signature by ${key.id}`)], key };
}

async function headerKey(header: Record<string, unknown>, issuerId: string | undefined, session: Session): Promise<KeyResolution> {
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  if (kid !== undefined && (kid.startsWith('did:') || /^https?:\/\//i.test(kid))) return resolveVerificationMethod(kid, session);
  if (kid !== undefined && issuerId?.startsWith('did:'))
    return resolveVerificationMethod(`${issuerId}${kid.startsWith('#') ? '' : '#'}${kid}`, session);
  if (header.jwk !== undefined) {
    const material = keyMaterial(typeof header.jwk === 'object' && header.jwk !== null ? (header.jwk as Record<string, unknown>) : {});
    if (!material.ok) return material;
    return {
      ok: true,
      key: {
        id: 'the key in the JWT header',
        material: material.material,
        source: 'jwk-header',
        controllerProven: false,
        bindingNote: 'the key travels inside the JWT header and names no owner',
      },
    };
  }
  return {
    ok: false,
    check: error(
      'key',
      'key.none-given',
      kid !== undefined ? `the JWT kid ${kid.slice(0, 120)} cannot be resolved` : 'the JWT header has neither kid nor jwk',
    ),
  };
}
