import { importVerifyKey, verifySignature } from '../keys/import-key';
import { base58btcEncode, base64UrlDecode, decodeMultikey, toBase64Url } from '../keys/multibase';
import { decodeCbor } from '../util/cbor';
import { createEcdsaVerifier } from './ecdsa';
import { digest, proofConfiguration } from './hash';
import { pass } from '../result/check';
import { isRecord } from '../util/json';
import type { HashTools, Json, ProofSuite, SignatureVerifier, SuiteProblem } from './types';

/** CBOR tag headers of ecdsa-sd-2023 proof values (VC-DI-ECDSA §3.5): base proof, derived proof. */
const BASE_HEADER = [0xd9, 0x5d, 0x00];
const DERIVED_HEADER = [0xd9, 0x5d, 0x01];
const SIGNATURE_BYTES = 64;
const P256_MULTIKEY_PREFIX = [0x80, 0x24];

/** A holder's derived proof: the issuer's base signature, the ephemeral key, one signature per disclosed non-mandatory statement. */
export interface DerivedProof {
  baseSignature: Uint8Array;
  /** The ephemeral P-256 public key as Multikey bytes (0x8024 ‖ compressed point). */
  publicKey: Uint8Array;
  signatures: Uint8Array[];
  /** Canonical blank-node label (`c14n0`) → the issuer's HMAC label (`u…`). */
  labelMap: Map<string, string>;
  mandatoryIndexes: number[];
}

const startsWith = (bytes: Uint8Array, header: readonly number[]) => header.every((b, i) => bytes[i] === b);
const isBytes = (v: unknown, length?: number): v is Uint8Array => v instanceof Uint8Array && (length === undefined || v.length === length);

export function parseDerivedProofValue(proofValue: unknown): DerivedProof | SuiteProblem {
  const bytes = typeof proofValue === 'string' && proofValue.startsWith('u') ? base64UrlDecode(proofValue.slice(1)) : undefined;
  if (bytes && startsWith(bytes, BASE_HEADER)) {
    return {
      problem: 'an ecdsa-sd-2023 base proof: the issuer gives it to the holder, who shows a derived proof instead',
      code: 'proof.sd-base-proof',
    };
  }
  // Neither header: a form of the suite Badge Lens cannot tell apart, so unverifiable rather than invalid.
  if (!bytes || !startsWith(bytes, DERIVED_HEADER))
    return { problem: 'the ecdsa-sd-2023 proofValue is neither a base nor a derived proof Badge Lens can read', unsupported: true };
  const malformed = { problem: 'the ecdsa-sd-2023 derived proofValue is not well-formed CBOR' };
  const value = decodeCbor(bytes.subarray(DERIVED_HEADER.length));
  if (!Array.isArray(value) || value.length !== 5) return malformed;
  const [baseSignature, publicKey, signatures, labels, mandatory] = value;
  if (!isBytes(baseSignature, SIGNATURE_BYTES) || !isBytes(publicKey, 35) || !startsWith(publicKey, P256_MULTIKEY_PREFIX)) return malformed;
  if (!Array.isArray(signatures) || !signatures.every((s) => isBytes(s, SIGNATURE_BYTES))) return malformed;
  if (!(labels instanceof Map) || ![...labels].every(([k, v]) => typeof k === 'number' && isBytes(v))) return malformed;
  if (!Array.isArray(mandatory) || !mandatory.every((i) => typeof i === 'number')) return malformed;
  const labelMap = new Map([...labels].map(([k, v]) => [`c14n${k as number}`, `u${toBase64Url(v as Uint8Array)}`]));
  return { baseSignature, publicKey, signatures: signatures as Uint8Array[], labelMap, mandatoryIndexes: mandatory as number[] };
}

/** Canonical N-Quads with their `_:c14nN` labels replaced by the issuer's HMAC labels, sorted; undefined when a label is unknown. */
export function relabelNQuads(canonical: string, labelMap: ReadonlyMap<string, string>): string[] | undefined {
  const lines = canonical.split('\n').filter((line) => line !== '');
  const labels = lines.flatMap((line) => [...line.matchAll(/_:(c14n\d+)/g)].map((m) => m[1] ?? ''));
  if (!labels.every((label) => labelMap.has(label))) return undefined;
  return lines.map((line) => `${line.replace(/_:(c14n\d+)/g, (_, label: string) => `_:${labelMap.get(label)}`)}\n`).sort();
}

/**
 * The bytes the base signature covers (proof hash ‖ ephemeral key ‖ hash of the mandatory statements),
 * once every disclosed non-mandatory statement verified with the ephemeral key. A statement that does
 * not, or a label map that does not fit, leaves empty bytes, which no signature covers: the proof
 * does not verify.
 */
async function derivedHashData(document: Json, proof: Json, tools: HashTools, verifier?: SignatureVerifier): Promise<Uint8Array> {
  const NEVER = new Uint8Array(0);
  const derived = parseDerivedProofValue(proof.proofValue);
  if ('problem' in derived) return NEVER;
  const hash = verifier?.hash ?? 'SHA-256';
  const options = tools.signal ? { signal: tools.signal } : {};
  const proofHash = await digest(await tools.canonize(proofConfiguration(document, proof), options), hash);
  const nquads = relabelNQuads(await tools.canonize(document, options), derived.labelMap);
  if (!nquads) return NEVER;
  const mandatory = new Set(derived.mandatoryIndexes);
  const nonMandatory = nquads.filter((_, i) => !mandatory.has(i));
  if (nonMandatory.length !== derived.signatures.length || !(await statementsVerify(derived, nonMandatory))) return NEVER;
  const mandatoryHash = await digest(nquads.filter((_, i) => mandatory.has(i)).join(''), hash);
  const out = new Uint8Array(proofHash.length + derived.publicKey.length + mandatoryHash.length);
  out.set(proofHash);
  out.set(derived.publicKey, proofHash.length);
  out.set(mandatoryHash, proofHash.length + derived.publicKey.length);
  return out;
}

async function statementsVerify(derived: DerivedProof, statements: string[]): Promise<boolean> {
  const material = decodeMultikey(`z${base58btcEncode(derived.publicKey)}`);
  const key = material ? await importVerifyKey(material, 'ES256') : undefined;
  if (!key) return false;
  const encoder = new TextEncoder();
  const results = await Promise.all(
    statements.map((s, i) => verifySignature(key, { name: 'ECDSA', hash: 'SHA-256' }, derived.signatures[i]!, encoder.encode(s))),
  );
  return results.every(Boolean);
}

/**
 * `ecdsa-sd-2023`: the derived proof a holder presents (only some statements disclosed) is verified;
 * a base proof is the issuer's, never meant to be shown, and is unverifiable with that reason.
 */
export const ecdsaSd2023: ProofSuite = {
  name: 'ecdsa-sd-2023',
  matches: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'ecdsa-sd-2023',
  decodeProofValue(proofValue) {
    const derived = parseDerivedProofValue(proofValue);
    return 'problem' in derived ? derived : derived.baseSignature;
  },
  createVerifier: (key) => createEcdsaVerifier(key, 'ecdsa-sd-2023'),
  hashData: derivedHashData,
  notes: (document) => [pass('proof', 'proof.sd-disclosed', `disclosed: ${disclosedClaims(document).join(', ')}`.slice(0, 1000))],
};

/** The claims a presented credential shows, as dotted paths (`credentialSubject.name`); contexts, ids and types left out. */
export function disclosedClaims(document: Json): string[] {
  const paths: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, path);
      return;
    }
    if (!isRecord(value)) {
      if (!paths.includes(path)) paths.push(path);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (!SKIPPED.has(key)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(document, '');
  return paths;
}

const SKIPPED = new Set(['@context', 'id', 'type', 'proof']);
