import * as z from 'zod/mini';
import { fail, pass, skip } from '../../result/check';
import type { Check } from '../../result/types';
import { describeZodError } from '../../util/zod-problem';
import { isVcdm1, typesOf, type CredentialKind } from './detect';
import { asArray, isRecord, type Json } from '../../util/json';

const VC_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/2018/credentials/v1'];
const OB_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d+\.\d+)?\.json$/;
const CLR_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/clr\/v2p0\/context(-2\.\d+\.\d+)?\.json$/;
/** Pre-release URLs still found in early credentials (beta vocabulary, drafts). */
const PRERELEASE_CONTEXTS = [
  'https://imsglobal.github.io/openbadges-specification/context.json',
  'https://imsglobal.github.io/openbadges-specification/ob_v3p0.html',
  'https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json',
  'https://dc.imsglobal.org/draft/clr/v2p0/context',
];

/**
 * What every OB 3.0 / CLR 2.0 credential must have before its proof is worth checking: the contexts
 * in order, `VerifiableCredential`, an issuer and a subject. Failing it is `invalid`. Warnings: the
 * VCDM 1.1 variant, and a subject that names no recipient (OB 3.0 requires `id` or `identifier`).
 */
export function checkShape(credential: Json, kind: CredentialKind): Check[] {
  const contexts = asArray(credential['@context']);
  if (!VC_CONTEXTS.includes(contexts[0] as string)) {
    return [fail('shape', 'shape.context-invalid', 'the first @context must be the Verifiable Credentials context', '/@context/0')];
  }
  const wanted = kind === 'clr' ? CLR_CONTEXT : OB_CONTEXT;
  if (kind !== 'vc' && !contexts.some((c) => typeof c === 'string' && (wanted.test(c) || PRERELEASE_CONTEXTS.includes(c)))) {
    return [
      fail('shape', 'shape.context-invalid', `the ${kind === 'clr' ? 'CLR 2.0' : 'Open Badges 3.0'} context is missing`, '/@context'),
    ];
  }
  if (!typesOf(credential).includes('VerifiableCredential'))
    return [fail('shape', 'shape.invalid', 'type does not include VerifiableCredential', '/type')];
  const issuer = credential.issuer;
  if (typeof issuer !== 'string' && !(isRecord(issuer) && typeof issuer.id === 'string'))
    return [fail('shape', 'shape.invalid', 'the issuer has no id', '/issuer')];
  const subject = asArray(credential.credentialSubject);
  if (subject.length === 0 || !subject.every(isRecord))
    return [fail('shape', 'shape.invalid', 'credentialSubject is missing or not an object', '/credentialSubject')];

  const checks: Check[] = [];
  if (isVcdm1(credential))
    checks.push(fail('shape', 'shape.vcdm-v1', 'uses the VC Data Model 1.1 (accepted for verification only)', '/@context/0'));
  const first = subject[0] as Json;
  if (
    kind !== 'vc' &&
    !typesOf(credential).includes('EndorsementCredential') &&
    first.id === undefined &&
    asArray(first.identifier).length === 0
  ) {
    checks.push(fail('shape', 'shape.recipient-missing', 'credentialSubject has neither an id nor an identifier', '/credentialSubject'));
  }
  return checks;
}

const text = z.string();
const typeValue = z.union([text, z.array(text)]);
const profileRef = z.union([text, z.looseObject({ id: text, name: z.optional(text) })]);
const identityObject = z.looseObject({
  identityHash: text,
  identityType: z.optional(text),
  hashed: z.optional(z.boolean()),
  salt: z.optional(z.nullable(text)),
});
const achievement = z.looseObject({
  id: text,
  type: typeValue,
  name: text,
  description: text,
  criteria: z.looseObject({ id: z.optional(text), narrative: z.optional(text) }),
});
const subjectBase = { id: z.optional(text), type: typeValue, identifier: z.optional(z.array(identityObject)) };
const base = {
  '@context': z.array(z.union([text, z.looseObject({})])),
  id: text,
  type: typeValue,
  issuer: profileRef,
  name: z.optional(text),
};
const dates2 = { validFrom: text, validUntil: z.optional(text) };
const dates1 = { issuanceDate: text, expirationDate: z.optional(text), name: text };

/** The fields each 1EdTech JSON Schema requires, as zod schemas (a light check, not a JSON Schema engine). */
const SCHEMAS = {
  achievement: z.looseObject({ ...base, credentialSubject: z.looseObject({ ...subjectBase, achievement }) }),
  endorsement: z.looseObject({
    ...base,
    name: text,
    credentialSubject: z.looseObject({ id: text, type: typeValue, endorsementComment: z.optional(text) }),
  }),
  clr: z.looseObject({
    ...base,
    name: text,
    credentialSubject: z.looseObject({ ...subjectBase, verifiableCredential: z.array(z.union([z.looseObject({}), text])) }),
  }),
};

const KNOWN_SCHEMA =
  /^https:\/\/purl\.imsglobal\.org\/spec\/(?:ob\/v3p0\/schema\/json(?:-ld)?\/ob_v3p0_(\w+)_schema|clr\/v2p0\/schema\/json(?:-ld)?\/clr_v2p0_(\w+)_schema)\.json$/;

function schemaFor(id: string): keyof typeof SCHEMAS | undefined {
  const match = KNOWN_SCHEMA.exec(id);
  const name = match?.[1] ?? match?.[2];
  if (name === 'achievementcredential' || name === 'anyachievementcredential') return 'achievement';
  if (name === 'endorsementcredential') return 'endorsement';
  if (name === 'clrcredential') return 'clr';
  return undefined;
}

/**
 * `credentialSchema`: each 1EdTech schema the credential declares is checked for the fields it
 * requires (`schema.invalid` when one is missing); schemas not bundled are not fetched.
 */
export function checkCredentialSchema(credential: Json): Check[] {
  const dates = isVcdm1(credential) ? dates1 : dates2;
  return asArray(credential.credentialSchema)
    .slice(0, 8)
    .map((entry, i) => {
      const id = isRecord(entry) && typeof entry.id === 'string' ? entry.id : undefined;
      const pointer = Array.isArray(credential.credentialSchema) ? `/credentialSchema/${i}` : '/credentialSchema';
      const known = id ? schemaFor(id) : undefined;
      if (!known) return skip('schema', 'schema.not-checked', `${id ?? 'a schema without id'} is not a bundled schema`, pointer);
      const parsed = z.extend(SCHEMAS[known], dates).safeParse(credential);
      if (parsed.success) return pass('schema', 'schema.ok', `${id}: required fields present`, pointer);
      const problem = describeZodError(parsed.error);
      return fail('schema', 'schema.invalid', `${id}: ${problem.detail}`, problem.pointer);
    });
}
