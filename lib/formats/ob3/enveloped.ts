import { asArray, isRecord } from '../../util/json';

/** Media types of a JWT-secured credential in an `EnvelopedVerifiableCredential` data: URL (VC-JOSE-COSE §3.1.1; `vc-ld+jwt` is the draft name). */
const JWT_MEDIA_TYPES = ['application/vc+jwt', 'application/vc-ld+jwt', 'application/vc+sd-jwt', 'application/dc+sd-jwt'];

/**
 * The JWT an `EnvelopedVerifiableCredential` (VCDM 2.0) carries in its `data:` URL id, or undefined
 * when the value is not such an envelope.
 */
export function envelopedJwt(value: unknown): string | undefined {
  if (!isRecord(value) || !asArray(value.type).includes('EnvelopedVerifiableCredential') || typeof value.id !== 'string') return undefined;
  const match = /^data:([^,;]+)(;[^,]*)?,(.*)$/s.exec(value.id);
  if (!match || !JWT_MEDIA_TYPES.includes(match[1]!.toLowerCase()) || match[2]?.includes('base64')) return undefined;
  try {
    return decodeURIComponent(match[3]!).trim();
  } catch {
    return undefined;
  }
}
