import { jsonLdTools } from '../../jsonld/load';
import { canonicalizationProblem } from '../../proofs/canonicalization-problem';
import { fail, pass } from '../../result/check';
import type { Check } from '../../result/types';
import type { Session } from '../../core/session';
import type { Json } from '../../util/json';
import type { PathStep, Receipt } from './receipt';
import { concatBytes, fromHex, toHex } from '../../util/bytes';

/**
 * The certificate's own hash: SHA-256 of its RDFC-1.0 canonical form without the receipt (v2
 * `signature`; v3 the MerkleProof2019 proof, keeping the proofs before it). Bundled contexts only, in
 * safe mode, so a field no context defines fails instead of being dropped from the hash.
 */
export async function checkTargetHash(document: Json, receipt: Receipt, session: Session): Promise<Check> {
  const tools = session.env.jsonld ?? jsonLdTools;
  let canonical: string;
  try {
    canonical = await tools.canonize(document, session.env.signal ? { signal: session.env.signal } : {});
  } catch (e) {
    return canonicalizationProblem(e, {
      safeModeLead: "a field is not defined by the certificate's contexts, so it is not covered by the hash",
    });
  }
  const hash = toHex(await sha256(new TextEncoder().encode(canonical)));
  return hash === receipt.targetHash
    ? pass('proof', 'blockcerts.hash-ok', `the certificate hashes to the receipt's targetHash ${hash}`)
    : fail('proof', 'blockcerts.hash-mismatch', `the certificate hashes to ${hash}, the receipt says ${receipt.targetHash}`);
}

/** Folds the Merkle path from targetHash up: each step hashes the concatenated bytes, sibling on its side. */
export async function foldMerklePath(targetHash: string, path: readonly PathStep[]): Promise<string> {
  let node = fromHex(targetHash);
  for (const step of path) {
    const sibling = fromHex(step.hash);
    node = await sha256(step.side === 'left' ? concatBytes(sibling, node) : concatBytes(node, sibling));
  }
  return toHex(node);
}

export async function checkMerklePath(receipt: Receipt): Promise<Check> {
  const root = await foldMerklePath(receipt.targetHash, receipt.path);
  return root === receipt.merkleRoot
    ? pass('proof', 'blockcerts.merkle-ok', `the Merkle path (${receipt.path.length} steps) leads to the root ${root}`)
    : fail(
        'proof',
        'blockcerts.merkle-mismatch',
        `the Merkle path leads to ${root}, not to the receipt's merkleRoot ${receipt.merkleRoot}`,
      );
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
}
