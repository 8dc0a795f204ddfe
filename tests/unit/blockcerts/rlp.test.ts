import { describe, expect, it } from 'vitest';
import { encodeRlp, type RlpItem, rlpInteger } from '../../../lib/formats/blockcerts/rlp';

const text = (s: string) => new TextEncoder().encode(s);
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

// The examples of the RLP page (ethereum.org, formerly the Ethereum wiki) and of ethereum/tests RLPTests/rlptest.json.
describe('RLP encoding: published examples', () => {
  it.each<[string, RlpItem, string]>([
    ['the string "dog"', text('dog'), '83646f67'],
    ['the list ["cat", "dog"]', [text('cat'), text('dog')], 'c88363617483646f67'],
    ['the empty string', new Uint8Array(), '80'],
    ['the empty list', [], 'c0'],
    ['the integer 0', rlpInteger(0n), '80'],
    ['the byte 0x00', Uint8Array.of(0), '00'],
    ['the byte 0x0f', Uint8Array.of(0x0f), '0f'],
    ['the bytes 0x04 0x00', Uint8Array.of(4, 0), '820400'],
    ['the integer 15', rlpInteger(15n), '0f'],
    ['the integer 1024', rlpInteger(1024n), '820400'],
    ['the set-theoretical three [ [], [[]], [ [], [[]] ] ]', [[], [[]], [[], [[]]]], 'c7c0c1c0c3c0c1c0'],
  ])('%s', (_name, item, expected) => {
    expect(hex(encodeRlp(item))).toBe(expected);
  });

  it('a 56-byte string takes a length of its length', () => {
    const lorem = text('Lorem ipsum dolor sit amet, consectetur adipisicing elit');
    expect(lorem.length).toBe(56);
    expect(hex(encodeRlp(lorem))).toBe(`b838${hex(lorem)}`);
  });

  it('a list of 55 payload bytes is short, one of 64 is long', () => {
    const words = ['asdf', 'qwer', 'zxcv', 'asdf', 'qwer', 'zxcv', 'asdf', 'qwer', 'zxcv', 'asdf', 'qwer'].map(text);
    expect(hex(encodeRlp(words))).toBe(
      'f784617364668471776572847a78637684617364668471776572847a78637684617364668471776572847a78637684617364668471776572',
    );
    const triple = ['asdf', 'qwer', 'zxcv'].map(text);
    expect(hex(encodeRlp([triple, triple, triple, triple]))).toBe(
      'f840cf84617364668471776572847a786376cf84617364668471776572847a786376cf84617364668471776572847a786376cf84617364668471776572847a786376',
    );
  });

  it('integers lose their leading zero bytes', () => {
    expect(hex(rlpInteger(0x0100n))).toBe('0100');
    expect(hex(rlpInteger(2n ** 64n))).toBe('010000000000000000');
    expect(() => rlpInteger(-1n)).toThrow(RangeError);
  });
});
