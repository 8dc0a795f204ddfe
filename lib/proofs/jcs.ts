import canonicalize from 'canonicalize';
import { combinedHash } from './hash';
import type { HashAlgorithm, Json } from './types';

/** A JCS proof `@context` must open the document's `@context` (VC-DI-EDDSA §3.3, VC-DI-ECDSA §3.3). */
export function jcsContextProblem(document: Json, proof: Json): string | undefined {
  if (proof['@context'] === undefined) return undefined;
  const proofContext = [proof['@context']].flat();
  const documentContext = [document['@context']].flat();
  const prefix = proofContext.every((c, i) => JSON.stringify(c) === JSON.stringify(documentContext[i]));
  return prefix ? undefined : "the proof's @context does not open the credential's @context";
}

/** JSON Canonicalization (RFC 8785) of proof configuration and document, no JSON-LD; a proof `@context` stands in for the document's. */
export async function jcsHashData(document: Json, proof: Json, algorithm: HashAlgorithm): Promise<Uint8Array> {
  const { proofValue: _value, ...config } = proof;
  const context = proof['@context'] ?? document['@context'];
  const unsecured: Json = proof['@context'] !== undefined ? { ...document, '@context': proof['@context'] } : document;
  const proofConfig = context !== undefined ? { ...config, '@context': context } : config;
  return combinedHash(jcs(proofConfig), jcs(unsecured), algorithm);
}

function jcs(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('not canonicalizable');
  return text;
}
