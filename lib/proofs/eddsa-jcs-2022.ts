import canonicalize from 'canonicalize';
import { createEd25519Verifier, decodeEd25519ProofValue } from './ed25519';
import { combinedHash } from './hash';
import type { Json, ProofSuite } from './types';

/**
 * `DataIntegrityProof` / `eddsa-jcs-2022`: JSON Canonicalization (RFC 8785), no JSON-LD. A proof
 * `@context` must open the document's `@context` and then stands in for it (VC-DI-EDDSA §3.3).
 */
export const eddsaJcs2022: ProofSuite = {
  name: 'eddsa-jcs-2022',
  matches: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'eddsa-jcs-2022',
  decodeProofValue: decodeEd25519ProofValue,
  createVerifier: (key) => createEd25519Verifier(key, 'eddsa-jcs-2022'),
  problem(document, proof) {
    if (proof['@context'] === undefined) return undefined;
    const proofContext = [proof['@context']].flat();
    const documentContext = [document['@context']].flat();
    const prefix = proofContext.every((c, i) => JSON.stringify(c) === JSON.stringify(documentContext[i]));
    return prefix ? undefined : "the proof's @context does not open the credential's @context";
  },
  async hashData(document, proof) {
    const { proofValue: _value, ...config } = proof;
    const context = proof['@context'] ?? document['@context'];
    const unsecured: Json = proof['@context'] !== undefined ? { ...document, '@context': proof['@context'] } : document;
    const proofConfig = context !== undefined ? { ...config, '@context': context } : config;
    return combinedHash(jcs(proofConfig), jcs(unsecured), 'SHA-256');
  },
};

function jcs(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('not canonicalizable');
  return text;
}
