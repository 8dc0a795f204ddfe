import { base58btcDecode } from '../../keys/multibase';
import { type CborValue, decodeCbor } from '../../util/cbor';
import { asArray, isRecord, type Json } from '../../util/json';
import { merkleProof2019Of } from './detect';
import { toHex } from '../../util/bytes';

/** One step up a Merkle path: the sibling hash (hex) and which side it is on. */
export type PathStep = { side: 'left' | 'right'; hash: string };

/** Where a batch's Merkle root was written: a chain, its network and the transaction id. */
export interface Anchor {
  chain: 'bitcoin' | 'ethereum' | 'polygon' | 'mock' | 'unknown';
  network: string;
  txId: string;
}

/** A Blockcerts receipt (the v2 `signature`, or a v3 `proofValue` decoded), hashes as lower-case hex. */
export interface Receipt {
  targetHash: string;
  merkleRoot: string;
  path: PathStep[];
  anchors: Anchor[];
}

export type ReceiptReading = { ok: true; receipt: Receipt; pointer: string } | { ok: false; problem: string; pointer: string };

const HEX_HASH = /^[0-9a-f]{64}$/i;
const MAX_PROOF_VALUE_CHARS = 4096;

/** v2: the Chainpoint-style receipt in `signature`. */
export function readV2Receipt(certificate: Json): ReceiptReading {
  const pointer = '/signature';
  const s = certificate.signature;
  if (!isRecord(s)) return { ok: false, problem: 'the certificate carries no signature receipt', pointer };
  const path: PathStep[] = [];
  for (const step of asArray(s.proof)) {
    const side = isRecord(step)
      ? typeof step.left === 'string'
        ? 'left'
        : typeof step.right === 'string'
          ? 'right'
          : undefined
      : undefined;
    const hash = side && isRecord(step) ? step[side] : undefined;
    if (!side || typeof hash !== 'string')
      return { ok: false, problem: 'a Merkle path step has neither left nor right', pointer: `${pointer}/proof` };
    path.push({ side, hash });
  }
  const anchors = asArray(s.anchors)
    .filter(isRecord)
    .map((a) => v2Anchor(a, certificate));
  return checked({ targetHash: s.targetHash, merkleRoot: s.merkleRoot, path, anchors }, pointer);
}

function v2Anchor(anchor: Json, certificate: Json): Anchor {
  const txId = typeof anchor.sourceId === 'string' ? anchor.sourceId : '';
  const chain = typeof anchor.chain === 'string' ? anchor.chain : '';
  const named = /^(bitcoin|ethereum)(Mainnet|Testnet|Regtest|Ropsten|Rinkeby|Goerli|Sepolia)$/.exec(chain);
  if (named?.[1] && named[2]) return { chain: named[1] as 'bitcoin' | 'ethereum', network: named[2].toLowerCase(), txId };
  if (chain === 'mockchain' || anchor.type === 'Mock') return { chain: 'mock', network: 'mocknet', txId };
  if (anchor.type === 'ETHData') return { chain: 'ethereum', network: chain || 'unknown', txId };
  if (anchor.type === 'BTCOpReturn') return { chain: 'bitcoin', network: bitcoinNetworkOf(certificate), txId };
  return { chain: 'unknown', network: chain || 'unknown', txId };
}

/** Old v2 receipts name no chain; the network shows in the recipient's Bitcoin address, as Blockcerts reads it. */
function bitcoinNetworkOf(certificate: Json): string {
  const key = isRecord(certificate.recipientProfile) ? certificate.recipientProfile.publicKey : undefined;
  const address = typeof key === 'string' ? key.replace(/^ecdsa-koblitz-pubkey:/, '') : '';
  if (/^[13]|^bc1/.test(address)) return 'mainnet';
  if (/^[mn2]|^tb1/.test(address)) return 'testnet';
  return 'unknown';
}

const ROOT_KEYS = { 0: 'merkleRoot', 1: 'targetHash', 2: 'anchors', 3: 'path' } as const;
const CHAINS: Record<number, { name: Anchor['chain']; networks: Record<number, string> }> = {
  0: { name: 'bitcoin', networks: { 1: 'mainnet', 3: 'testnet' } },
  1: { name: 'ethereum', networks: { 1: 'mainnet', 3: 'ropsten', 4: 'rinkeby', 5: 'goerli', 11155111: 'sepolia' } },
  2: { name: 'polygon', networks: { 137: 'mainnet', 80001: 'mumbai' } },
  [-1]: { name: 'mock', networks: { [-1]: 'mocknet' } },
};

/** v3: the MerkleProof2019 `proofValue`, multibase base58btc of a CBOR list of [key, value] pairs. */
export function readV3Receipt(credential: Json): ReceiptReading {
  const found = merkleProof2019Of(credential);
  const pointer = found && Array.isArray(credential.proof) ? `/proof/${found.index}/proofValue` : '/proof/proofValue';
  const value = found?.proof.proofValue;
  if (typeof value !== 'string' || !value.startsWith('z')) return { ok: false, problem: 'proofValue is not multibase base58btc', pointer };
  // A receipt grows with its batch: a path of 20 steps is some 2,000 characters.
  const bytes = base58btcDecode(value.slice(1), MAX_PROOF_VALUE_CHARS);
  const decoded = bytes ? decodeCbor(bytes) : undefined;
  if (!Array.isArray(decoded)) return { ok: false, problem: 'proofValue is not a CBOR list', pointer };
  const fields: Partial<Record<(typeof ROOT_KEYS)[keyof typeof ROOT_KEYS], CborValue>> = {};
  for (const pair of decoded) {
    const key = Array.isArray(pair) && typeof pair[0] === 'number' ? ROOT_KEYS[pair[0] as keyof typeof ROOT_KEYS] : undefined;
    if (key && Array.isArray(pair) && pair[1] !== undefined) fields[key] = pair[1];
  }
  const path: PathStep[] = [];
  for (const step of Array.isArray(fields.path) ? fields.path : []) {
    const hash = Array.isArray(step) ? nestedHex(step[1]) : undefined;
    if (!Array.isArray(step) || (step[0] !== 0 && step[0] !== 1) || hash === undefined)
      return { ok: false, problem: 'a Merkle path step is malformed', pointer };
    path.push({ side: step[0] === 0 ? 'left' : 'right', hash });
  }
  const anchors = (Array.isArray(fields.anchors) ? fields.anchors : []).map(v3Anchor);
  return checked({ targetHash: nestedHex(fields.targetHash), merkleRoot: nestedHex(fields.merkleRoot), path, anchors }, pointer);
}

function v3Anchor(anchor: CborValue): Anchor {
  const parts = new Map<number, CborValue>();
  for (const pair of Array.isArray(anchor) ? anchor : [])
    if (Array.isArray(pair) && typeof pair[0] === 'number' && pair[1] !== undefined) parts.set(pair[0], pair[1]);
  const chainId = parts.get(0);
  const chain = typeof chainId === 'number' ? CHAINS[chainId] : undefined;
  const networkId = parts.get(1);
  return {
    chain: chain?.name ?? 'unknown',
    network: (typeof networkId === 'number' ? chain?.networks[networkId] : undefined) ?? 'unknown',
    txId: nestedHex(parts.get(2)) ?? '',
  };
}

/** MerkleProof2019 wraps each hash in CBOR again: a text string of hex (real certificates) or raw bytes. */
function nestedHex(value: CborValue | undefined): string | undefined {
  if (!(value instanceof Uint8Array)) return undefined;
  const inner = decodeCbor(value);
  if (typeof inner === 'string') return inner;
  return inner instanceof Uint8Array ? toHex(inner) : undefined;
}

export function describeAnchor(anchor: Anchor): string {
  return anchor.chain === 'mock'
    ? 'a mock chain (not a blockchain)'
    : `${anchor.chain} ${anchor.network} transaction ${anchor.txId.slice(0, 80)}`;
}

function checked(raw: { targetHash: unknown; merkleRoot: unknown; path: PathStep[]; anchors: Anchor[] }, pointer: string): ReceiptReading {
  const { targetHash, merkleRoot } = raw;
  if (typeof targetHash !== 'string' || !HEX_HASH.test(targetHash))
    return { ok: false, problem: 'targetHash is not a SHA-256 hex hash', pointer };
  if (typeof merkleRoot !== 'string' || !HEX_HASH.test(merkleRoot))
    return { ok: false, problem: 'merkleRoot is not a SHA-256 hex hash', pointer };
  if (raw.path.some((step) => !HEX_HASH.test(step.hash))) return { ok: false, problem: 'a Merkle path hash is not SHA-256 hex', pointer };
  if (raw.anchors.length === 0) return { ok: false, problem: 'the receipt names no anchor', pointer };
  return {
    ok: true,
    receipt: {
      targetHash: targetHash.toLowerCase(),
      merkleRoot: merkleRoot.toLowerCase(),
      path: raw.path.map((s) => ({ ...s, hash: s.hash.toLowerCase() })),
      anchors: raw.anchors,
    },
    pointer,
  };
}
