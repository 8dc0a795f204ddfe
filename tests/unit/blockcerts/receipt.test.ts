import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockcertsVersion } from '../../../lib/formats/blockcerts/detect';
import { foldMerklePath } from '../../../lib/formats/blockcerts/merkle';
import { readV3Receipt } from '../../../lib/formats/blockcerts/receipt';
import { decodeCbor } from '../../../lib/util/cbor';

const CBOR = 'tests/fixtures/vectors/blockcerts/cbor';
const encoded = JSON.parse(readFileSync(`${CBOR}/encoded.json`, 'utf8')) as Record<string, string>;

/** The decoded form the lds-merkle-proof-2019 vectors give, in our receipt's shape. */
function expected(file: string) {
  const v = JSON.parse(readFileSync(`${CBOR}/${file}`, 'utf8'));
  return {
    targetHash: v.targetHash,
    merkleRoot: v.merkleRoot,
    path: v.path.map((step: Record<string, string>) =>
      'left' in step ? { side: 'left', hash: step.left } : { side: 'right', hash: step.right },
    ),
    blinks: v.anchors,
  };
}

describe('MerkleProof2019 proofValue', () => {
  it.each(Object.keys(encoded))('decodes the lds-merkle-proof-2019 vector %s', (file) => {
    const reading = readV3Receipt({ proof: { type: 'MerkleProof2019', proofValue: encoded[file] } });
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const { blinks, ...rest } = expected(file);
    expect(reading.receipt).toMatchObject(rest);
    expect(
      reading.receipt.anchors.map(
        (a) =>
          `blink:${{ bitcoin: 'btc', ethereum: 'eth', polygon: 'mtc', mock: 'mocknet', unknown: '?' }[a.chain]}:${a.network}:${a.txId}`,
      ),
    ).toEqual(blinks);
  });

  it('reads a DataIntegrityProof with cryptosuite merkle-proof-2019 in a proof set', () => {
    const proofValue = encoded['proofValue.json'];
    const reading = readV3Receipt({
      proof: [
        { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofValue: 'zabc' },
        { type: 'DataIntegrityProof', cryptosuite: 'merkle-proof-2019', proofValue },
      ],
    });
    expect(reading).toMatchObject({ ok: true, pointer: '/proof/1/proofValue' });
  });

  it('refuses a proofValue that is not base58btc CBOR', () => {
    expect(readV3Receipt({ proof: { type: 'MerkleProof2019', proofValue: 'uAAAA' } }).ok).toBe(false);
    expect(readV3Receipt({ proof: { type: 'MerkleProof2019', proofValue: 'z1111' } }).ok).toBe(false);
  });

  it('folds the vector path to its Merkle root', async () => {
    const v = expected('proofValue.json');
    expect(await foldMerklePath(v.targetHash, v.path)).toBe(v.merkleRoot);
    expect(await foldMerklePath(v.targetHash, v.path.slice(1))).not.toBe(v.merkleRoot);
  });
});

describe('decodeCbor', () => {
  it('reads integers, strings, byte strings, arrays and maps', () => {
    expect(decodeCbor(Uint8Array.of(0x17))).toBe(23);
    expect(decodeCbor(Uint8Array.of(0x19, 0x01, 0x00))).toBe(256);
    expect(decodeCbor(Uint8Array.of(0x1a, 0x00, 0xaa, 0x36, 0xa7))).toBe(11155111);
    expect(decodeCbor(Uint8Array.of(0x20))).toBe(-1);
    expect(decodeCbor(Uint8Array.of(0x63, 0x61, 0x62, 0x63))).toBe('abc');
    expect(decodeCbor(Uint8Array.of(0x42, 0x01, 0x02))).toEqual(Uint8Array.of(1, 2));
    expect(decodeCbor(Uint8Array.of(0x82, 0x01, 0x81, 0x02))).toEqual([1, [2]]);
    expect(decodeCbor(Uint8Array.of(0xa1, 0x01, 0x02))).toEqual(new Map([[1, 2]]));
  });

  it('refuses truncated input, trailing bytes, lying counts, floats and indefinite lengths', () => {
    expect(decodeCbor(Uint8Array.of(0x63, 0x61))).toBeUndefined();
    expect(decodeCbor(Uint8Array.of(0x01, 0x02))).toBeUndefined();
    expect(decodeCbor(Uint8Array.of(0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))).toBeUndefined();
    expect(decodeCbor(Uint8Array.of(0xf9, 0x3c, 0x00))).toBeUndefined();
    expect(decodeCbor(Uint8Array.of(0x9f, 0x01, 0xff))).toBeUndefined();
    expect(decodeCbor(new Uint8Array(40).fill(0x81))).toBeUndefined();
  });
});

describe('blockcertsVersion', () => {
  it('tells v1, v2 and v3 by context, and v2/v3 by proof alone', () => {
    expect(blockcertsVersion({ '@context': 'https://w3id.org/blockcerts/v1' })).toBe('v1');
    expect(blockcertsVersion({ '@context': ['https://w3id.org/openbadges/v2', 'https://w3id.org/blockcerts/v2'] })).toBe('v2');
    expect(
      blockcertsVersion({
        '@context': ['https://openbadgespec.org/v2/context.json', 'https://w3id.org/blockcerts/schema/2.0-alpha/context.json'],
      }),
    ).toBe('v2');
    expect(blockcertsVersion({ '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/blockcerts/v3.1'] })).toBe('v3');
    expect(blockcertsVersion({ signature: { type: ['MerkleProof2017', 'Extension'] } })).toBe('v2');
    expect(blockcertsVersion({ proof: [{ type: 'DataIntegrityProof', cryptosuite: 'merkle-proof-2019' }] })).toBe('v3');
  });

  it('leaves Open Badges and other credentials alone', () => {
    expect(blockcertsVersion({ '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion' })).toBeUndefined();
    expect(
      blockcertsVersion({
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' },
      }),
    ).toBeUndefined();
    expect(blockcertsVersion('https://w3id.org/blockcerts/v2')).toBeUndefined();
  });
});

describe('a long receipt', () => {
  it('decodes a proofValue of a big batch (a 20-step path, well over 512 characters)', async () => {
    const { base58btcEncode } = await import('../../../lib/keys/multibase');
    const hex = (n: number) => n.toString(16).padStart(64, '0');
    const text = (s: string) => [0x78, s.length, ...new TextEncoder().encode(s)];
    const wrapped = (s: string) => [0x58, s.length + 2, ...text(s)];
    const pairs: number[] = [0x84, 0x82, 0x00, ...wrapped(hex(1)), 0x82, 0x01, ...wrapped(hex(2))];
    pairs.push(0x82, 0x02, 0x81, 0x83, 0x82, 0x00, 0x00, 0x82, 0x01, 0x01, 0x82, 0x02, ...wrapped(hex(3)));
    pairs.push(0x82, 0x03, 0x94, ...Array.from({ length: 20 }, (_, i) => [0x82, 0x01, ...wrapped(hex(100 + i))]).flat());
    const proofValue = `z${base58btcEncode(Uint8Array.from(pairs))}`;
    expect(proofValue.length).toBeGreaterThan(512);
    const reading = readV3Receipt({ proof: { type: 'MerkleProof2019', proofValue } });
    expect(reading).toMatchObject({
      ok: true,
      receipt: { merkleRoot: hex(1), targetHash: hex(2), anchors: [{ chain: 'bitcoin', network: 'mainnet', txId: hex(3) }] },
    });
    if (reading.ok) expect(reading.receipt.path).toHaveLength(20);
  });
});

describe('ripemd160', () => {
  it('matches the published test vectors', async () => {
    const { ripemd160 } = await import('../../../lib/util/ripemd160');
    const { toHex } = await import('../../../lib/util/bytes');
    const of = (text: string) => toHex(ripemd160(new TextEncoder().encode(text)));
    expect(of('')).toBe('9c1185a5c5e9fc54612808977ee8f548b2258d31');
    expect(of('abc')).toBe('8eb208f7e05d987a9b044a8e98c6b087f15a0bfc');
    expect(of('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('12a053384a9c0c88e405a06c27dcf49ada62eb2b');
    expect(of('a'.repeat(1_000_000))).toBe('52783243c1697bdbe16d37f97f68f08325dc1528');
  });
});
