import { asArray, isRecord, type Json } from '../../util/json';

/** Blockcerts generations: v1.2 (old, not verified), v2 (MerkleProof2017 receipt), v3 (MerkleProof2019 proof). */
export type BlockcertsVersion = 'v1' | 'v2' | 'v3';

const CONTEXT = /^https?:\/\/(?:w3id\.org\/blockcerts|www\.blockcerts\.org)\/(?:schema\/)?v?(\d)/i;

/** The Blockcerts version a JSON document is, by its context or its proof; undefined for anything else. */
export function blockcertsVersion(value: unknown): BlockcertsVersion | undefined {
  if (!isRecord(value)) return undefined;
  for (const context of asArray(value['@context'])) {
    const major = typeof context === 'string' ? CONTEXT.exec(context)?.[1] : undefined;
    if (major === '1' || major === '2' || major === '3') return `v${major}`;
  }
  if (isRecord(value.signature) && asArray(value.signature.type).includes('MerkleProof2017')) return 'v2';
  if (merkleProof2019Of(value) !== undefined) return 'v3';
  return undefined;
}

/** The MerkleProof2019 proof (its own type, or a DataIntegrityProof with cryptosuite merkle-proof-2019) and its place in `proof`. */
export function merkleProof2019Of(credential: Json): { proof: Json; index: number } | undefined {
  const proofs = asArray(credential.proof);
  const index = proofs.findIndex(
    (p) =>
      isRecord(p) &&
      (asArray(p.type).includes('MerkleProof2019') || (p.type === 'DataIntegrityProof' && p.cryptosuite === 'merkle-proof-2019')),
  );
  const proof = proofs[index];
  return isRecord(proof) ? { proof, index } : undefined;
}
