/** Tells Open Badges 3.0 and CLR 2.0 credentials apart from other JSON, by the `type`s their specs define. */

import { asArray, isRecord, type Json } from '../../util/json';

export function typesOf(value: unknown): string[] {
  return isRecord(value) ? asArray(value.type).filter((t): t is string => typeof t === 'string') : [];
}

const OB3_TYPES = ['OpenBadgeCredential', 'AchievementCredential', 'EndorsementCredential'];

export type VcKind = 'ob3' | 'clr';

/** What a credential is checked as: an Open Badge, a CLR, or any other W3C verifiable credential. */
export type CredentialKind = VcKind | 'vc';

export function vcKind(value: unknown): VcKind | undefined {
  const types = typesOf(value);
  if (types.includes('ClrCredential')) return 'clr';
  if (types.some((t) => OB3_TYPES.includes(t))) return 'ob3';
  return undefined;
}

/**
 * The credential a VC-JWT carries: VCDM 1.1 puts it in the `vc` claim, VCDM 2.0 / OB 3.0 make the
 * payload the credential itself (with the registered claims beside it).
 */
export function credentialInJwt(claims: unknown): { credential: unknown; vcdm: '1.1' | '2.0' } {
  if (isRecord(claims) && isRecord(claims.vc)) return { credential: claims.vc, vcdm: '1.1' };
  return { credential: claims, vcdm: '2.0' };
}

export function issuerIdOf(credential: Json): string | undefined {
  const issuer = credential.issuer;
  if (typeof issuer === 'string') return issuer;
  return isRecord(issuer) && typeof issuer.id === 'string' ? issuer.id : undefined;
}

export function isVcdm1(credential: Json): boolean {
  return asArray(credential['@context'])[0] === 'https://www.w3.org/2018/credentials/v1';
}
