import { keccak_256 } from '@noble/hashes/sha3.js';
import { recoverPublicKey } from '../../proofs/secp256k1-curve';
import { asArray, isRecord, type Json } from '../../util/json';
import { fromHex, toHex } from '../../util/bytes';
import { encodeRlp, type RlpItem, rlpInteger } from './rlp';

/** What an explorer's JSON-RPC transaction object proves by itself once re-encoded, hashed and its signature recovered. */
export interface EthereumTransaction {
  /** keccak256 of the signed transaction rebuilt here, `0x` and lower-case hex. */
  txId: string;
  /** The input data, lower-case hex without `0x`. */
  input: string;
  /** The address the signature recovers to, `0x` and lower-case; absent when it recovers to nothing. */
  sender?: string;
  /** The chain the signature commits to (EIP-155 or a typed transaction); absent for pre-EIP-155 signatures. */
  chainId?: bigint;
  /** Where the explorer says it is: not part of what is hashed. */
  block?: { number: number; hash: string };
}

const QUANTITY = /^0x[0-9a-f]{1,64}$/i;
const DATA = /^0x(?:[0-9a-f]{2})*$/i;
const MAX_INPUT_CHARS = 20_000;

/**
 * Rebuilds the signed transaction from the fields of `eth_getTransactionByHash` (legacy, EIP-2930 and
 * EIP-1559 types) so that an explorer cannot change its input or sender and keep its hash.
 */
export function readRpcTransaction(value: unknown): EthereumTransaction | undefined {
  if (!isRecord(value)) return undefined;
  const type = value.type === undefined || value.type === null ? 0n : quantity(value.type);
  const encoding = type === undefined ? undefined : ENCODINGS[Number(type)];
  const fields = encoding?.(value);
  if (!fields) return undefined;
  const txId = `0x${toHex(keccak_256(fields.signed))}`;
  const sender = recoverSender(fields.signingHash, fields.r, fields.s, fields.recovery);
  const input = typeof value.input === 'string' ? value.input.slice(2).toLowerCase() : '';
  const blockNumber = quantity(value.blockNumber);
  const block =
    blockNumber !== undefined && typeof value.blockHash === 'string' && /^0x[0-9a-f]{64}$/i.test(value.blockHash)
      ? { number: Number(blockNumber), hash: value.blockHash.toLowerCase() }
      : undefined;
  return {
    txId,
    input,
    ...(sender ? { sender } : {}),
    ...(fields.chainId !== undefined ? { chainId: fields.chainId } : {}),
    ...(block ? { block } : {}),
  };
}

interface SignedFields {
  signed: Uint8Array;
  signingHash: Uint8Array;
  r: bigint;
  s: bigint;
  recovery: number;
  chainId?: bigint;
}

const ENCODINGS: Record<number, (tx: Json) => SignedFields | undefined> = {
  0: legacy,
  1: (tx) => typed(1, tx, ['chainId', 'nonce', 'gasPrice', 'gas', 'to', 'value', 'input', 'accessList']),
  2: (tx) => typed(2, tx, ['chainId', 'nonce', 'maxPriorityFeePerGas', 'maxFeePerGas', 'gas', 'to', 'value', 'input', 'accessList']),
};

/** Pre-EIP-2718: `v` is 27/28, or `chainId * 2 + 35/36` with the chain id signed too (EIP-155). */
function legacy(tx: Json): SignedFields | undefined {
  const fields = rlpFields(tx, ['nonce', 'gasPrice', 'gas', 'to', 'value', 'input']);
  const v = quantity(tx.v);
  const signature = signatureOf(tx);
  if (!fields || v === undefined || !signature) return undefined;
  const signed = encodeRlp([...fields, rlpInteger(v), rlpInteger(signature.r), rlpInteger(signature.s)]);
  if (v === 27n || v === 28n) return { signed, signingHash: keccak_256(encodeRlp(fields)), ...signature, recovery: Number(v - 27n) };
  if (v < 35n) return undefined;
  const chainId = (v - 35n) / 2n;
  const signingHash = keccak_256(encodeRlp([...fields, rlpInteger(chainId), rlpInteger(0n), rlpInteger(0n)]));
  return { signed, signingHash, ...signature, recovery: Number((v - 35n) % 2n), chainId };
}

/** EIP-2718 envelope: the type byte, then the RLP list; the signature's `yParity` (or `v`) is 0 or 1. */
function typed(type: number, tx: Json, names: readonly string[]): SignedFields | undefined {
  const fields = rlpFields(tx, names);
  const parity = quantity(tx.yParity ?? tx.v);
  const signature = signatureOf(tx);
  const chainId = quantity(tx.chainId);
  if (!fields || (parity !== 0n && parity !== 1n) || !signature || chainId === undefined) return undefined;
  const envelope = (items: RlpItem[]) => Uint8Array.from([type, ...encodeRlp(items)]);
  return {
    signed: envelope([...fields, rlpInteger(parity), rlpInteger(signature.r), rlpInteger(signature.s)]),
    signingHash: keccak_256(envelope(fields)),
    ...signature,
    recovery: Number(parity),
    chainId,
  };
}

function rlpFields(tx: Json, names: readonly string[]): RlpItem[] | undefined {
  const items: RlpItem[] = [];
  for (const name of names) {
    const item = FIELD_READERS[name]?.(tx[name]) ?? rlpQuantity(tx[name]);
    if (item === undefined) return undefined;
    items.push(item);
  }
  return items;
}

const FIELD_READERS: Record<string, (value: unknown) => RlpItem | undefined> = {
  // A contract creation has no recipient: the empty string.
  to: (value) => (value === null || value === undefined ? new Uint8Array() : address(value)),
  input: (value) =>
    typeof value === 'string' && DATA.test(value) && value.length <= MAX_INPUT_CHARS ? fromHex(value.slice(2)) : undefined,
  accessList: accessList,
};

/** `[[address, [storageKey, …]], …]` (EIP-2930). */
function accessList(value: unknown): RlpItem | undefined {
  if (!Array.isArray(value) || value.length > 1000) return undefined;
  const entries: RlpItem[] = [];
  for (const entry of value) {
    const where = isRecord(entry) ? address(entry.address) : undefined;
    const keys = isRecord(entry) ? asArray(entry.storageKeys).map((k) => (isData(k, 32) ? fromHex(k.slice(2)) : undefined)) : [];
    if (!where || !isRecord(entry) || !Array.isArray(entry.storageKeys) || keys.some((k) => k === undefined)) return undefined;
    entries.push([where, keys as Uint8Array[]]);
  }
  return entries;
}

function address(value: unknown): Uint8Array | undefined {
  return isData(value, 20) ? fromHex(value.slice(2)) : undefined;
}

function signatureOf(tx: Json): { r: bigint; s: bigint } | undefined {
  const r = quantity(tx.r);
  const s = quantity(tx.s);
  return r === undefined || s === undefined ? undefined : { r, s };
}

/** The address of the key that made the signature: the last 20 bytes of keccak256 of the uncompressed point. */
function recoverSender(signingHash: Uint8Array, r: bigint, s: bigint, recovery: number): string | undefined {
  const publicKey = recoverPublicKey(signingHash, r, s, recovery);
  return publicKey && ethereumAddressOf(publicKey);
}

/** `0x` + the last 20 bytes of keccak256 of an uncompressed secp256k1 public key (its 64 bytes after 0x04). */
export function ethereumAddressOf(uncompressedPublicKey: Uint8Array): string {
  return `0x${toHex(keccak_256(uncompressedPublicKey.subarray(1)).subarray(12))}`;
}

function rlpQuantity(value: unknown): Uint8Array | undefined {
  const n = quantity(value);
  return n === undefined ? undefined : rlpInteger(n);
}

/** A JSON-RPC quantity: `0x` and hex digits, at most 256 bits. */
export function quantity(value: unknown): bigint | undefined {
  return typeof value === 'string' && QUANTITY.test(value) ? BigInt(value) : undefined;
}

function isData(value: unknown, bytes: number): value is string {
  return typeof value === 'string' && value.length === 2 + bytes * 2 && DATA.test(value);
}
