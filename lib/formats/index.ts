import { clr2 } from './clr2/clr';
import { ob2Hosted } from './ob2/hosted';
import { ob2Signed } from './ob2/signed';
import { ob3Di, ob3Jwt } from './ob3/formats';
import type { CredentialFormat, DecodedCredential } from './types';

/** Every format the core verifies, in the order they are offered a credential. */
export const FORMATS: readonly CredentialFormat[] = [clr2, ob3Jwt, ob3Di, ob2Signed, ob2Hosted];

export function formatFor(credential: DecodedCredential): CredentialFormat | undefined {
  return FORMATS.find((format) => format.accepts(credential));
}

export function formatForMarker(marker: string | undefined): CredentialFormat | undefined {
  return marker === undefined ? undefined : FORMATS.find((format) => format.urlMarkers?.includes(marker));
}

/** JSON that calls itself a credential but no format module takes: unsupported, not malformed. */
export function looksLikeCredential(credential: DecodedCredential): boolean {
  const value = credential.kind === 'json' ? credential.value : credential.claims;
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return '@context' in record || 'vc' in record || 'proof' in record || 'credentialSubject' in record;
}
