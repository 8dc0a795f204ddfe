import { blockcerts } from './blockcerts';
import { clr2 } from './clr2/clr';
import { ob2Hosted } from './ob2/hosted';
import { ob2Signed } from './ob2/signed';
import { ob3Di, ob3Jwt } from './ob3/formats';
import { sdJwtVc } from './ob3/sd-jwt';
import { vc } from './vc';
import type { Check } from '../result/types';
import type { CredentialFormat, DecodedCredential } from './types';

/** Every format the core verifies, in the order they are offered a credential. */
export const FORMATS: readonly CredentialFormat[] = [blockcerts, sdJwtVc, clr2, ob3Jwt, ob3Di, ob2Signed, ob2Hosted, vc];

export function formatFor(credential: DecodedCredential): CredentialFormat | undefined {
  return FORMATS.find((format) => format.accepts(credential));
}

export function formatForMarker(marker: string | undefined): CredentialFormat | undefined {
  return marker === undefined ? undefined : FORMATS.find((format) => format.urlMarkers?.includes(marker));
}

/**
 * What a non-2xx answer from a credential's URL means to the format it belongs to; undefined when that
 * format gives the status no meaning. For a bare URL (no format known) every format is asked in order.
 */
export function readHttpStatus(format: CredentialFormat | undefined, status: number, url: string): Check | undefined {
  for (const asked of format ? [format] : FORMATS) {
    const check = asked.readHttpStatus?.(status, url);
    if (check) return check;
  }
  return undefined;
}

/** JSON that calls itself a credential but no format module takes: unsupported, not malformed. */
export function looksLikeCredential(credential: DecodedCredential): boolean {
  const value = credential.kind === 'json' ? credential.value : credential.claims;
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return '@context' in record || 'vc' in record || 'proof' in record || 'credentialSubject' in record;
}
