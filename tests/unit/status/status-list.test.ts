import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeEncodedList, readEntry } from '../../../lib/status/encoded-list';

const subjectOf = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { credentialSubject: { encodedList: string } }).credentialSubject;
const setBits = (bits: Uint8Array) => Array.from({ length: bits.length * 8 }, (_, i) => i).filter((i) => readEntry(bits, i, 1) === 1);

describe('Bitstring Status List decoding', () => {
  it('reads bit 0 as the most significant bit of byte 0', () => {
    const bits = Uint8Array.from([0b1000_0001, 0b0100_0000]);
    expect([0, 1, 7, 8, 9].map((i) => readEntry(bits, i, 1))).toEqual([1, 0, 1, 0, 1]);
    expect(readEntry(bits, 16, 1)).toBeUndefined();
    expect(readEntry(bits, 0, 2)).toBe(2);
  });

  it('the 1EdTech test list has exactly bit 23 set in 131,072', async () => {
    const bits = await decodeEncodedList(subjectOf('tests/fixtures/vectors/ob3/1edtech-val_bsl_testlist.json').encodedList);
    expect(bits!.length * 8).toBe(131_072);
    expect(setBits(bits!)).toEqual([23]);
  });

  it('the DCC list has bits 2, 6 and 8 set in 100,000', async () => {
    const bits = await decodeEncodedList(
      subjectOf('tests/fixtures/vectors/dcc/verifier-core_status_e5WK8CbZ1GjycuPombrj.json').encodedList,
    );
    expect(bits!.length * 8).toBe(100_000);
    expect(setBits(bits!)).toEqual([2, 6, 8]);
  });

  it('accepts StatusList2021 lists without the multibase prefix, refuses junk', async () => {
    const plain = gzipSync(Uint8Array.from([0x20, 0])).toString('base64url');
    expect(setBits((await decodeEncodedList(plain))!)).toEqual([2]);
    expect(setBits((await decodeEncodedList(`u${plain}`))!)).toEqual([2]);
    expect(await decodeEncodedList('uNotGzipAtAllButLongEnough')).toBeUndefined();
    expect(await decodeEncodedList('u!!')).toBeUndefined();
  });

  it('decodes a list asked for again once: the credentials of one issuer share its bytes', async () => {
    const encoded = `u${gzipSync(Uint8Array.from([0x80, 1, 0, 0])).toString('base64url')}`;
    const [a, b] = await Promise.all([decodeEncodedList(encoded), decodeEncodedList(encoded)]);
    expect(a).toBe(b);
    expect(await decodeEncodedList(encoded)).toBe(a);
    expect(setBits(a!)).toEqual([0, 15]);
  });
});
