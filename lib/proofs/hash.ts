import type { Json } from './types';

export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** proof hash first, then document hash (VC-DI-EDDSA "Hashing"). */
export async function combinedHash(canonicalProofConfig: string, canonicalDocument: string): Promise<Uint8Array> {
  const [proofHash, documentHash] = await Promise.all([sha256(canonicalProofConfig), sha256(canonicalDocument)]);
  const out = new Uint8Array(64);
  out.set(proofHash);
  out.set(documentHash, 32);
  return out;
}

/** The proof without its value, carrying the document's `@context` (RDFC suites and Ed25519Signature2020). */
export function proofConfiguration(document: Json, proof: Json): Json {
  const { proofValue: _value, ...config } = proof;
  return { ...config, '@context': document['@context'] };
}
