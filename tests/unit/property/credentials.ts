/** Credential-shaped JSON for the pipeline properties, and baking it into a PNG or an SVG. */
import fc from 'fast-check';
import { crc32 } from '../../../lib/extract/crc32';

const CONTEXTS = [
  'https://w3id.org/openbadges/v2',
  ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json'],
  'https://example.org/unknown-context',
];
const TYPES = [
  ['Assertion'],
  'Assertion',
  ['VerifiableCredential', 'OpenBadgeCredential'],
  ['VerifiableCredential', 'ClrCredential'],
  ['VerifiableCredential'],
  'Unknown',
];
const URLS = [
  'https://badges.example-university.org/assertions/valid.json',
  'https://badges.example-university.org/issuer.json',
  'https://badges.example-university.org/badges/data-science.json',
  'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
  'did:web:issuer.example.org',
  'http://127.0.0.1/x',
  'urn:uuid:1',
  'not a url',
  '',
];

/** Sometimes far past the result schema's 20,000-character caps, which the core must cap at source. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.nat({ max: 60_000 }).map((n) => 'x'.repeat(n)) },
);

const scalar = fc.oneof(
  fc.constantFrom<unknown>(...URLS, true, false, null, 0, '2026-01-01T00:00:00Z', '1900-13-45'),
  fc.string({ maxLength: 30 }),
  fc.integer(),
);
const loose = fc.oneof(scalar, fc.jsonValue({ maxDepth: 3 }));

const proof = fc.record(
  {
    type: fc.constantFrom('DataIntegrityProof', 'Ed25519Signature2020', 'BbsBlsSignature2020', 'x'),
    cryptosuite: fc.constantFrom('eddsa-rdfc-2022', 'eddsa-jcs-2022', 'eddsa-2022', 'bbs-2023'),
    verificationMethod: fc.constantFrom(
      ...URLS,
      'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
    ),
    proofPurpose: fc.constantFrom('assertionMethod', 'authentication'),
    proofValue: fc.oneof(fc.constant('z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk'), fc.string({ maxLength: 40 })),
    created: scalar,
  },
  { requiredKeys: [] },
);

const FAMILIES = [
  { context: 'https://w3id.org/openbadges/v2', type: 'Assertion' },
  {
    context: ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
  },
  {
    context: [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    type: ['VerifiableCredential', 'ClrCredential'],
  },
];

/** Context and type of one family most of the time, so inputs get past the format's shape checks. */
const head = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FAMILIES).map((f) => ({ '@context': f.context as unknown, type: f.type as unknown })) },
  {
    weight: 1,
    arbitrary: fc.record({ '@context': fc.oneof(fc.constantFrom(...CONTEXTS), loose), type: fc.oneof(fc.constantFrom(...TYPES), loose) }),
  },
);

/** Objects that look enough like OB 2.0, OB 3.0 and CLR credentials to go deep into their checks. */
export const credentialLike = fc
  .tuple(
    head,
    fc.record(
      {
        id: fc.oneof(fc.constantFrom(...URLS), loose),
        issuer: fc.oneof(
          fc.constantFrom(...URLS),
          fc.record({ id: fc.constantFrom(...URLS), type: fc.constant('Profile'), name: text }, { requiredKeys: [] }),
          loose,
        ),
        badge: fc.oneof(fc.constantFrom(...URLS), loose),
        recipient: fc.oneof(
          fc.record(
            { type: fc.constant('email'), hashed: fc.boolean(), identity: fc.string({ maxLength: 70 }), salt: fc.string({ maxLength: 8 }) },
            { requiredKeys: [] },
          ),
          loose,
        ),
        verify: fc.oneof(
          fc.record(
            { type: fc.constantFrom('hosted', 'signed', 'HostedBadge'), url: fc.constantFrom(...URLS), creator: fc.constantFrom(...URLS) },
            { requiredKeys: [] },
          ),
          loose,
        ),
        verification: loose,
        issuedOn: scalar,
        validFrom: scalar,
        validUntil: scalar,
        credentialSubject: fc.oneof(
          fc.record(
            {
              id: fc.constantFrom(...URLS),
              type: fc.constant(['AchievementSubject']),
              achievement: fc.record(
                { id: fc.constantFrom(...URLS), name: text, description: text, type: fc.constant(['Achievement']) },
                { requiredKeys: [] },
              ),
            },
            { requiredKeys: [] },
          ),
          loose,
        ),
        credentialStatus: fc.oneof(
          fc.record(
            {
              type: fc.constantFrom('BitstringStatusListEntry', 'StatusList2021Entry', '1EdTechRevocationList'),
              statusListCredential: fc.constantFrom(...URLS),
              statusListIndex: fc.oneof(fc.constant('7'), loose),
            },
            { requiredKeys: [] },
          ),
          loose,
        ),
        proof: fc.oneof(proof, fc.array(proof, { maxLength: 3 }), loose),
        name: text,
        description: text,
      },
      { requiredKeys: [] },
    ),
  )
  .map(([first, rest]) => ({ ...first, ...rest }));

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

function pngChunk(type: string, data: Uint8Array): number[] {
  const typed = Uint8Array.from([...latin1(type), ...data]);
  return [...u32(data.length), ...typed, ...u32(crc32(typed))];
}

/** A PNG with an IHDR, one `openbadges` iTXt chunk holding `text` and IEND (no image data needed). */
export function bakePng(text: string): Uint8Array {
  const ihdr = Uint8Array.from([...u32(1), ...u32(1), 8, 6, 0, 0, 0]);
  const itxt = Uint8Array.from([...latin1('openbadges'), 0, 0, 0, 0, 0, ...new TextEncoder().encode(text)]);
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...pngChunk('IHDR', ihdr),
    ...pngChunk('iTXt', itxt),
    ...pngChunk('IEND', new Uint8Array(0)),
  ]);
}

/** An SVG with the credential in its Open Badges 2.0 / 3.0 marker element, as CDATA. */
export function bakeSvg(text: string): Uint8Array {
  const v3 = text.includes('OpenBadgeCredential');
  const element = v3
    ? `<ob:credential xmlns:ob="https://purl.imsglobal.org/ob/v3p0"><![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]></ob:credential>`
    : `<openbadges:assertion xmlns:openbadges="http://openbadges.org" verify="https://badges.example-university.org/assertions/valid.json"><![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]></openbadges:assertion>`;
  return new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg">${element}</svg>`);
}
