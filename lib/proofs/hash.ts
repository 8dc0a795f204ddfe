import { sha256 } from '../util/sha256';
import type { HashAlgorithm, HashTools, Json } from './types';

export async function digest(text: string, algorithm: HashAlgorithm): Promise<Uint8Array> {
  if (algorithm === 'SHA-256') return sha256(new TextEncoder().encode(text)); // no thread-pool hop in Node (lib/util/sha256.ts)
  return new Uint8Array(await crypto.subtle.digest(algorithm, new TextEncoder().encode(text)));
}

/** proof hash first, then document hash (VC-DI-EDDSA / VC-DI-ECDSA "Hashing"). */
export async function combinedHash(
  canonicalProofConfig: string,
  canonicalDocument: string,
  algorithm: HashAlgorithm = 'SHA-256',
): Promise<Uint8Array> {
  const [proofHash, documentHash] = await Promise.all([digest(canonicalProofConfig, algorithm), digest(canonicalDocument, algorithm)]);
  const out = new Uint8Array(proofHash.length + documentHash.length);
  out.set(proofHash);
  out.set(documentHash, proofHash.length);
  return out;
}

/** The proof without its value, carrying the document's `@context` (RDFC suites and Ed25519Signature2020). */
export function proofConfiguration(document: Json, proof: Json): Json {
  const { proofValue: _value, ...config } = proof;
  return { ...config, '@context': document['@context'] };
}

/** RDFC-1.0 of the document and of the proof configuration, each hashed with `algorithm` (the RDFC suites). */
export async function rdfcHashData(
  document: Json,
  proof: Json,
  { canonize, signal }: HashTools,
  algorithm: HashAlgorithm,
  config = proofConfiguration(document, proof),
): Promise<Uint8Array> {
  const options = signal ? { signal } : {};
  // Both asked at once (a port may answer them side by side); the document's failure is the one reported.
  const [documentForm, proofForm] = await Promise.allSettled([canonize(document, options), canonize(config, options)]);
  if (documentForm.status === 'rejected') throw documentForm.reason;
  if (proofForm.status === 'rejected') throw proofForm.reason;
  return combinedHash(proofForm.value, documentForm.value, algorithm);
}
