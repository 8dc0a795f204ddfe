/** fast-check generators shared by the property tests: PNG chunk streams, XML-ish text, JSON nesting. */
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { crc32 } from '../../../lib/extract/crc32';

/** Inputs per property; the test names quote them, so the lead can count what a run covers. */
export const RUNS = { extract: 1500, decode: 1000, protocol: 600, pipeline: 250 } as const;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

interface ChunkSpec {
  type: string;
  data: Uint8Array;
  /** Added to the declared length: a lie about the chunk's size. */
  lengthDelta: number;
  goodCrc: boolean;
}

/** Text-chunk bodies as badges bake them, with a badge keyword or not, compressed or not. */
const textChunkData = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('openbadges', 'openbadgecredential', 'clrcredential', 'Comment', ''),
      fc.string({ maxLength: 200 }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([keyword, text, compressed, lie]) => {
      const body = compressed ? deflateSync(Buffer.from(text)) : Buffer.from(text);
      // iTXt: keyword\0 flag method lang\0 translated\0 text
      return Uint8Array.from([...latin1(keyword), 0, compressed ? 1 : 0, lie ? 7 : 0, 0, 0, ...body]);
    }),
  // A small zlib bomb: 4 MiB of zeros in a few kilobytes.
  fc.constant(Uint8Array.from([...latin1('openbadges'), 0, 1, 0, 0, 0, ...deflateSync(Buffer.alloc(4 * 1024 * 1024))])),
  fc.uint8Array({ maxLength: 300 }),
);

const chunk: fc.Arbitrary<ChunkSpec> = fc.record({
  type: fc.constantFrom('IHDR', 'iTXt', 'tEXt', 'zTXt', 'IDAT', 'IEND', 'abcd', '\0\0\0\0'),
  data: textChunkData,
  lengthDelta: fc.oneof(
    { weight: 6, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: -20, max: 20 }) },
    { weight: 1, arbitrary: fc.constant(0x7fffffff) },
  ),
  goodCrc: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
});

function chunkBytes({ type, data, lengthDelta, goodCrc }: ChunkSpec): number[] {
  const typed = [...latin1(type.padEnd(4, ' ').slice(0, 4)), ...data];
  const crc = goodCrc ? crc32(Uint8Array.from(typed)) : 0xdeadbeef;
  const length = Math.max(0, Math.min(0xffffffff, data.length + lengthDelta));
  const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return [...u32(length), ...typed, ...u32(crc >>> 0)];
}

/** A PNG-looking stream: the signature, chunks that may lie, and maybe IEND and trailing bytes. */
export const pngLike = fc
  .tuple(fc.array(chunk, { maxLength: 8 }), fc.boolean(), fc.uint8Array({ maxLength: 16 }))
  .map(([chunks, end, tail]) => {
    const iend = end ? [chunkBytes({ type: 'IEND', data: new Uint8Array(0), lengthDelta: 0, goodCrc: true })] : [];
    return Uint8Array.from([...SIGNATURE, ...chunks.flatMap(chunkBytes), ...iend.flat(), ...tail]);
  });

/** Bytes that start like a PNG and then go anywhere. */
export const pngPrefixed = fc.uint8Array({ maxLength: 400 }).map((rest) => Uint8Array.from([...SIGNATURE, ...rest]));

const XML_TOKENS = [
  '<svg xmlns="http://www.w3.org/2000/svg"',
  ' xmlns:openbadges="http://openbadges.org"',
  ' xmlns:ob="https://purl.imsglobal.org/ob/v3p0"',
  '>',
  '/>',
  '</svg>',
  '<openbadges:assertion',
  ' verify="https://issuer.example.org/a.json"',
  '</openbadges:assertion>',
  '<ob:credential>',
  '</ob:credential>',
  '<g>',
  '</g>',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#x41;',
  '&#99999999;',
  '&unknown;',
  '<!DOCTYPE svg [<!ENTITY e "x">]>',
  '<!--',
  '-->',
  '<?xml version="1.0"?>',
  '"',
  "'",
  '=',
  ' a="1"',
  ' a="1" a="2"',
  ' x:y="z"',
  '{"@context":"https://w3id.org/openbadges/v2"}',
  'eyJhbGciOiJIUzI1NiJ9.e30.c2ln',
  '<',
  '&',
];

/** Text stitched from SVG/XML tokens and noise: mostly almost-valid, often broken. */
export const xmlLike = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...XML_TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

/** `<g>` nested n deep inside an svg root, closed or not. */
export const deepXml = fc.tuple(fc.integer({ min: 0, max: 600 }), fc.boolean()).map(([depth, closed]) => ({
  depth,
  text: `<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(depth)}${closed ? '</g>'.repeat(depth) : ''}</svg>`,
  closed,
}));

/** Arrays or objects nested exactly `depth` levels (the outermost counts as 1). */
export const nestedJson = fc.tuple(fc.integer({ min: 1, max: 400 }), fc.boolean()).map(([depth, objects]) => ({
  depth,
  text: objects ? `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`,
}));

export const base64url = (text: string) => Buffer.from(text).toString('base64url');
