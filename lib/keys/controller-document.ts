import { fail } from '../result/check';
import type { Check } from '../result/types';
import { jwkProblem } from './did-jwk';
import { base58btcDecode, decodeEd25519Multibase, decodeMultikey, type MultikeyValue } from './multibase';
import { asArray, isRecord, type Json } from '../util/json';

/** A DID document or controller document: it lists verification methods and what each may do. */
export function isControllerDocument(doc: unknown): doc is Json {
  return isRecord(doc) && ('verificationMethod' in doc || 'assertionMethod' in doc);
}

/** The absolute id of a method reference (`#key-1` is relative to the document). */
export function absoluteId(ref: string, documentId: string): string {
  return ref.startsWith('#') ? `${documentId}${ref}` : ref;
}

export type FoundMethod = { ok: true; material: MultikeyValue; methodId: string } | { ok: false; check: Check };

/**
 * Finds `vmId` in a controller document and requires it among the `assertionMethod`s (issuing a
 * credential is an assertion). Without a fragment (a bare DID as `kid`), the first assertion method.
 */
export function findAssertionMethod(doc: Json, documentId: string, vmId: string): FoundMethod {
  const assertion = asArray(doc.assertionMethod);
  const methods = [...asArray(doc.verificationMethod), ...assertion].filter(isRecord);
  const idOf = (ref: unknown) =>
    typeof ref === 'string'
      ? absoluteId(ref, documentId)
      : isRecord(ref) && typeof ref.id === 'string'
        ? absoluteId(ref.id, documentId)
        : undefined;
  let wanted = vmId;
  if (!vmId.includes('#')) {
    const first = assertion.map(idOf).find((id) => id !== undefined);
    if (!first) return { ok: false, check: fail('key', 'key.not-assertion-method', `${documentId} lists no assertion method`) };
    wanted = first;
  }
  const method = methods.find((m) => idOf(m) === wanted);
  if (!method) return { ok: false, check: fail('key', 'key.vm-not-found', `${documentId} does not list the key ${wanted}`) };
  if (!assertion.some((ref) => idOf(ref) === wanted)) {
    return {
      ok: false,
      check: fail('key', 'key.not-assertion-method', `${wanted} is listed in ${documentId} but not as an assertionMethod`),
    };
  }
  if (typeof method.controller === 'string' && method.controller !== documentId) {
    return { ok: false, check: fail('key', 'key.document-invalid', `${wanted} names controller ${method.controller}, not ${documentId}`) };
  }
  const material = keyMaterial(method);
  if (!material.ok) return material;
  return { ok: true, material: material.material, methodId: wanted };
}

/** True when a controller document lists `vmId` among its assertion methods (binding confirmation). */
export function listsAssertionMethod(doc: Json, documentId: string, vmId: string): boolean {
  return asArray(doc.assertionMethod).some((ref) => {
    const id = typeof ref === 'string' ? ref : isRecord(ref) ? ref.id : undefined;
    return typeof id === 'string' && absoluteId(id, documentId) === vmId;
  });
}

/** Multikey / Ed25519VerificationKey2020 (`publicKeyMultibase`), JsonWebKey(2020) (`publicKeyJwk`), 2018 base58. */
export function keyMaterial(method: Json): { ok: true; material: MultikeyValue } | { ok: false; check: Check } {
  const id = typeof method.id === 'string' ? method.id : 'the key';
  if (typeof method.publicKeyMultibase === 'string') {
    const multikey = decodeMultikey(method.publicKeyMultibase);
    if (multikey) return { ok: true, material: multikey };
    const raw = decodeEd25519Multibase(method.publicKeyMultibase);
    if (raw) return { ok: true, material: { kind: 'ed25519', raw } };
    return {
      ok: false,
      check: fail('key', 'key.unsupported', `${id}: publicKeyMultibase is not an Ed25519, P-256, P-384 or secp256k1 key`),
    };
  }
  if (method.publicKeyJwk !== undefined) {
    const problem = jwkProblem(method.publicKeyJwk);
    if (problem) return { ok: false, check: fail('key', 'key.malformed', `${id}: ${problem}`) };
    return { ok: true, material: { kind: 'jwk', jwk: method.publicKeyJwk as JsonWebKey } };
  }
  if (typeof method.publicKeyBase58 === 'string') {
    const raw = base58btcDecode(method.publicKeyBase58);
    if (raw?.length === 32) return { ok: true, material: { kind: 'ed25519', raw } };
  }
  if (typeof method.kty === 'string') {
    const problem = jwkProblem(method);
    if (problem) return { ok: false, check: fail('key', 'key.malformed', `${id}: ${problem}`) };
    const { kty, crv, x, y, n, e, alg } = method as Record<string, string>;
    const jwk = Object.fromEntries(Object.entries({ kty, crv, x, y, n, e, alg }).filter(([, v]) => typeof v === 'string')) as JsonWebKey;
    return { ok: true, material: { kind: 'jwk', jwk } };
  }
  return { ok: false, check: fail('key', 'key.malformed', `${id} carries no public key`) };
}
