import * as z from 'zod/mini';

const text = z.string();
const dateValue = z.union([z.string(), z.number()]);
const typeValue = z.union([z.string(), z.array(z.string())]);
const iriOrObject = z.union([z.string(), z.looseObject({})]);

export const identityObjectSchema = z.looseObject({
  identity: text,
  type: z.optional(text),
  hashed: z.optional(z.union([z.boolean(), z.enum(['true', 'false'])])),
  salt: z.optional(z.nullable(text)),
});

export const verificationSchema = z.looseObject({
  type: text,
  creator: z.optional(text),
  url: z.optional(text),
  startsWith: z.optional(z.union([text, z.array(text)])),
  allowedOrigins: z.optional(z.union([text, z.array(text)])),
});

/** Open Badges 2.0 Assertion (and 1.1, which has the same field names). */
export const assertionSchema = z.looseObject({
  id: text,
  type: z.optional(typeValue),
  recipient: identityObjectSchema,
  badge: iriOrObject,
  verification: verificationSchema,
  issuedOn: dateValue,
  expires: z.optional(z.nullable(dateValue)),
  revoked: z.optional(z.nullable(z.boolean())),
  revocationReason: z.optional(z.nullable(text)),
  image: z.optional(iriOrObject),
  narrative: z.optional(text),
});

export const badgeClassSchema = z.looseObject({
  id: z.optional(text),
  type: z.optional(typeValue),
  name: text,
  description: z.optional(text),
  image: z.optional(iriOrObject),
  criteria: z.optional(iriOrObject),
  issuer: iriOrObject,
});

export const profileSchema = z.looseObject({
  id: z.optional(text),
  type: z.optional(typeValue),
  name: text,
  url: z.optional(text),
  email: z.optional(text),
  telephone: z.optional(text),
  publicKey: z.optional(z.union([iriOrObject, z.array(iriOrObject)])),
  verification: z.optional(
    z.looseObject({
      startsWith: z.optional(z.union([text, z.array(text)])),
      allowedOrigins: z.optional(z.union([text, z.array(text)])),
    }),
  ),
  revocationList: z.optional(text),
});

export const cryptographicKeySchema = z.looseObject({
  id: z.optional(text),
  owner: z.optional(text),
  publicKeyPem: text,
});

const revokedEntry = z.union([
  text,
  z.looseObject({ id: z.optional(text), uid: z.optional(text), revocationReason: z.optional(z.nullable(text)) }),
]);

export const revocationListSchema = z.looseObject({
  revokedAssertions: z.optional(z.array(revokedEntry)),
});

export type Assertion = z.infer<typeof assertionSchema>;
export type BadgeClass = z.infer<typeof badgeClassSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type CryptographicKey = z.infer<typeof cryptographicKeySchema>;
