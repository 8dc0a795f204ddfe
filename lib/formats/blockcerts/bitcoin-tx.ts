import { base58btcEncode } from '../../keys/multibase';
import { ripemd160 } from '../../util/ripemd160';
import { asArray, isRecord } from '../../util/json';
import { fromHex, toHex } from '../../util/bytes';
import { sha256 } from './merkle';

export interface TxInput {
  /** The funding transaction's id, as explorers write it (byte-reversed hex). */
  prevTxId: string;
  vout: number;
  scriptSig: Uint8Array;
  sequence: number;
}

export interface TxOutput {
  /** Satoshis; below 2^53 for any real amount. */
  value: number;
  script: Uint8Array;
}

/** A transaction's fields its txid covers: witnesses are not among them. */
export interface BitcoinTx {
  version: number;
  inputs: TxInput[];
  outputs: TxOutput[];
  locktime: number;
}

/** What an explorer's Esplora answer (`/api/tx/<txid>`) proves by itself once re-serialized and hashed. */
export interface EsploraReading {
  /** The txid computed here, from the fields the explorer sent. */
  txId: string;
  tx: BitcoinTx;
  /** The 32 bytes after OP_RETURN, as hex. */
  opReturn?: string;
  /** Where the explorer says it is; only two explorers agreeing make this believable. */
  block?: { hash: string; height: number; time: number };
}

const HEX = /^(?:[0-9a-f]{2})*$/i;
const MAX_SCRIPT_CHARS = 20_000;
const MAX_RAW_CHARS = 400_000;

/**
 * Rebuilds the transaction from the explorer's JSON without witnesses (its txid is the double SHA-256
 * of that, reversed), so a lying explorer cannot change an input key or an output and keep the txid.
 */
export async function readEsploraTransaction(value: unknown): Promise<EsploraReading | undefined> {
  const tx = esploraFields(value);
  if (!tx || !isRecord(value)) return undefined;
  const opReturn = tx.outputs.map((o) => /^6a20([0-9a-f]{64})$/.exec(toHex(o.script))?.[1]).findLast((x) => x !== undefined);
  const status = isRecord(value.status) ? value.status : {};
  const block =
    status.confirmed === true &&
    typeof status.block_hash === 'string' &&
    Number.isInteger(status.block_height) &&
    Number.isInteger(status.block_time)
      ? { hash: status.block_hash, height: status.block_height as number, time: (status.block_time as number) * 1000 }
      : undefined;
  return { txId: await txIdOf(tx), tx, ...(opReturn ? { opReturn } : {}), ...(block ? { block } : {}) };
}

function esploraFields(value: unknown): BitcoinTx | undefined {
  if (!isRecord(value) || !isUint32(value.version) || !isUint32(value.locktime)) return undefined;
  const inputs: TxInput[] = [];
  for (const input of asArray(value.vin)) {
    if (!isRecord(input) || !isHex(input.txid, 64) || !isUint32(input.vout) || !isHex(input.scriptsig) || !isUint32(input.sequence))
      return undefined;
    inputs.push({ prevTxId: input.txid.toLowerCase(), vout: input.vout, scriptSig: fromHex(input.scriptsig), sequence: input.sequence });
  }
  const outputs: TxOutput[] = [];
  for (const output of asArray(value.vout)) {
    if (!isRecord(output) || !Number.isSafeInteger(output.value) || (output.value as number) < 0 || !isHex(output.scriptpubkey))
      return undefined;
    outputs.push({ value: output.value as number, script: fromHex(output.scriptpubkey) });
  }
  return { version: value.version, inputs, outputs, locktime: value.locktime };
}

/**
 * Reads a raw transaction (`/api/tx/<txid>/hex`), legacy or segwit (BIP 144: marker 0, flag 1, and
 * the witnesses after the outputs, which are skipped). Undefined for anything else or trailing bytes.
 */
export function parseRawTransaction(hex: string): BitcoinTx | undefined {
  if (hex.length > MAX_RAW_CHARS || !HEX.test(hex)) return undefined;
  const r = reader(fromHex(hex));
  try {
    const version = r.u32();
    const segwit = r.peek() === 0;
    if (segwit && r.bytes(2)[1] !== 1) return undefined;
    const inputs = r.list(() => ({ prevTxId: toHex(r.bytes(32).reverse()), vout: r.u32(), scriptSig: r.varBytes(), sequence: r.u32() }));
    const outputs = r.list(() => ({ value: r.u64(), script: r.varBytes() }));
    if (segwit) for (const _ of inputs) r.list(() => r.varBytes());
    const locktime = r.u32();
    return r.atEnd() && inputs.length > 0 ? { version, inputs, outputs, locktime } : undefined;
  } catch {
    return undefined;
  }
}

/** The serialization the txid and the legacy signature hash are taken over (no witnesses). */
export function serializeTransaction(tx: BitcoinTx): Uint8Array {
  const out: number[] = [...u32(tx.version), ...varInt(tx.inputs.length)];
  for (const input of tx.inputs)
    out.push(
      ...fromHex(input.prevTxId).reverse(),
      ...u32(input.vout),
      ...varInt(input.scriptSig.length),
      ...input.scriptSig,
      ...u32(input.sequence),
    );
  out.push(...varInt(tx.outputs.length));
  for (const output of tx.outputs) out.push(...u64(output.value), ...varInt(output.script.length), ...output.script);
  out.push(...u32(tx.locktime));
  return Uint8Array.from(out);
}

export async function txIdOf(tx: BitcoinTx): Promise<string> {
  return toHex((await doubleSha256(serializeTransaction(tx))).reverse());
}

export async function doubleSha256(bytes: Uint8Array): Promise<Uint8Array> {
  return sha256(await sha256(bytes));
}

export async function hash160(bytes: Uint8Array): Promise<Uint8Array> {
  return ripemd160(await sha256(bytes));
}

/** The P2PKH address of a secp256k1 public key: base58check of its HASH160, version 0x00 (mainnet) or 0x6f (testnet). */
export async function addressOfPublicKey(publicKey: Uint8Array, network: 'mainnet' | 'testnet'): Promise<string> {
  const payload = Uint8Array.from([network === 'mainnet' ? 0x00 : 0x6f, ...(await hash160(publicKey))]);
  const checksum = (await doubleSha256(payload)).subarray(0, 4);
  return base58btcEncode(Uint8Array.from([...payload, ...checksum]));
}

function reader(bytes: Uint8Array) {
  let at = 0;
  const take = (n: number) => {
    if (n < 0 || at + n > bytes.length) throw new RangeError('truncated transaction');
    const slice = bytes.slice(at, at + n);
    at += n;
    return slice;
  };
  const u32le = () => {
    const b = take(4);
    return (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
  };
  const varInt = () => {
    const first = take(1)[0]!;
    if (first < 0xfd) return first;
    if (first === 0xfd) return take(1)[0]! | (take(1)[0]! << 8);
    if (first === 0xfe) return u32le();
    throw new RangeError('count too large');
  };
  return {
    peek: () => bytes[at],
    bytes: take,
    u32: u32le,
    u64: () => {
      const low = u32le();
      const value = low + u32le() * 0x100000000;
      if (!Number.isSafeInteger(value)) throw new RangeError('amount too large');
      return value;
    },
    varBytes: () => take(varInt()),
    list<T>(item: () => T): T[] {
      const count = varInt();
      if (count > bytes.length - at) throw new RangeError('count beyond the transaction');
      return Array.from({ length: count }, item);
    },
    atEnd: () => at === bytes.length,
  };
}

function isUint32(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0xffffffff;
}

function isHex(value: unknown, length?: number): value is string {
  return (
    typeof value === 'string' && HEX.test(value) && (length === undefined || value.length === length) && value.length <= MAX_SCRIPT_CHARS
  );
}

function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

function u64(n: number): number[] {
  return [...u32(n >>> 0), ...u32(Math.floor(n / 0x100000000))];
}

function varInt(n: number): number[] {
  if (n < 0xfd) return [n];
  if (n <= 0xffff) return [0xfd, n & 0xff, n >>> 8];
  return [0xfe, ...u32(n)];
}
