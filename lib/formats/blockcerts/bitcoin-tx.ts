import { base58btcEncode } from '../../keys/multibase';
import { ripemd160 } from '../../util/ripemd160';
import { asArray, isRecord } from '../../util/json';
import { fromHex, sha256 } from './merkle';
import { toHex } from './receipt';

/** What an explorer's Esplora answer (`/api/tx/<txid>`) proves by itself once re-serialized and hashed. */
export interface BitcoinTransaction {
  /** The txid computed here, from the fields the explorer sent. */
  txId: string;
  /** The 32 bytes after OP_RETURN, as hex. */
  opReturn?: string;
  /** P2PKH address of the first input's public key (the issuer's key in Blockcerts). */
  issuingAddress?: string;
  /** Where the explorer says it is; only two explorers agreeing make this believable. */
  block?: { hash: string; height: number; time: number };
}

const HEX = /^(?:[0-9a-f]{2})*$/i;

/**
 * Re-serializes the transaction without witnesses (what its txid is the double SHA-256 of, reversed),
 * so a lying explorer cannot change an input key or an output and keep the txid.
 */
export async function readEsploraTransaction(value: unknown): Promise<BitcoinTransaction | undefined> {
  if (!isRecord(value) || !Number.isInteger(value.version) || !Number.isInteger(value.locktime)) return undefined;
  const out: number[] = [...u32(value.version as number)];
  const inputs = asArray(value.vin);
  const outputs = asArray(value.vout);
  out.push(...varInt(inputs.length));
  for (const input of inputs) {
    if (
      !isRecord(input) ||
      !isHex(input.txid, 64) ||
      !Number.isInteger(input.vout) ||
      !isHex(input.scriptsig) ||
      !Number.isInteger(input.sequence)
    )
      return undefined;
    out.push(...fromHex(input.txid).reverse(), ...u32(input.vout as number), ...script(input.scriptsig), ...u32(input.sequence as number));
  }
  out.push(...varInt(outputs.length));
  for (const output of outputs) {
    if (!isRecord(output) || !Number.isSafeInteger(output.value) || !isHex(output.scriptpubkey)) return undefined;
    out.push(...u64(output.value as number), ...script(output.scriptpubkey));
  }
  out.push(...u32(value.locktime as number));
  const txId = toHex((await sha256(await sha256(Uint8Array.from(out)))).reverse());
  const opReturn = outputs
    .map((o) => (isRecord(o) && typeof o.scriptpubkey === 'string' ? /^6a20([0-9a-f]{64})$/i.exec(o.scriptpubkey)?.[1] : undefined))
    .findLast((x) => x !== undefined);
  const first = inputs[0];
  const issuingAddress = isRecord(first) && typeof first.scriptsig === 'string' ? await p2pkhAddress(first.scriptsig) : undefined;
  const status = isRecord(value.status) ? value.status : {};
  const block =
    status.confirmed === true &&
    typeof status.block_hash === 'string' &&
    Number.isInteger(status.block_height) &&
    Number.isInteger(status.block_time)
      ? { hash: status.block_hash, height: status.block_height as number, time: (status.block_time as number) * 1000 }
      : undefined;
  return {
    txId,
    ...(opReturn ? { opReturn: opReturn.toLowerCase() } : {}),
    ...(issuingAddress ? { issuingAddress } : {}),
    ...(block ? { block } : {}),
  };
}

/** The address of the public key a P2PKH scriptSig (`<signature> <pubkey>`) ends with; mainnet version byte. */
async function p2pkhAddress(scriptSig: string): Promise<string | undefined> {
  const bytes = fromHex(scriptSig);
  const sigLength = bytes[0] ?? 0;
  const keyLength = bytes[1 + sigLength];
  if (sigLength < 1 || sigLength > 75 || (keyLength !== 33 && keyLength !== 65) || bytes.length !== 2 + sigLength + keyLength)
    return undefined;
  return addressOfPublicKey(bytes.subarray(2 + sigLength), 'mainnet');
}

/** The P2PKH address of a secp256k1 public key: base58check of its HASH160, version 0x00 (mainnet) or 0x6f (testnet). */
export async function addressOfPublicKey(publicKey: Uint8Array, network: 'mainnet' | 'testnet'): Promise<string> {
  const payload = Uint8Array.from([network === 'mainnet' ? 0x00 : 0x6f, ...ripemd160(await sha256(publicKey))]);
  const checksum = (await sha256(await sha256(payload))).subarray(0, 4);
  return base58btcEncode(Uint8Array.from([...payload, ...checksum]));
}

function isHex(value: unknown, length?: number): value is string {
  return typeof value === 'string' && HEX.test(value) && (length === undefined || value.length === length) && value.length <= 20_000;
}

function script(hex: string): number[] {
  const bytes = fromHex(hex);
  return [...varInt(bytes.length), ...bytes];
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
