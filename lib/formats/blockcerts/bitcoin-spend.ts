import { addressOfPublicKey, type BitcoinTx, doubleSha256, hash160, serializeTransaction } from './bitcoin-tx';
import { verifyEcdsa } from '../../proofs/secp256k1-curve';
import { toHex } from '../../util/bytes';

const SIGHASH_ALL = 0x01;

/** The key and signature a P2PKH scriptSig (`<signature> <pubkey>`) shows: only a claim until its funding output is read. */
export interface ClaimedKey {
  publicKey: Uint8Array;
  /** DER, without the sighash byte. */
  signature: Uint8Array;
  sighashType: number;
}

/**
 * Who signed input 0: `sender` when the output it spends is locked to the key it shows and the
 * signature verifies; `notSignedBy` when either fails (a fact: both transactions hash to their ids);
 * neither when the spend is of a kind not read.
 */
export type SpendReading = { sender: string } | { notSignedBy: string } | { unread: string };

export function claimedKeyOf(tx: BitcoinTx): ClaimedKey | undefined {
  const bytes = tx.inputs[0]?.scriptSig;
  if (!bytes) return undefined;
  const sigLength = bytes[0] ?? 0;
  const keyLength = bytes[1 + sigLength];
  if (sigLength < 9 || sigLength > 75 || (keyLength !== 33 && keyLength !== 65) || bytes.length !== 2 + sigLength + keyLength)
    return undefined;
  return {
    signature: bytes.slice(1, sigLength),
    sighashType: bytes[sigLength]!,
    publicKey: bytes.slice(2 + sigLength),
  };
}

/**
 * Requires the output input 0 spends to be exactly `OP_DUP OP_HASH160 <HASH160(key)> OP_EQUALVERIFY
 * OP_CHECKSIG` for the key in its scriptSig, then checks the ECDSA signature over the legacy
 * SIGHASH_ALL hash: without the first, any key can be pasted into a scriptSig that spends an
 * output anyone can spend.
 */
export async function readSpend(spending: BitcoinTx, funding: BitcoinTx): Promise<SpendReading> {
  const input = spending.inputs[0];
  const claimed = claimedKeyOf(spending);
  if (!input || !claimed) return { unread: 'its first input is not a pay-to-public-key-hash spend' };
  const spent = funding.outputs[input.vout];
  const where = `output ${input.vout} of funding transaction ${input.prevTxId}`;
  if (!spent) return { notSignedBy: `it spends ${where}, which does not exist` };
  const locked = p2pkhScript(await hash160(claimed.publicKey));
  if (toHex(spent.script) !== toHex(locked))
    return { notSignedBy: `it spends ${where}, ${describeLock(spent.script)}, not to the key ${toHex(claimed.publicKey)} it shows` };
  if (claimed.sighashType !== SIGHASH_ALL) return { unread: `its signature is of hash type ${claimed.sighashType}, not SIGHASH_ALL` };
  const digest = await legacySighash(spending, 0, spent.script);
  if (!verifyDer(claimed.signature, digest, claimed.publicKey))
    return { notSignedBy: `its signature does not verify against the key ${toHex(claimed.publicKey)} it shows` };
  return { sender: await addressOfPublicKey(claimed.publicKey, 'mainnet') };
}

/** The pre-segwit signature hash: every scriptSig emptied, the signed input's replaced by the spent script, type 1 appended. */
export async function legacySighash(tx: BitcoinTx, index: number, spentScript: Uint8Array): Promise<Uint8Array> {
  const copy: BitcoinTx = {
    ...tx,
    inputs: tx.inputs.map((input, i) => ({ ...input, scriptSig: i === index ? spentScript : new Uint8Array() })),
  };
  const body = serializeTransaction(copy);
  return doubleSha256(Uint8Array.from([...body, SIGHASH_ALL, 0, 0, 0]));
}

export function p2pkhScript(keyHash: Uint8Array): Uint8Array {
  return Uint8Array.from([0x76, 0xa9, 0x14, ...keyHash, 0x88, 0xac]);
}

function describeLock(script: Uint8Array): string {
  const hex = toHex(script);
  if (/^76a914[0-9a-f]{40}88ac$/.test(hex)) return `locked to another key's hash ${hex.slice(6, 46)}`;
  if (/^a914[0-9a-f]{40}87$/.test(hex)) return 'a pay-to-script-hash output';
  if (/^0014[0-9a-f]{40}$/.test(hex)) return 'a segwit (P2WPKH) output';
  return `an output locked by the script ${hex.length > 80 ? `${hex.slice(0, 80)}…` : hex || '(empty)'}`;
}

/** Bitcoin signatures are strict DER since BIP 66; high-S ones are valid on chain (low-S is only relay policy). */
function verifyDer(signature: Uint8Array, digest: Uint8Array, publicKey: Uint8Array): boolean {
  return verifyEcdsa(signature, digest, publicKey, { prehash: false, format: 'der' });
}
